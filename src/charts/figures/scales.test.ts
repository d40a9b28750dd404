import { describe, expect, it } from 'vitest';
import { logDomain, makeValueScale, niceCeiling, scaleNote, valueExtent, valueTicks } from './scales';

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceCeiling(111.15e9)).toBe(200e9);
    expect(niceCeiling(35.4e9)).toBe(50e9);
    expect(niceCeiling(1e9)).toBe(1e9);
    expect(niceCeiling(0.3)).toBeCloseTo(0.5);
  });
});

describe('logDomain', () => {
  it('starts a decade below the smallest value, and one more when the smallest bar would barely show', () => {
    expect(logDomain(325e6, 111.15e9)).toEqual([100e6, 200e9]);
    expect(logDomain(128e6, 111.15e9)).toEqual([10e6, 200e9]);
    expect(logDomain(100e6, 100e6)).toEqual([10e6, 100e6]);
  });
});

describe('valueExtent', () => {
  it('ignores zero for the minimum and has a fallback when empty', () => {
    expect(valueExtent([0, 5, 2, 9])).toEqual([2, 9]);
    expect(valueExtent([])).toEqual([1, 1]);
  });
});

describe('valueTicks', () => {
  it('puts log ticks on whole decades with compact USD labels', () => {
    const scale = makeValueScale('log', [128e6, 111.15e9], [0, 600]);
    expect(valueTicks('log', scale).map((t) => t.label)).toEqual(['$10M', '$100M', '$1B', '$10B', '$100B']);
  });

  it('thins log ticks when the axis is narrow', () => {
    const scale = makeValueScale('log', [2e3, 111.15e12], [0, 200]);
    const ticks = valueTicks('log', scale);
    expect(ticks.length).toBeLessThan(12);
    for (let i = 1; i < ticks.length; i++) {
      expect(scale(ticks[i]?.value ?? 0) - scale(ticks[i - 1]?.value ?? 0)).toBeGreaterThanOrEqual(47);
    }
  });

  it('adds 2× and 5× ticks when a log axis spans less than three decades', () => {
    const scale = makeValueScale('log', [300, 900], [0, 600]);
    expect(valueTicks('log', scale).map((t) => t.value)).toEqual([100, 200, 500, 1000]);
  });

  it('starts a linear axis at zero with round ticks', () => {
    const scale = makeValueScale('linear', [128e6, 111.15e9], [0, 600]);
    const ticks = valueTicks('linear', scale);
    expect(ticks[0]).toEqual({ value: 0, label: '$0' });
    expect(ticks.map((t) => t.label)).toContain('$100B');
    expect(scale.domain()[1]).toBeGreaterThanOrEqual(111.15e9);
  });

  it('maps values below the log floor to the start of the axis', () => {
    const scale = makeValueScale('log', [128e6, 111.15e9], [10, 600]);
    expect(scale(0)).toBe(10);
    expect(scale(1)).toBe(10);
  });
});

describe('scaleNote', () => {
  it('says which scale is on', () => {
    expect(scaleNote('log')).toMatch(/^Log scale/);
    expect(scaleNote('linear')).toMatch(/^Linear scale/);
  });
});
