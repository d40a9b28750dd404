import { describe, expect, it } from 'vitest';
import { allMet, checkBudgets, parseBudgets, type Budget } from './budgets';
import { measured, notMeasured, type BenchResult } from './results';

const budget = (id: string, stat: Budget['stat'], limit: number): Budget => ({
  id,
  stat,
  limit,
  unit: 'ms',
  target: `${id} under ${limit}`,
});

const base = (id: string) => ({ id, label: id, group: 'node' as const, unit: 'ms' as const });

const results: BenchResult[] = [
  measured(base('fast'), { median: 10, min: 9, max: 12, runs: 5 }),
  measured(base('frames'), { median: 8, min: 5, max: 60, runs: 3, p95: 14, samples: 90 }),
  notMeasured(base('absent'), 'the timeline is not built yet'),
];

describe('checkBudgets', () => {
  it('says met when the statistic is under the limit and missed by how much otherwise', () => {
    const outcomes = checkBudgets(
      [budget('fast', 'median', 16), budget('frames', 'p95', 16.7), budget('frames', 'max', 50)],
      results,
    );
    expect(outcomes.map((o) => o.status)).toEqual(['met', 'met', 'missed']);
    const missed = outcomes[2];
    expect(missed?.status === 'missed' ? missed.over : null).toBe(10);
    expect(allMet(outcomes)).toBe(false);
    expect(allMet(outcomes.slice(0, 2))).toBe(true);
  });

  it('treats a limit reached exactly as missed', () => {
    expect(checkBudgets([budget('fast', 'median', 10)], results)[0]?.status).toBe('missed');
  });

  it('carries the reason of a measure that could not be taken, and fails the check', () => {
    const outcomes = checkBudgets([budget('absent', 'median', 300), budget('unknown', 'median', 1)], results);
    expect(outcomes).toEqual([
      {
        budget: budget('absent', 'median', 300),
        status: 'not-measured',
        reason: 'the timeline is not built yet',
      },
      {
        budget: budget('unknown', 'median', 1),
        status: 'not-measured',
        reason: 'no such measure in this run',
      },
    ]);
    expect(allMet(outcomes)).toBe(false);
  });

  it('cannot judge a p95 budget on a measure that has no p95', () => {
    expect(checkBudgets([budget('fast', 'p95', 16.7)], results)[0]).toMatchObject({
      status: 'not-measured',
      reason: 'the measure has no p95',
    });
  });

  it('refuses a budget whose unit differs from its measure', () => {
    expect(() => checkBudgets([{ ...budget('fast', 'median', 1), unit: 'bytes' }], results)).toThrow(
      /in bytes but the measure is in ms/,
    );
  });
});

describe('parseBudgets', () => {
  it('reads a valid file', () => {
    const text = JSON.stringify({ budgets: [budget('fast', 'median', 16)] });
    expect(parseBudgets(text)).toEqual([budget('fast', 'median', 16)]);
  });

  it('names the entry and field that is wrong', () => {
    const text = JSON.stringify({
      budgets: [budget('a', 'median', 1), { ...budget('b', 'median', 1), stat: 'mean' }],
    });
    expect(() => parseBudgets(text, 'budgets.json')).toThrow('budgets.json: budgets[1].stat must be one of');
    expect(() => parseBudgets('{"budgets": [{"id": "x"}]}')).toThrow('budgets[0].stat');
    expect(() => parseBudgets('{')).toThrow(/not valid JSON/);
    expect(() => parseBudgets('[]')).toThrow(/"budgets" array/);
  });
});
