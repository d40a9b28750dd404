/**
 * Date forms beyond the common ones, and what is never a date: durations, times of day, and anything
 * the date library would take from its own reference instead of the dateline. Every sentence is
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { scanDates } from './dates';
import type { Dateline } from './types';

const meta = (date: string): Dateline => ({ date, source: 'metadata', text: null, start: null, end: null });

function dates(text: string, dateline: string | null): string[] {
  const { dates: found } = scanDates(text, dateline === null ? null : meta(dateline));
  return found.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return `${d.text} -> ${d.date} (${d.precision}${d.attributive ? ', attributive' : ''})`;
  });
}
const unresolved = (text: string) => scanDates(text, null).unresolved.map((u) => u.text);

describe('a month with a year word', () => {
  it('reads "this July" in the dateline year whatever the tense', () => {
    expect(dates('The grain deal lapsed this July, officials recalled.', '2024-05-20')).toEqual([
      'this July -> 2024-07 (month)',
    ]);
    expect(dates('Kyiv will open the plant this March.', '2024-05-20')).toEqual([
      'this March -> 2024-03 (month)',
    ]);
  });

  it('reads "last" and "next" before a month against the dateline month', () => {
    expect(dates('Exports fell last August and will recover next April.', '2024-05-20')).toEqual([
      'last August -> 2023-08 (month)',
      'next April -> 2025-04 (month)',
    ]);
    expect(dates('Exports fell last March.', '2024-05-20')).toEqual(['last March -> 2024-03 (month)']);
  });

  it('reads "July last year" and "October of next year"', () => {
    expect(
      dates('Talks stalled in July last year and resume in October of next year.', '2024-05-20'),
    ).toEqual(['July last year -> 2023-07 (month)', 'October of next year -> 2025-10 (month)']);
  });
});

describe('years', () => {
  it('reads every year of a list after a named one', () => {
    expect(dates('Aid was disbursed in 2022, 2023 and 2024, but not in 2021 or 2020.', '2024-05-20')).toEqual(
      [
        'in 2022 -> 2022 (year)',
        '2023 -> 2023 (year)',
        '2024 -> 2024 (year)',
        'in 2021 -> 2021 (year)',
        '2020 -> 2020 (year)',
      ],
    );
  });

  it('marks a year that modifies a noun as attributive: what the thing is, not when the event was', () => {
    expect(
      dates("The Rada passed the 2025 state budget and debated Russia's 2022 invasion.", '2024-10-02'),
    ).toEqual(['2025 -> 2025 (year, attributive)', '2022 -> 2022 (year, attributive)']);
  });

  it('does not read a count with a determiner as a year', () => {
    expect(dates('The 2000 troops and the 1990 people left; the 2024 figures rose.', '2024-10-02')).toEqual(
      [],
    );
  });
});

describe('days', () => {
  it('reads parts of the dateline day', () => {
    expect(dates('The minister spoke this afternoon and will return this evening.', '2024-03-14')).toEqual([
      'this afternoon -> 2024-03-14 (day)',
      'this evening -> 2024-03-14 (day)',
    ]);
  });

  it('reads the day before yesterday and the day after tomorrow', () => {
    expect(
      dates('It arrived the day before yesterday; more comes the day after tomorrow.', '2024-03-14'),
    ).toEqual(['the day before yesterday -> 2024-03-12 (day)', 'the day after tomorrow -> 2024-03-16 (day)']);
  });

  it('reads weekday names in lower case', () => {
    expect(dates('The convoy left on tuesday and came back on SUNDAY.', '2024-03-14')).toEqual([
      'tuesday -> 2024-03-12 (day)',
      'SUNDAY -> 2024-03-10 (day)',
    ]);
  });

  it('reads a weekday in a named week', () => {
    // 2024-03-14 is a Thursday: its week runs from Monday 11 to Sunday 17 March.
    expect(
      dates(
        'Envoys meet Monday next week, after talks on Friday last week and next week on Wednesday.',
        '2024-03-14',
      ),
    ).toEqual([
      'Monday next week -> 2024-03-18 (day)',
      'Friday last week -> 2024-03-08 (day)',
      'next week on Wednesday -> 2024-03-20 (day)',
    ]);
  });

  it('reads the month and day after an amount, not a day and a two-digit year', () => {
    expect(dates('Volunteers paid €40 March 3 for the fuel.', '2024-03-14')).toEqual([
      'March 3 -> 2024-03-03 (day)',
    ]);
    expect(dates('By 12 December 27 villages had power again.', '2024-03-14')).toEqual([
      '12 December -> 2023-12-12 (day)',
    ]);
  });
});

describe('numbers after a month name that chrono took for a year (found by fuzzing)', () => {
  it.each([
    ['Shelling resumed this January 32 times.', ['this January -> 2024-01 (month)']],
    ['On January 1 10.0 dollars bought a litre.', ['January 1 -> 2024-01-01 (day)']],
    ['Since 1 January 3000 dollars have gone missing.', ['1 January -> 2024-01-01 (day)']],
    ['By 1 January 7000 troops had arrived.', ['1 January -> 2024-01-01 (day)']],
    ['Ceasefire from January 1\n2010 was the last year of peace.', ['January 1 -> 2024-01-01 (day)']],
    ['Since January 1 , 10,5 tonnes arrived.', ['January 1 -> 2024-01-01 (day)']],
  ])('%s', (text, expected) => {
    expect(dates(text, '2024-03-14')).toEqual(expected);
  });
});

describe('what is not a date', () => {
  it.each([
    'Strike on Odesa port, the first in 12 days',
    'Forty minutes later the sirens stopped; 30 minutes later they sounded again.',
    'The depot reopens tomorrow from 10am.',
    'Over the last 3 months and 2 days, prices rose.',
    'The ceasefire held for 72 hours and the talks lasted three weeks.',
    'Repairs are due within 30 days, at 14:00 at the latest.',
  ])('gives no date from the date library without a dateline: %s', (text) => {
    expect(dates(text, null)).toEqual([]);
  });

  it('resolves nothing against a fixed reference: with a dateline, only the dateline counts', () => {
    expect(dates('Strike on Odesa port, the first in 12 days', '2024-03-14')).toEqual([]);
    expect(dates('30 minutes later the sirens stopped.', '2024-03-14')).toEqual([]);
    expect(dates('The depot reopens tomorrow from 10am.', '2024-03-14')).toEqual([
      'tomorrow -> 2024-03-15 (day)',
    ]);
  });

  it('lists relative expressions as unresolved when there is no dateline', () => {
    expect(
      unresolved('The depot reopens tomorrow; it shut this afternoon, and talks resume Friday next week.'),
    ).toEqual(['tomorrow', 'this afternoon', 'Friday next week']);
  });
});
