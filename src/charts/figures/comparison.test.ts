import { describe, expect, it } from 'vitest';
import { comparisonCaveats, comparisonSentence, ratioWords, toggleCompared, usdRatio } from './comparison';
import { TEST_AMOUNTS, testAmount } from './testData';

const byId = (id: string) => {
  const found = TEST_AMOUNTS.find((a) => a.id === id);
  if (found === undefined) throw new Error(`no test amount ${id}`);
  return found;
};
const budget = byId('russia-budget-2024');
const usPackage = byId('us-package-325m');

describe('ratio', () => {
  it('divides USD values and refuses a zero divisor', () => {
    expect(usdRatio(budget, usPackage)).toBeCloseTo(342, 0);
    expect(usdRatio(budget, { usd: 0 })).toBeNull();
  });

  it('says the ratio in words with two significant digits', () => {
    expect(ratioWords(342)).toBe('about 340 times');
    expect(ratioWords(2.53)).toBe('about 2.5 times');
    expect(ratioWords(1234)).toBe('about 1,200 times');
    expect(ratioWords(1.01)).toBe('about the same as');
    expect(ratioWords(0.29)).toBe('about 29% of');
    expect(ratioWords(0.00292)).toBe('about 0.29% of');
  });

  it('writes the comparison as a sentence with both figures', () => {
    expect(comparisonSentence(budget, usPackage)).toBe(
      'Russian military budget for 2024 (≈ ₽10.8T ≈ $111B, Sep 2023) is about 340 times ' +
        'US military aid package ($325M, Apr 2023).',
    );
    expect(comparisonSentence(usPackage, budget)).toContain('is about 0.29% of Russian military budget');
  });

  it('says when the second figure is zero', () => {
    expect(comparisonSentence(usPackage, testAmount({ id: 'zero', usd: 0, value: 0 }))).toMatch(
      /is zero in USD/,
    );
  });
});

describe('comparisonCaveats', () => {
  it('warns about different stages, years and an approximate figure', () => {
    const caveats = comparisonCaveats(budget, usPackage);
    expect(caveats).toEqual([
      expect.stringMatching(/^Different stages of money: .*a planned state budget \(budgeted\).*announced/),
      'Different years: 2024 against 2023.',
      'Russian military budget for 2024 is approximate, so the ratio is approximate too.',
    ]);
  });

  it('says which way a lower bound moves the ratio', () => {
    const total = byId('nato-total-150b');
    const contracts = byId('nato-contracts-2-4b');
    expect(comparisonCaveats(total, contracts).join(' ')).toMatch(
      /lower bound .*the real ratio may be higher/,
    );
    expect(comparisonCaveats(contracts, total).join(' ')).toMatch(/the real ratio may be lower/);
  });

  it('warns about a running total, a part of a whole and mixed USD bases', () => {
    const total = byId('nato-total-150b');
    const contracts = byId('nato-contracts-2-4b');
    const orders = byId('nato-orders-1b');
    expect(comparisonCaveats(total, contracts).join(' ')).toMatch(/running total over time/);
    expect(comparisonCaveats(total, contracts).join(' ')).toMatch(/different bases/);
    expect(comparisonCaveats(orders, contracts)).toContain(
      'NATO firm ammunition orders is part of NATO framework contracts for ammunition.',
    );
  });

  it('has nothing to say about two alike figures', () => {
    expect(comparisonCaveats(usPackage, byId('us-assistance-128m'))).toEqual([]);
  });
});

describe('toggleCompared', () => {
  it('adds up to two figures, drops the older one, and removes a figure already there', () => {
    expect(toggleCompared([], 'a')).toEqual(['a']);
    expect(toggleCompared(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleCompared(['a', 'b'], 'c')).toEqual(['b', 'c']);
    expect(toggleCompared(['a', 'b'], 'a')).toEqual(['b']);
  });
});
