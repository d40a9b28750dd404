import { describe, expect, it } from 'vitest';
import { formatAmountLabel } from '../../model/money';
import { figures, testAmount } from '../../test/bundledDataset';
import {
  comparisonCaveats,
  comparisonSentence,
  ratioWords,
  toggleCompared,
  usdRatio,
  withAside,
} from './comparison';

const { russiaBudget: budget, usPackage, natoTotal: total, natoContracts: contracts } = figures;

describe('ratio', () => {
  it('divides USD values and refuses a zero divisor', () => {
    expect(usdRatio(budget, usPackage)).toBe(budget.usd / usPackage.usd);
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

  it('writes the comparison as a sentence with both figures, dated when the label is not', () => {
    expect(comparisonSentence(budget, usPackage)).toBe(
      `${budget.label} (${formatAmountLabel(budget)}, Sep 2023) is ${ratioWords(budget.usd / usPackage.usd)} ` +
        // The package's label ends in "(April 2023)": its amount joins those parentheses.
        `${usPackage.label.slice(0, -1)}, ${formatAmountLabel(usPackage)}).`,
    );
    expect(comparisonSentence(usPackage, budget)).toContain(`is about 0.29% of ${budget.label}`);
  });

  it('says when the second figure is zero', () => {
    expect(comparisonSentence(usPackage, testAmount({ id: 'zero', usd: 0, value: 0 }))).toMatch(
      /is zero in USD/,
    );
  });
});

describe('comparisonCaveats', () => {
  it('warns about different stages, years and an approximate figure', () => {
    expect(comparisonCaveats(budget, usPackage)).toEqual([
      expect.stringMatching(/^Different stages of money: .*a planned state budget \(budgeted\).*announced/),
      'Different years: 2024 against 2023.',
      `${budget.label} is approximate, so the ratio is approximate too.`,
    ]);
  });

  it('says which way a lower bound moves the ratio', () => {
    expect(comparisonCaveats(total, contracts).join(' ')).toMatch(
      /lower bound .*the real ratio may be higher/,
    );
    expect(comparisonCaveats(contracts, total).join(' ')).toMatch(/the real ratio may be lower/);
  });

  it('warns about a running total, a part of a whole and mixed USD bases', () => {
    expect(comparisonCaveats(total, contracts).join(' ')).toMatch(/running total over time/);
    expect(comparisonCaveats(total, contracts).join(' ')).toMatch(/different bases/);
    expect(comparisonCaveats(figures.natoOrders, contracts)).toContain(
      `${figures.natoOrders.label} is part of ${contracts.label}.`,
    );
  });

  it('has nothing to say about two alike figures', () => {
    expect(comparisonCaveats(figures.usDrawdown, figures.usAssistance)).toEqual([]);
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

describe('withAside', () => {
  it('puts an aside in parentheses, inside those a label already ends with', () => {
    expect(withAside('NATO orders', '$2.5B')).toBe('NATO orders ($2.5B)');
    expect(withAside('US military aid package (April 2023)', '$325M')).toBe(
      'US military aid package (April 2023, $325M)',
    );
  });
});
