import { describe, expect, it } from 'vitest';
import { readEmbedParams } from './embedParams';

describe('readEmbedParams', () => {
  it('reads the chart and an optional theme, ignoring the view state around them', () => {
    expect(readEmbedParams('?chart=figures&from=2023-09-01')).toEqual({
      ok: true,
      chart: 'figures',
      theme: null,
    });
    expect(readEmbedParams('?theme=dark&chart=timeline')).toEqual({
      ok: true,
      chart: 'timeline',
      theme: 'dark',
    });
  });

  it('names the parameter that is missing or wrong', () => {
    const problem = (search: string) => {
      const params = readEmbedParams(search);
      return params.ok ? '' : params.problem;
    };
    expect(problem('?from=2023')).toContain('“chart”');
    expect(problem('?chart=map')).toContain('chart=“map”');
    expect(problem('?chart=timeline&theme=blue')).toContain('theme=“blue”');
  });
});
