/**
 * Dates as wire copy and long-form articles write them: datelines in their many shapes, the tense of
 * the clause, times of day beside dates, parts of a year, and spans that are not calendar dates.
 */
import { describe, expect, it } from 'vitest';
import { findDateline, findDates, inferDateline, scanDates } from './dates';
import { findDatelineHeader } from './dateline';
import type { Dateline } from './types';

const meta = (date: string): Dateline => ({ date, source: 'metadata', text: null, start: null, end: null });

function dates(text: string, dateline: string | null) {
  return findDates(text, dateline === null ? null : meta(dateline)).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return `${d.text} -> ${d.date} (${d.precision})`;
  });
}

describe('findDateline: the shapes of a dateline', () => {
  it('reads wire copy filed from several places', () => {
    expect(findDateline('OSLO/WARSAW, Feb 29, 2024 (Reuters) - Norway approved')).toMatchObject({
      date: '2024-02-29',
      text: 'OSLO/WARSAW, Feb 29, 2024 (Reuters) -',
    });
  });

  it('reads a date written day first, and a press-release dateline', () => {
    expect(findDateline('Kyiv, 12 March 2024 — Ukraine said')?.date).toBe('2024-03-12');
    expect(findDateline('NEW YORK, Sept. 30, 2023 /PRNewswire/ -- Lockheed said')?.date).toBe('2023-09-30');
  });

  it('finds the dateline under a byline or a headline, but not inside the article', () => {
    expect(findDateline('By Jane Doe\nKYIV, March 12, 2024 (Reuters) - Ukraine said')?.date).toBe(
      '2024-03-12',
    );
    const body =
      'Ukraine received record aid last year, officials said, and it expects as much again in the year to come.\nKyiv, March 12, 2024 — Text.';
    expect(findDateline(body)).toBeNull();
  });

  it('reads a line that holds only the date, as web pages print it', () => {
    expect(findDateline('Published 12 March 2024 10:30 GMT\nUkraine said on Monday')?.date).toBe(
      '2024-03-12',
    );
    const header = findDatelineHeader('March 12, 2024\nKYIV — Ukraine said');
    expect(header).toMatchObject({ text: 'March 12, 2024\nKYIV —', month: 3, day: 12, year: 2024 });
  });

  it('knows a dateline without a date: nothing in it is a mention, and the date comes from metadata', () => {
    for (const text of [
      'BRUSSELS — The EU agreed.',
      'WASHINGTON (AP) — The Pentagon said.',
      'KYIV, Ukraine (AP) — Text.',
    ])
      expect(findDatelineHeader(text)).toMatchObject({ start: 0, month: null, day: null });
    expect(findDateline('BRUSSELS — The EU agreed on Monday.')).toBeNull();
    expect(findDateline('BRUSSELS — The EU agreed on Monday.', '2024-03-18')).toEqual(meta('2024-03-18'));
    expect(findDatelineHeader('NATO allies met — and agreed.')).toBeNull();
  });

  it('names the place a dateline is written from, as written', () => {
    expect(findDatelineHeader('KYIV, Ukraine (AP) — Text.')?.place).toBe('KYIV');
    expect(findDatelineHeader('NEW YORK (AP) — Text.')?.place).toBe('NEW YORK');
    expect(findDatelineHeader('OSLO/WARSAW, March 12 (Reuters) - Text.')?.place).toBe('OSLO');
    expect(findDatelineHeader('Kyiv [Ukraine], September 29 : Text.')?.place).toBe('Kyiv');
    expect(findDatelineHeader('March 12, 2024\nVILNIUS — Text.')?.place).toBe('VILNIUS');
    expect(findDatelineHeader('date 2024-03-12\nThe ministry said.')?.place).toBeNull();
  });

  it('reads a place in capitals before a colon as a dateline, and finds it under a headline, a standfirst and a byline', () => {
    expect(findDatelineHeader('RIGA: Latvian lawmakers voted on Tuesday.')).toMatchObject({
      text: 'RIGA:',
      place: 'RIGA',
    });
    const text = [
      'Latvia doubles its drone fund',
      'The money will pay for interceptors built with Ukrainian firms, the defence ministry says in its plan for next year',
      'By a staff writer',
      'RIGA (Aidline Wire) - Latvia will spend more on drones.',
    ].join('\n');
    expect(findDatelineHeader(text)?.text).toBe('RIGA (Aidline Wire) -');
    expect(findDatelineHeader('Latvia said: more drones will come.')).toBeNull();
  });
});

