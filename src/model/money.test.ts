import { describe, expect, it } from 'vitest';
import type { Amount } from '../data/schema';
import {
  boundPrefix,
  formatAmountLabel,
  formatMoney,
  formatMoneyFull,
  formatOriginal,
  formatUsd,
  usdBasisText,
  usdHigh,
} from './money';

type Money = Pick<Amount, 'value' | 'valueHigh' | 'currency' | 'usd' | 'bound' | 'usdBasis' | 'conversion'>;

const money = (patch: Partial<Money>): Money => ({
  value: 1,
  valueHigh: null,
  currency: 'USD',
  usd: 1,
  bound: 'exact',
  usdBasis: 'in-text',
  conversion: null,
  ...patch,
});

describe('formatMoney', () => {
  it.each([
    [2500, 'USD', '$2.5K'],
    [325_000_000, 'USD', '$325M'],
    [2_400_000_000, 'EUR', '€2.4B'],
    [10_800_000_000_000, 'RUB', '₽10.8T'],
    [111_150_000_000, 'USD', '$111B'],
    [1_540_000_000, 'USD', '$1.54B'],
    [35_400_000_000, 'USD', '$35.4B'],
    [65_000_000_000, 'EUR', '€65B'],
    [750_000, 'GBP', '£750K'],
    [1_000_000_000, 'UAH', '₴1B'],
    [12, 'USD', '$12'],
  ])('writes %d %s as %s', (value, currency, expected) => {
    expect(formatMoney(value, currency)).toBe(expected);
  });

  it('rounds to three significant digits, carrying into the next scale', () => {
    expect(formatMoney(999_500_000, 'USD')).toBe('$1B');
    expect(formatMoney(2_534_999_999, 'EUR')).toBe('€2.53B');
  });

  it('names currencies whose narrow symbol is ambiguous by their code', () => {
    expect(formatMoney(3_000_000_000, 'SEK')).toBe('SEK\u00a03B');
    expect(formatMoney(3_000_000_000, 'CAD')).toBe('CA$3B');
  });

  it('writes the full number with its ISO code', () => {
    expect(formatMoneyFull(10_800_000_000_000, 'RUB')).toBe('RUB 10,800,000,000,000');
  });
});

describe('bounds', () => {
  it('puts a sign in front of values that are not exact', () => {
    expect(boundPrefix('exact')).toBe('');
    expect(formatOriginal(money({ value: 150e9, currency: 'EUR', bound: 'lower' }))).toBe('> €150B');
    expect(formatOriginal(money({ value: 10.8e12, currency: 'RUB', bound: 'approximate' }))).toBe('≈ ₽10.8T');
    expect(formatOriginal(money({ value: 5e6, currency: 'GBP', bound: 'upper' }))).toBe('< £5M');
  });

  it('writes a range with both ends, converting the upper end at the same rate', () => {
    const amount = money({ value: 1e9, valueHigh: 2e9, currency: 'EUR', usd: 1.1e9 });
    expect(usdHigh(amount)).toBeCloseTo(2.2e9);
    expect(formatOriginal(amount)).toBe('€1B–€2B');
    expect(formatUsd(amount)).toBe('$1.1B–$2.2B');
  });
});

describe('formatAmountLabel', () => {
  it('shows both currencies for a converted figure', () => {
    expect(formatAmountLabel(money({ value: 2.4e9, currency: 'EUR', usd: 2.53e9 }))).toBe('€2.4B ≈ $2.53B');
    expect(formatAmountLabel(money({ value: 10.8e12, currency: 'RUB', usd: 111.15e9 }))).toBe(
      '₽10.8T ≈ $111B',
    );
  });

  it('keeps the bound on the original value', () => {
    expect(formatAmountLabel(money({ value: 150e9, currency: 'EUR', usd: 163e9, bound: 'lower' }))).toBe(
      '> €150B ≈ $163B',
    );
  });

  it('shows a USD figure once, with its bound', () => {
    expect(formatAmountLabel(money({ value: 325e6, usd: 325e6 }))).toBe('$325M');
    expect(formatAmountLabel(money({ value: 35.4e9, usd: 35.4e9, bound: 'lower' }))).toBe('> $35.4B');
  });
});

describe('usdBasisText', () => {
  it('quotes a conversion written in the text', () => {
    const amount = money({
      currency: 'EUR',
      conversion: {
        rate: 1.054,
        rateDate: '2023-09-28',
        series: 'written in the text',
        text: 'USD 2.53 billion',
      },
    });
    expect(usdBasisText(amount)).toBe('written in the text: USD 2.53 billion');
  });

  it('says a USD figure was written in US dollars', () => {
    expect(usdBasisText(money({}))).toBe('written in the text in US dollars');
  });

  it('names the rate, its date and its series', () => {
    const amount = money({
      currency: 'EUR',
      usdBasis: 'rate',
      conversion: { rate: 1.0571, rateDate: '2023-09-28', series: 'ECB reference rates', text: null },
    });
    expect(usdBasisText(amount)).toBe('rate 1.0571 USD per EUR on 2023-09-28 (ECB reference rates)');
  });

  it('says when a rate-based figure lacks its rate', () => {
    expect(usdBasisText(money({ currency: 'EUR', usdBasis: 'rate' }))).toMatch(/rate not recorded/);
  });
});

describe('every currency at every scale', () => {
  const currencies: [string, string][] = [
    ['USD', '$'],
    ['EUR', '€'],
    ['GBP', '£'],
    ['RUB', '₽'],
    ['UAH', '₴'],
    ['JPY', '¥'],
    ['PLN', 'zł'],
    ['CHF', 'CHF'],
    ['SEK', 'SEK'],
    ['CAD', 'CA$'],
  ];
  const scales: [number, string][] = [
    [4.5e3, '4.5K'],
    [4.5e6, '4.5M'],
    [4.5e9, '4.5B'],
    [4.5e12, '4.5T'],
  ];
  it.each(currencies)('writes %s with its sign and a K, M, B or T suffix', (currency, sign) => {
    for (const [value, digits] of scales) {
      const text = formatMoney(value, currency);
      expect(text).toContain(sign);
      expect(text.replace(/\s/g, '')).toContain(digits);
      expect(formatAmountLabel(money({ value, currency, usd: value * 2 }))).toBe(
        currency === 'USD' ? formatMoney(value * 2, 'USD') : `${text} ≈ ${formatMoney(value * 2, 'USD')}`,
      );
    }
  });
});
