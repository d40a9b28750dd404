import { describe, expect, it } from 'vitest';
import { cumulativeWeights, drawIndex, mulberry32, randomInt } from './random';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(mulberry32(43)()).not.toBe(values[0]);
  });

  it('draws integers in an inclusive range', () => {
    const random = mulberry32(1);
    const seen = new Set(Array.from({ length: 500 }, () => randomInt(random, 3, 5)));
    expect(seen).toEqual(new Set([3, 4, 5]));
  });

  it('draws indices in proportion to their weights and never a zero weight', () => {
    const random = mulberry32(9);
    const cumulative = cumulativeWeights([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const index = drawIndex(random, cumulative);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.8);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.2);
  });
});
