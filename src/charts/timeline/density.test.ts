import { describe, expect, it } from 'vitest';
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
