import { describe, expect, it } from 'vitest';
import { findDateline, findDates, scanDates } from './dates';
import type { Dateline } from './types';

const meta = (date: string): Dateline => ({ date, source: 'metadata', text: null, start: null, end: null });

/** The dates found, as `text -> date (precision, basis)`, checking that offsets slice back. */
function dates(text: string, dateline: string | null) {
  return findDates(text, dateline === null ? null : meta(dateline)).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return `${d.text} -> ${d.date} (${d.precision}, ${d.basis})`;
  });
}

describe('findDateline', () => {
  it('reads a date marker line at the head of the text', () => {
    const text = ' date 2023-12-04 Ukrainian Defense Minister Rustem Umerov met in Brussels with NATO.';
    const dateline = findDateline(text);
    expect(dateline).toMatchObject({ date: '2023-12-04', source: 'text', text: 'date 2023-12-04' });
    expect(text.slice(dateline?.start ?? 0, dateline?.end ?? 0)).toBe('date 2023-12-04');
  });

  it('takes a classic dateline after the marker into the dateline span', () => {
    const text = ' date 2023-09-29 Kyiv [Ukraine], September 29 : The Ukrainian troops are gaining ground.';
    expect(findDateline(text)).toMatchObject({
      date: '2023-09-29',
      text: 'date 2023-09-29 Kyiv [Ukraine], September 29 :',
    });
  });

  it.each([
    ['Kyiv, March 12, 2024 — Ukraine said', '2024-03-12'],
    ['KYIV, Ukraine, Sept 29, 2023 (Reuters) - Ukraine said', '2023-09-29'],
    ['Brussels, Feb. 1, 2024 — EU leaders agreed', '2024-02-01'],
    ['WASHINGTON, Dec. 27, 2023 -- The United States', '2023-12-27'],
    ['Oslo, 12 February 2024 — Norway', '2024-02-12'],
    ['OSLO/WARSAW, Feb 29 (Reuters) - Norway said in 2024', '2024-02-29'],
    ['NEW YORK, Sept. 30, 2023 /PRNewswire/ -- Lockheed said', '2023-09-30'],
    ['By Jane Doe\nKYIV, March 12, 2024 (Reuters) - Ukraine said', '2024-03-12'],
    ['Published 12 March 2024 10:30 GMT\nUkraine said', '2024-03-12'],
  ])('reads the classic dateline "%s"', (text, date) => {
    expect(findDateline(text)?.date ?? null).toBe(date);
  });

  it('takes the year of a dateline without one from the latest year in the text, and says so', () => {
    const dateline = findDateline('Kyiv, March 12 — Aid pledged in 2023 and 2024 arrived.');
    expect(dateline).toMatchObject({ date: '2024-03-12', source: 'text' });
    expect(dateline?.note).toMatch(/latest year/);
    expect(findDateline('Kyiv, March 12 — No year anywhere.')).toBeNull();
  });

  it('lets a full metadata date win over the text', () => {
    expect(findDateline(' date 2023-09-29 Text.', '2023-09-30')).toEqual(meta('2023-09-30'));
  });

  it('uses a month or year from metadata when the text has no day, and a day from the text that agrees', () => {
    expect(findDateline('No dateline here.', '2023-09')).toMatchObject({
      date: '2023-09',
      precision: 'month',
    });
    expect(findDateline('No dateline here.', '2023')).toMatchObject({ date: '2023', precision: 'year' });
    expect(findDateline('Kyiv, September 28 — Text.', '2023-09')).toMatchObject({
      date: '2023-09-28',
      source: 'text',
    });
    expect(findDateline('Kyiv, March 3 — Text.', '2023-09')).toMatchObject({
      date: '2023-09',
      source: 'metadata',
    });
  });

  it('rejects a malformed metadata date with a message naming it', () => {
    expect(() => findDateline('Text.', '29/09/2023')).toThrow(/invalid metadata date "29\/09\/2023"/);
    expect(() => findDateline('Text.', '2023-02-30')).toThrow(/2023-02-30/);
  });

  it('finds no dateline in an article that has none', () => {
    expect(
      findDateline('NATO Secretary General Jens Stoltenberg declared Thursday in Kyiv, Ukraine, that'),
    ).toBeNull();
    expect(findDateline('Ukrainian Forces Are ‘Gradually Gaining Ground’, NATO Chief Says')).toBeNull();
  });
});