describe('findDateline: the year of a dateline that gives none', () => {
  it('leaves out the years the text looks ahead to', () => {
    const text =
      'KYIV, March 12 (Reuters) - Parliament amended the 2024 budget. Ukraine needs $38 billion in 2025, ' +
      'and the programme runs until 2027.';
    const dateline = findDateline(text);
    expect(dateline?.date).toBe('2024-03-12');
    expect(dateline?.note).toMatch(/leaving out the years it looks ahead to/);
  });

  it('reads a year in a future-tense clause as one to come, across a year boundary', () => {
    const text =
      'KYIV, Dec 31 (Reuters) - Ukraine, which received $42 billion in 2023, will get more aid in 2024.';
    expect(findDateline(text)?.date).toBe('2023-12-31');
  });

  it('takes the year before a year the text only looks ahead to, and says it inferred it', () => {
    const dateline = findDateline('KYIV, March 12 (Reuters) - Ukraine expects $5 billion in 2025.');
    expect(dateline).toMatchObject({ date: '2024-03-12', inferred: true });
    expect(dateline?.note).toBe(
      'year 2024 inferred: the year before 2025, which the text looks ahead to ("expects $5 billion in 2025")',
    );
    const draft = findDateline('MOSCOW, Sept 30 (Reuters) - The draft budget for 2026 raises taxes.');
    expect(draft?.date).toBe('2025-09-30');
  });

  it('takes the year before a limit when the text writes no other year', () => {
    expect(findDateline('OSLO, May 2 (Reuters) - The fund runs until 2028.')?.date).toBe('2027-05-02');
  });

  it('infers a year-precision dateline for an article with none, and says how', () => {
    const text = "Russia's draft budget for 2025 raises defence spending. It was cut this year.";
    expect(findDateline(text)).toBeNull();
    expect(inferDateline(text)).toMatchObject({
      date: '2024',
      precision: 'year',
      source: 'inferred',
      inferred: true,
    });
    expect(inferDateline('Stoltenberg spoke on Thursday.')).toBeNull();
  });

  it('gives no dateline for 29 February in a year that has none', () => {
    expect(findDateline('OSLO, Feb 29 (Reuters) - Norway gave aid in 2023.')).toBeNull();
  });
});

describe('findDates: the tense of the clause', () => {
  it('reads the tense from the nearest cue, before the date or else after it', () => {
    expect(dates('On Wednesday the EU will meet. The EU on Wednesday agreed.', '2024-01-02')).toEqual([
      'Wednesday -> 2024-01-03 (day)',
      'Wednesday -> 2023-12-27 (day)',
    ]);
  });

  it('reads an expectation or an obligation as the future', () => {
    expect(dates('The government expects the first payment in April.', '2024-01-02')).toEqual([
      'April -> 2024-04 (month)',
    ]);
    expect(
      dates(
        'Austin has said the administration must commit the money before the fiscal year ends Sept. 30.',
        '2024-06-13',
      ),
    ).toEqual(['Sept. 30 -> 2024-09-30 (day)']);
  });

  it('reads a past verb nearer the date than a future one as the past', () => {
    expect(dates('The EU, which will meet in June, agreed in March to send more.', '2024-01-10')).toEqual([
      'June -> 2024-06 (month)',
      'March -> 2023-03 (month)',
    ]);
    expect(dates('The payment arrived in April, the Russian-occupied city said.', '2024-01-02')).toEqual([
      'April -> 2023-04 (month)',
    ]);
  });

  it('keeps reading a reported future after "said" as the future', () => {
    expect(dates('Sweden said on Thursday it would send the package on Monday.', '2024-02-29')).toEqual([
      'Thursday -> 2024-02-29 (day)',
      'Monday -> 2024-03-04 (day)',
    ]);
  });
});

describe('findDates: what is written beside a date', () => {
  it('leaves a time of day out of the date', () => {
    expect(dates('He will speak on April 25 at 10:30 a.m. Kyiv time.', '2024-03-12')).toEqual([
      'April 25 -> 2024-04-25 (day)',
    ]);
    expect(
      dates('It will open at 14:00 GMT on 2 January 2024 and at noon on March 3.', '2023-12-20'),
    ).toEqual(['2 January 2024 -> 2024-01-02 (day)', 'March 3 -> 2024-03-03 (day)']);
  });

  it('reads a date written with dots day first', () => {
    expect(dates('The order of 5.1.2024 and the one of 25.12.2023.', '2024-03-01')).toEqual([
      '5.1.2024 -> 2024-01-05 (day)',
      '25.12.2023 -> 2023-12-25 (day)',
    ]);
  });

  it('dates a part of a year by its year, the whole phrase as the mention', () => {
    expect(
      dates(
        'In the first quarter of 2024, by the end of 2025, in Q1 2024, in H2 2023, at the start of 2023 and by mid-2024.',
        '2024-03-12',
      ),
    ).toEqual([
      'the first quarter of 2024 -> 2024 (year)',
      'the end of 2025 -> 2025 (year)',
      'Q1 2024 -> 2024 (year)',
      'H2 2023 -> 2023 (year)',
      'the start of 2023 -> 2023 (year)',
      'by mid-2024 -> 2024 (year)',
    ]);
  });

  it('does not read a span of time after "the" as a calendar period', () => {
    expect(dates('Over the next year, and in the last week of March, aid slowed.', '2024-01-10')).toEqual([
      'March -> 2023-03 (month)',
    ]);
    expect(dates('Canada will give more aid next year.', '2024-01-10')).toEqual(['next year -> 2025 (year)']);
  });

  it('resolves "last Friday" across a year boundary, with the dateline in the text', () => {
    const text = ' date 2024-01-02 Kyiv, January 2 (Interfax-Ukraine) – The tranche arrived last Friday.';
    const { dates: found, unresolved } = scanDates(text, findDateline(text));
    expect(found.map((d) => `${d.text} -> ${d.date}`)).toEqual(['last Friday -> 2023-12-29']);
    expect(unresolved).toEqual([]);
  });
});
