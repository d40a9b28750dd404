import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import type { MoneyMention } from './types';

const DIR = 'data/fixtures/extract';

interface ExpectedMoney {
  text: string;
  value: number;
  valueHigh?: number;
  currency: string;
  bound: string;
  carried?: string;
  converted?: ExpectedMoney;
}

interface Expected {
  metadataDate: string | null;
  dateline: { date: string; source: 'text' | 'metadata' };
  money: ExpectedMoney[];
  dates: { text: string; date: string; precision: string; basis: string }[];
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
    const result = extract(name, text, { dateline: expected.metadataDate });

    it('reads the dateline', () => {
      expect(result.dateline).toMatchObject(expected.dateline);
    });

    it('finds every money figure and nothing else', () => {
      expect(result.money.map(project)).toEqual(expected.money);
    });

    it('resolves every date mention', () => {
      expect(
        result.dates.map(({ text: t, date, precision, basis }) => ({ text: t, date, precision, basis })),
      ).toEqual(expected.dates);
      expect(result.unresolvedDates).toEqual([]);
    });

    it('recognizes the actors', () => {
      expect([...new Set(result.actors.map((a) => a.actorId))].sort()).toEqual(expected.actors);
    });

    it('gives offsets that slice back to every mention', () => {
      for (const m of [...result.money, ...result.dates, ...result.actors])
        expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  });
});
