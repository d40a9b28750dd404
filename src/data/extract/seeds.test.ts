/**
 * The five seed articles: every money figure they hold, every date resolved, the main actors. Three
 * articles have no dateline; their dates come as metadata, as the dataset's sources file gives them.
 * The last file holds two articles: the second (the Kremlin on long-range strikes, November 2024) is
 * read on its own with its own date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import type { Extraction, MoneyMention } from './types';

const read = (name: string) => readFileSync(`data/sources/${name}`, 'utf8');

const SEED_004 = read('004_9004530f96808851.txt');
const SECOND_ARTICLE = SEED_004.indexOf('Kremlin Says US Decision');

const seeds: Record<string, { text: string; dateline: string | null }> = {
  '000': { text: read('000_6e4bed2974123d20.txt'), dateline: '2023-04-20' },
  '001': { text: read('001_311060add43898a9.txt'), dateline: null },
  '002': { text: read('002_563be186272afa65.txt'), dateline: '2023-09-28' },
  '003': { text: read('003_f2a1fbf1ecfb277b.txt'), dateline: null },
  '004a': { text: SEED_004.slice(0, SECOND_ARTICLE), dateline: '2023-09-28' },
  '004b': { text: SEED_004.slice(SECOND_ARTICLE), dateline: '2024-11-18' },
};

const results: Record<string, Extraction> = Object.fromEntries(
  Object.entries(seeds).map(([id, seed]) => [id, extract(id, seed.text, { dateline: seed.dateline })]),
);
const result = (id: string): Extraction => {
  const found = results[id];
  if (!found) throw new Error(`no seed ${id}`);
  return found;
};

function money(m: MoneyMention): string {
  const bound = m.bound === 'exact' ? '' : ` [${m.bound}: ${m.boundText ?? ''}]`;
  const carried = m.carried ? ` (currency carried from "${m.carried.text}")` : '';
  const converted = m.converted ? ` = ${money(m.converted)}` : '';
  return `${m.text}: ${m.value} ${m.currency}${bound}${carried}${converted}`;
}

describe('the seed articles: money', () => {
  it('000: the euros of NATO support, the carried "65 billion", the US package and total', () => {
    expect(result('000').money.map(money)).toEqual([
      '150 billion euros: 150000000000 EUR [lower: more than]',
      '65 billion: 65000000000 EUR (currency carried from "euros")',
      '$325 million: 325000000 USD',
      '$35.4 billion: 35400000000 USD',
    ]);
  });

  it('001: the framework contracts with their written conversions, and the two US figures', () => {
    expect(result('001').money.map(money)).toEqual([
      '2.4 billion euros: 2400000000 EUR = USD 2.53 billion: 2530000000 USD',
      '1 billion euros: 1000000000 EUR = USD 1.54 billion: 1540000000 USD',
      'USD 128 million: 128000000 USD',
      'USD 198 million: 198000000 USD',
    ]);
  });

  it('002: the Russian military budget, approximate, with its conversion; no percentages', () => {
    expect(result('002').money.map(money)).toEqual([
      '10.8 trillion rubles: 10800000000000 RUB [approximate: almost] = $111.15 billion: 111150000000 USD',
    ]);
  });

  it('003: no money', () => {
    expect(result('003').money).toEqual([]);
  });

  it('004: the framework contracts and the firm orders', () => {
    expect(result('004a').money.map(money)).toEqual([
      '2.4 billion euros: 2400000000 EUR = $2.53 billion: 2530000000 USD',
      '1 billion euros: 1000000000 EUR',
    ]);
    expect(result('004b').money).toEqual([]);
  });

  it('gives offsets that slice back to each figure in the file', () => {
    for (const [id, seed] of Object.entries(seeds))
      for (const m of result(id).money) {
        expect(seed.text.slice(m.start, m.end)).toBe(m.text);
        if (m.converted) expect(seed.text.slice(m.converted.start, m.converted.end)).toBe(m.converted.text);
        if (m.carried) expect(seed.text.slice(m.carried.start, m.carried.end)).toBe(m.carried.text);
      }
  });
});

const dates = (id: string) => result(id).dates.map((d) => `${d.text} -> ${d.date} (${d.precision})`);

describe('the seed articles: dates', () => {
  it('000 (dated 2023-04-20, a Thursday)', () => {
    expect(dates('000')).toEqual([
      'Thursday -> 2023-04-20 (day)',
      'February 2022 -> 2022-02 (month)',
      'today -> 2023-04-20 (day)',
      'April 20, 2023 -> 2023-04-20 (day)',
      'this week -> 2023-04-17 (week)',
      'February 2022 -> 2022-02 (month)',
      'August 2021 -> 2021-08 (month)',
      'late March -> 2023-03 (month)',
    ]);
  });

  it('001 (dateline 2023-09-29 in the text, a Friday)', () => {
    expect(result('001').dateline).toMatchObject({ date: '2023-09-29', source: 'text' });
    expect(dates('001')).toEqual([
      'Thursday -> 2023-09-28 (day)',
      'Earlier in the day -> 2023-09-28 (day)',
      'Last week -> 2023-09-18 (week)',
    ]);
  });

  it('002 (dated 2023-09-28, a Thursday)', () => {
    expect(dates('002')).toEqual([
      'Thursday -> 2023-09-28 (day)',
      'Thursday -> 2023-09-28 (day)',
      'next year -> 2024 (year)',
      'Feb. 24, 2022 -> 2022-02-24 (day)',
      'in 2024 -> 2024 (year)',
      'Thursday -> 2023-09-28 (day)',
      'in 2024 -> 2024 (year)',
    ]);
  });

  it('003 (dateline 2023-12-04 in the text)', () => {
    expect(dates('003')).toEqual([
      'December 4 -> 2023-12-04 (day)',
      'December 1 -> 2023-12-01 (day)',
      'A few days earlier -> 2023-11-27 (week)',
      'February 24, 2022 -> 2022-02-24 (day)',
    ]);
  });

  it('004: Thursday 28 September 2023, then the Kremlin on Monday 18 November 2024', () => {
    expect(dates('004a')).toEqual([
      ...Array<string>(4).fill('September 28, 2023 -> 2023-09-28 (day)'),
      'Thursday -> 2023-09-28 (day)',
    ]);
    expect(dates('004b')).toEqual([
      ...Array<string>(4).fill('Wednesday, Nov. 6, 2024 -> 2024-11-06 (day)'),
      'Monday -> 2024-11-18 (day)',
      'Sunday -> 2024-11-17 (day)',
    ]);
  });

  it('leaves nothing unresolved once each article has its date', () => {
    for (const id of Object.keys(seeds)) expect(result(id).unresolvedDates).toEqual([]);
  });
});

describe('the seed articles: actors', () => {
  const ids = (id: string) => new Set(result(id).actors.map((a) => a.actorId));

  it.each([
    [
      '000',
      [
        'jens-stoltenberg',
        'volodymyr-zelensky',
        'lloyd-austin',
        'joe-biden',
        'nato',
        'ukraine',
        'russia',
        'united-states',
        'us-department-of-defense',
        'ukraine-defense-contact-group',
      ],
    ],
    [
      '001',
      [
        'jens-stoltenberg',
        'volodymyr-zelensky',
        'rustem-umerov',
        'grant-shapps',
        'nato',
        'ukraine',
        'russia',
        'united-kingdom',
        'united-states',
        'us-department-of-defense',
        'united-nations',
      ],
    ],
    [
      '002',
      [
        'jens-stoltenberg',
        'volodymyr-zelensky',
        'grant-shapps',
        'sebastien-lecornu',
        'dmitry-peskov',
        'vladimir-putin',
        'andrey-kozyrev',
        'russia',
        'nato',
        'russia',
        'ukraine',
      ],
    ],
    [
      '003',
      [
        'rustem-umerov',
        'jens-stoltenberg',
        'aleksey-pushkov',
        'vladimir-putin',
        'nato',
        'ukraine',
        'russia',
        'federation-council',
      ],
    ],
    ['004a', ['jens-stoltenberg', 'volodymyr-zelensky', 'nato', 'ukraine', 'russia', 'romania']],
    ['004b', ['dmitry-peskov', 'joe-biden', 'russia', 'united-states', 'ukraine', 'russia']],
  ])('%s names %j', (id, expected) => {
    const found = ids(id);
    for (const actor of expected) expect(found, actor).toContain(actor);
  });

  it('reads "the NATO chief" in the headline of 004 and the text of 000 as Stoltenberg', () => {
    for (const id of ['000', '004a'])
      expect(
        result(id)
          .actors.filter((a) => /NATO chief/i.test(a.text))
          .map((a) => a.actorId),
      ).toContain('jens-stoltenberg');
  });
});
