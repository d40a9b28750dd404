import { describe, expect, it } from 'vitest';
import { percentile, summarize, timeRuns } from './stats';

describe('summarize', () => {
  it('gives the median, min and max of odd and even counts', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });

  it('refuses an empty list', () => {
    expect(() => summarize([])).toThrow(/at least one/);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('timeRuns', () => {
  it('runs warm-up calls untimed, prepares outside the timing, and counts the timed runs', async () => {
    let calls = 0;
    const seen: number[] = [];
    const summary = await timeRuns(
      (n: number) => {
        calls++;
        seen.push(n);
      },
      { runs: 4, warmup: 2, prepare: () => calls * 10 },
    );
    expect(calls).toBe(6);
    expect(seen).toEqual([0, 10, 20, 30, 40, 50]);
    expect(summary.runs).toBe(4);
    expect(summary.min).toBeGreaterThanOrEqual(0);
    expect(summary.max).toBeGreaterThanOrEqual(summary.median);
  });
});
