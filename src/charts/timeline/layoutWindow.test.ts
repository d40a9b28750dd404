import { describe, expect, it } from 'vitest';
import { layoutIsStale } from './layoutWindow';

describe('layoutIsStale', () => {
  const laidOut: [number, number] = [1000, 2000];

  it('keeps a layout while the view stays inside it, zoomed in a little', () => {
    expect(layoutIsStale(laidOut, laidOut)).toBe(false);
    expect(layoutIsStale(laidOut, [1100, 1900])).toBe(false);
  });

  it('lays out again once the view zooms in past the limit', () => {
    expect(layoutIsStale(laidOut, [1200, 1800])).toBe(true);
  });

  it('lays out again once an edge of the view has no layout', () => {
    expect(layoutIsStale(laidOut, [1050, 2050])).toBe(false);
    expect(layoutIsStale(laidOut, [1150, 2150])).toBe(true);
    expect(layoutIsStale(laidOut, [850, 1850])).toBe(true);
    // Zooming out uncovers both edges.
    expect(layoutIsStale(laidOut, [900, 2100])).toBe(false);
    expect(layoutIsStale(laidOut, [800, 2200])).toBe(true);
  });

  it('lays out an empty view only when it is the same', () => {
    expect(layoutIsStale([5, 5], [5, 5])).toBe(false);
    expect(layoutIsStale([5, 5], [6, 6])).toBe(true);
  });
});
