import { describe, expect, it } from 'vitest';
import { bin } from 'd3-array';
import { densityBins, densityPath } from './density';

describe('densityBins', () => {
  it('counts every event of the domain once, in its bin', () => {
    const at = Float64Array.from([0, 1, 2, 49, 50, 99]);
    expect(densityBins(at, [0, 100], 100, 50)).toEqual([4, 2]);
    expect(densityBins(at, [0, 100], 100, 25)).toEqual([3, 1, 1, 1]);
  });

  it('leaves out events outside the domain', () => {
    const at = Float64Array.from([-5, 10, 200]);
    expect(densityBins(at, [0, 100], 100, 50)).toEqual([1, 0]);
  });
});

describe('densityPath', () => {
  it('is empty without events and bottom-aligned otherwise', () => {
    expect(densityPath([0, 0], 4, 20)).toBe('');
    expect(densityPath([4, 0, 1], 4, 20)).toBe('M0,20V0.0H4.0V20.0H8.0V10.0H12.0V20Z');
  });
});

describe('densityBins over many events', () => {
  it('counts as d3-array bin does, thresholds included', () => {
    const domain: [number, number] = [1_645_660_800_000, 1_732_924_800_000];
    const width = 1187;
    const binPx = 3;
    const bins = Math.ceil(width / binPx);
    const msPerBin = ((domain[1] - domain[0]) / width) * binPx;
    const edges = Array.from({ length: bins + 1 }, (_, b) => domain[0] + b * msPerBin);
    // Every threshold, a hair either side of it, and times spread over the span and beyond both ends.
    const times = edges.flatMap((e) => [e, e - 1, e + 1]);
    for (let i = 0; i < 5000; i++) times.push(domain[0] - 1e9 + ((i * 7919) % 5003) * 2e7);
    const at = Float64Array.from(times);
    const expected = bin<number, number>()
      .domain([edges[0] ?? 0, edges[bins] ?? 0])
      .thresholds(edges.slice(1, bins))(at)
      .map((b) => b.length);
    expect(densityBins(at, domain, width, binPx)).toEqual(expected);
  });

  it('makes one bin when the span is empty, as d3-array does', () => {
    expect(densityBins(Float64Array.from([5, 5, 6]), [5, 5], 100, 50)).toEqual([2]);
  });
});
