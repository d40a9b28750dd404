import { describe, expect, it } from 'vitest';
import { CLUSTER_WRAP, defaultWrapWidths } from './layoutTypes';

describe('defaultWrapWidths', () => {
  it('tries a wide plot with every title on one line first, then narrower, widest first', () => {
    const widths = defaultWrapWidths(1080);
    expect(widths).toEqual([460, CLUSTER_WRAP, 190]);
  });

  it('never wraps wider than half a narrow plot, and tries each width once', () => {
    const widths = defaultWrapWidths(290);
    expect(widths).toEqual([145, 122]);
    for (const width of [200, 400, 700, 1000, 2000]) {
      const tried = defaultWrapWidths(width);
      expect(new Set(tried).size).toBe(tried.length);
      expect(tried.slice().sort((a, b) => b - a)).toEqual(tried);
      expect(Math.max(...tried)).toBeLessThanOrEqual(width / 2 + 0.5);
    }
  });
});