describe('findDates: written dates', () => {
  it.each([
    ['on September 29, he said', 'September 29 -> 2023-09-29 (day, stated)'],
    ['by Sept 30, he said', 'Sept 30 -> 2023-09-30 (day, stated)'],
    ['on Dec. 1, he said', 'Dec. 1 -> 2022-12-01 (day, stated)'],
    ['which began on Feb. 24, 2022.', 'Feb. 24, 2022 -> 2022-02-24 (day, stated)'],
    ['dated 2023-09-29 in the file', '2023-09-29 -> 2023-09-29 (day, stated)'],
    ['— Jens Stoltenberg (@jensstoltenberg) April 20, 2023', 'April 20, 2023 -> 2023-04-20 (day, stated)'],
    ['invaded in February 2022, the', 'February 2022 -> 2022-02 (month, stated)'],
    ['as recently as late March.', 'late March -> 2023-03 (month, stated)'],
    ['in mid-July the first jets', 'mid-July -> 2023-07 (month, stated)'],
    ['on 28 September 2023 in Kyiv', '28 September 2023 -> 2023-09-28 (day, stated)'],
  ])('"%s"', (text, expected) => {
    expect(dates(text, '2023-09-29')).toEqual([expected]);
  });

  it('takes the year of the dateline for a date written without one, or the year before when that is nearer', () => {
    expect(dates('On December 28 the talks ended.', '2024-01-03')).toEqual([
      'December 28 -> 2023-12-28 (day, stated)',
    ]);
    expect(dates('Congress returns on Jan. 8.', '2023-12-27')).toEqual([
      'Jan. 8 -> 2024-01-08 (day, stated)',
    ]);
    expect(dates('The leaders will meet on January 15.', '2023-12-20')).toEqual([
      'January 15 -> 2024-01-15 (day, stated)',
    ]);
    expect(dates('They met in November.', '2024-01-10')).toEqual(['November -> 2023-11 (month, stated)']);
    expect(dates('ahead of a conference in June', '2024-03-05')).toEqual(['June -> 2024-06 (month, stated)']);
  });

  it('names a year with its preposition', () => {
    expect(
      dates('Spending will rise by 70 percent in 2024, and has risen since 2022.', '2023-09-29'),
    ).toEqual(['in 2024 -> 2024 (year, stated)', 'since 2022 -> 2022 (year, stated)']);
  });

  it('does not take numbers, fractions, times, or "may" for dates', () => {
    expect(
      dates(
        'It spent 2.4 billion euros on 155-millimetre shells, 3/4 of them 24/7, at 10:30 a.m.; talks may resume now, 2023 shells.',
        '2023-09-29',
      ),
    ).toEqual([]);
  });

  it('reports a date without a year as unresolved when there is no dateline', () => {
    const { dates: found, unresolved } = scanDates('On December 1, Stoltenberg warned.', null);
    expect(found).toEqual([]);
    expect(unresolved).toEqual([
      { text: 'December 1', start: 3, end: 13, reason: 'no year written and no dateline to take one from' },
    ]);
  });
});

describe('findDates: weekdays', () => {
  // Friday 2023-09-29, the dateline of the CNN article.
  it.each([
    ['Monday', '2023-09-25'],
    ['Tuesday', '2023-09-26'],
    ['Wednesday', '2023-09-27'],
    ['Thursday', '2023-09-28'],
    ['Friday', '2023-09-29'],
    ['Saturday', '2023-09-23'],
    ['Sunday', '2023-09-24'],
  ])('"reported on %s" in an article dated Friday 2023-09-29 is %s', (weekday, date) => {
    expect(dates(`CNN reported on ${weekday}.`, '2023-09-29')).toEqual([
      `${weekday} -> ${date} (day, inferred)`,
    ]);
  });

  it('resolves across a month boundary', () => {
    expect(dates('He said on Thursday.', '2023-10-02')).toEqual(['Thursday -> 2023-09-28 (day, inferred)']);
  });

  it('resolves across a year boundary', () => {
    expect(dates('He said on Friday.', '2024-01-02')).toEqual(['Friday -> 2023-12-29 (day, inferred)']);
    expect(dates('He will travel on Friday.', '2023-12-28')).toEqual([
      'Friday -> 2023-12-29 (day, inferred)',
    ]);
    expect(dates('He will travel on Monday.', '2023-12-28')).toEqual([
      'Monday -> 2024-01-01 (day, inferred)',
    ]);
  });

  it('reads a weekday in the future tense forward, from the dateline day on', () => {
    expect(dates('Ministers will meet on Monday.', '2023-09-29')).toEqual([
      'Monday -> 2023-10-02 (day, inferred)',
    ]);
    expect(dates('Ministers are due to meet on Friday.', '2023-09-29')).toEqual([
      'Friday -> 2023-09-29 (day, inferred)',
    ]);
  });

  it('reads "last", "next" and "this" before a weekday', () => {
    expect(dates('He spoke last Friday.', '2023-09-29')).toEqual([
      'last Friday -> 2023-09-22 (day, inferred)',
    ]);
    expect(dates('He speaks next Friday.', '2023-09-29')).toEqual([
      'next Friday -> 2023-10-06 (day, inferred)',
    ]);
    expect(dates('He spoke this Monday.', '2023-09-29')).toEqual([
      'this Monday -> 2023-09-25 (day, inferred)',
    ]);
  });

  it('explains how a weekday was resolved', () => {
    const [thursday] = findDates('CNN reported on Thursday.', meta('2023-09-29'));
    expect(thursday?.note).toBe("'Thursday': the Thursday on or before the dateline 2023-09-29 (a Friday)");
  });

  it('leaves weekdays unresolved without a dateline, or with only a month', () => {
    expect(scanDates('He said on Thursday.', null).unresolved).toMatchObject([
      { text: 'Thursday', reason: 'no dateline: the article date is needed' },
    ]);
    expect(scanDates('He said on Thursday.', meta('2023-09')).unresolved).toMatchObject([
      { text: 'Thursday', reason: 'the dateline 2023-09 gives no day' },
    ]);
  });

  it('keeps a weekday written with its date as one stated date', () => {
    expect(dates('near Kharkiv, Ukraine, Wednesday, Nov. 6, 2024. (AP Photo)', '2024-11-18')).toEqual([
      'Wednesday, Nov. 6, 2024 -> 2024-11-06 (day, stated)',
    ]);
  });
});

describe('findDates: relative expressions', () => {
  it('reads weeks as their Monday, with week precision', () => {
    expect(dates('Last week, the US announced a package.', '2023-09-29')).toEqual([
      'Last week -> 2023-09-18 (week, inferred)',
    ]);
    expect(dates('The administration this week announced', '2023-04-20')).toEqual([
      'this week -> 2023-04-17 (week, inferred)',
    ]);
    expect(dates('They meet next week.', '2023-12-29')).toEqual(['next week -> 2024-01-01 (week, inferred)']);
  });

  it('reads months and years', () => {
    expect(dates('spending planned for next year', '2023-09-28')).toEqual([
      'next year -> 2024 (year, inferred)',
    ]);
    expect(dates('Peskov said last month', '2024-01-15')).toEqual([
      'last month -> 2023-12 (month, inferred)',
    ]);
    expect(dates('passed earlier this month', '2023-11-28')).toEqual([
      'earlier this month -> 2023-11 (month, inferred)',
    ]);
    expect(dates('Last year it spent less.', '2024-01-03')).toEqual(['Last year -> 2023 (year, inferred)']);
    expect(dates('Over the past year it spent more.', '2024-01-03')).toEqual([]);
  });

  it('reads yesterday, today and tomorrow against the dateline, across a year boundary', () => {
    expect(dates('It said yesterday that today it would decide, and tomorrow sign.', '2024-01-01')).toEqual([
      'yesterday -> 2023-12-31 (day, inferred)',
      'today -> 2024-01-01 (day, inferred)',
      'tomorrow -> 2024-01-02 (day, inferred)',
    ]);
  });

  it('does not date "today" inside a quotation', () => {
    expect(dates('“Russia could end its war today,” he said.', '2023-09-29')).toEqual([]);
  });

  it('dates "yesterday" inside a quotation from the day the words were said', () => {
    expect(
      dates(
        'The minister spoke in Oslo on Thursday. “Yesterday, the cabinet approved our plan,” she said.',
        '2024-03-15',
      ),
    ).toEqual(['Thursday -> 2024-03-14 (day, inferred)', 'Yesterday -> 2024-03-13 (day, inferred)']);
  });

  it('dates "earlier in the day" to the day the story is about, else to the dateline', () => {
    const text = 'CNN reported on Thursday. Earlier in the day, Umerov met Shapps in Kyiv.';
    expect(dates(text, '2023-09-29')).toEqual([
      'Thursday -> 2023-09-28 (day, inferred)',
      'Earlier in the day -> 2023-09-28 (day, inferred)',
    ]);
    expect(dates('Earlier in the day, Umerov met Shapps.', '2023-09-29')).toEqual([
      'Earlier in the day -> 2023-09-29 (day, inferred)',
    ]);
  });

  it('does not take a historical date for the day the story is about', () => {
    const text = 'The invasion began on Feb. 24, 2022. Earlier in the day, Umerov met Shapps.';
    expect(dates(text, '2023-09-29')[1]).toBe('Earlier in the day -> 2023-09-29 (day, inferred)');
  });

  it('reads "a few days earlier" as the week of about three days before the day mentioned before it', () => {
    const text =
      'Earlier, on December 1, Stoltenberg predicted bad news. A few days earlier, Stoltenberg acknowledged losses.';
    expect(dates(text, '2023-12-04')).toEqual([
      'December 1 -> 2023-12-01 (day, stated)',
      'A few days earlier -> 2023-11-27 (week, inferred)',
    ]);
  });

  it('reads counted days and weeks ago from the dateline', () => {
    expect(dates('Two days ago the convoy arrived; three weeks ago it left.', '2024-03-01')).toEqual([
      'Two days ago -> 2024-02-28 (day, inferred)',
      'three weeks ago -> 2024-02-05 (week, inferred)',
    ]);
  });

  it('reads "the previous day" from the day mentioned before it', () => {
    expect(dates('On March 3 the strike hit. The previous day, sirens sounded.', '2024-03-05')).toEqual([
      'March 3 -> 2024-03-03 (day, stated)',
      'The previous day -> 2024-03-02 (day, inferred)',
    ]);
  });

  it('does not take a date inside the dateline for a date mention', () => {
    const text = ' date 2023-09-29 Kyiv [Ukraine], September 29 : CNN reported on Thursday.';
    expect(dates(text, null)).toEqual([]);
    expect(findDates(text, findDateline(text)).map((d) => d.text)).toEqual(['Thursday']);
  });
});
