import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  dayToIso,
  describeDateBasis,
  describePrecision,
  formatDay,
  formatEventDate,
  figureDateParts,
  formatIsoDate,
  formatRange,
  formatWindow,
  eventDaySpan,
  eventTimeSpan,
  formatDateRange,
  formatMonth,
  formatMonthYear,
  formatYear,
  isoDayRange,
  parseIsoDate,
  parseIsoDay,
  parsePartialDate,
} from './dates';

const iso = (span: { start: number; end: number } | null) =>
  span === null ? null : [dayToIso(span.start), dayToIso(span.end)];

describe('parsePartialDate', () => {
  it('gives the days a day, a month or a year covers', () => {
    expect(iso(parsePartialDate('2023-09-28'))).toEqual(['2023-09-28', '2023-09-28']);
    expect(iso(parsePartialDate('2023-09'))).toEqual(['2023-09-01', '2023-09-30']);
    expect(iso(parsePartialDate('2024-02'))).toEqual(['2024-02-01', '2024-02-29']);
    expect(iso(parsePartialDate('2023-02'))).toEqual(['2023-02-01', '2023-02-28']);
    expect(iso(parsePartialDate('2023'))).toEqual(['2023-01-01', '2023-12-31']);
  });

  it('agrees with Date.UTC across centuries', () => {
    for (const text of ['1900-03-01', '1970-01-01', '2000-02-29', '2099-12-31', '1969-12-31']) {
      expect(parsePartialDate(text)?.start).toBe(
        Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8)) / 864e5,
      );
    }
  });

  it('rejects dates that do not exist or are not ISO', () => {
    for (const text of [
      '2023-02-29',
      '2023-13',
      '2023-00-10',
      '2023-09-31',
      '23-09-01',
      '2023-9-1',
      '',
      'x',
    ]) {
      expect(parsePartialDate(text), text).toBeNull();
    }
  });
});

describe('parseIsoDay', () => {
  it('reads only full dates', () => {
    expect(parseIsoDay('2023-09-01')).toBe(Date.UTC(2023, 8, 1) / 864e5);
    expect(parseIsoDay('2023-09')).toBeNull();
  });
});

describe('eventDaySpan', () => {
  it('widens a full date by its precision', () => {
    expect(iso(eventDaySpan('2023-09-20', 'day'))).toEqual(['2023-09-20', '2023-09-20']);
    // Wednesday 20 September 2023: its ISO week runs Monday 18 to Sunday 24.
    expect(iso(eventDaySpan('2023-09-20', 'week'))).toEqual(['2023-09-18', '2023-09-24']);
    expect(iso(eventDaySpan('2023-09-18', 'week'))).toEqual(['2023-09-18', '2023-09-24']);
    expect(iso(eventDaySpan('2023-09-24', 'week'))).toEqual(['2023-09-18', '2023-09-24']);
    expect(iso(eventDaySpan('1969-12-31', 'week'))).toEqual(['1969-12-29', '1970-01-04']);
    expect(iso(eventDaySpan('2023-09-20', 'month'))).toEqual(['2023-09-01', '2023-09-30']);
    expect(iso(eventDaySpan('2023-09-20', 'year'))).toEqual(['2023-01-01', '2023-12-31']);
  });

  it('keeps the span of a partial date whatever the precision says', () => {
    expect(iso(eventDaySpan('2023-09', 'day'))).toEqual(['2023-09-01', '2023-09-30']);
    expect(iso(eventDaySpan('2023', 'month'))).toEqual(['2023-01-01', '2023-12-31']);
  });

  it('gives the same span to every caller, and no caller can change it for the others', () => {
    const first = eventDaySpan('2024-02-29', 'week');
    expect(eventDaySpan('2024-02-29', 'week')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(iso(eventDaySpan('2024-02-29', 'day'))).toEqual(['2024-02-29', '2024-02-29']);
    expect(eventDaySpan('2023-02-29', 'day')).toBeNull();
    expect(eventDaySpan('2023-02-29', 'day')).toBeNull();
  });
});

describe('parseIsoDate', () => {
  it('reads day, month and year dates as UTC midnight', () => {
    expect(parseIsoDate('2023-09-28')).toBe(Date.UTC(2023, 8, 28));
    expect(parseIsoDate('2023-09')).toBe(Date.UTC(2023, 8, 1));
    expect(parseIsoDate('2023')).toBe(Date.UTC(2023, 0, 1));
  });

  it('names the value it cannot read', () => {
    expect(() => parseIsoDate('28/09/2023')).toThrow('"28/09/2023" is not an ISO date');
    expect(() => eventTimeSpan('2023-02-30', 'day')).toThrow('"2023-02-30" is not an ISO date');
  });

  it('gives the first and last day of a partial date', () => {
    expect(isoDayRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(isoDayRange('2023')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(isoDayRange('2023-13')).toBeNull();
  });

  it('keeps years before 100 as they are written', () => {
    expect(iso(parsePartialDate('0099-03'))).toEqual(['0099-03-01', '0099-03-31']);
  });
});

describe('eventTimeSpan', () => {
  it('spans one day at day precision', () => {
    expect(eventTimeSpan('2023-09-28', 'day')).toEqual([Date.UTC(2023, 8, 28), Date.UTC(2023, 8, 29)]);
  });

  it('spans the Monday-to-Sunday week that holds the date at week precision', () => {
    // 2023-04-19 is a Wednesday.
    expect(eventTimeSpan('2023-04-19', 'week')).toEqual([Date.UTC(2023, 3, 17), Date.UTC(2023, 3, 24)]);
    // A Sunday belongs to the week that began six days before.
    expect(eventTimeSpan('2023-04-23', 'week')).toEqual([Date.UTC(2023, 3, 17), Date.UTC(2023, 3, 24)]);
  });

  it('spans the month and the year', () => {
    expect(eventTimeSpan('2024-02', 'month')).toEqual([Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)]);
    expect(eventTimeSpan('2024-02-10', 'month')).toEqual([Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)]);
    expect(eventTimeSpan('2024', 'year')).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
  });
});

describe('formatting', () => {
  it('writes days as "28 Sep 2023"', () => {
    expect(formatDay(Date.UTC(2023, 8, 28))).toBe('28 Sep 2023');
    expect(formatDay(Date.UTC(2022, 1, 24, 23, 59))).toBe('24 Feb 2022');
  });

  it('writes a partial ISO date at its own precision', () => {
    expect(formatIsoDate('2023-09-29')).toBe('29 Sep 2023');
    expect(formatIsoDate('2023-09')).toBe('Sep 2023');
    expect(formatIsoDate('2023')).toBe('2023');
  });

  it('writes a partial date to the month', () => {
    expect(formatMonthYear('2023-04-17')).toBe('Apr 2023');
    expect(formatMonthYear('2023-04')).toBe('Apr 2023');
    expect(formatMonthYear('2024')).toBe('2024');
  });

  it('phrases an event date as precisely as it is known', () => {
    expect(formatEventDate('2023-09-28', 'day')).toBe('28 Sep 2023');
    expect(formatEventDate('2023-04-19', 'week')).toBe('week of 17 Apr 2023');
    expect(formatEventDate('2023-09-12', 'month')).toBe('Sep 2023');
    expect(formatEventDate('2024', 'year')).toBe('2024');
  });

  it('describes precision and basis', () => {
    expect(describePrecision('day')).toBe('exact day');
    expect(describePrecision('week')).toBe('known to the week');
    expect(describeDateBasis('inferred', "'Thursday' in an article dated 2023-09-29")).toBe(
      "inferred: 'Thursday' in an article dated 2023-09-29",
    );
    expect(describeDateBasis('stated')).toBe('stated in the source');
    expect(describeDateBasis('inferred', '  ')).toBe('inferred from the source');
  });

  it('writes ranges as short as they can be said', () => {
    const d = (m: number, day: number, y = 2023) => Date.UTC(y, m, day);
    expect(formatRange(d(8, 28), d(8, 28) + 5 * 3_600_000)).toBe('28 Sep 2023');
    expect(formatRange(d(8, 3), d(8, 17))).toBe('3–17 Sep 2023');
    expect(formatRange(d(8, 30), d(9, 2))).toBe('30 Sep – 2 Oct 2023');
    expect(formatRange(d(11, 30), d(0, 2, 2024))).toBe('30 Dec 2023 – 2 Jan 2024');
    expect(formatRange(d(8, 17), d(8, 3))).toBe('3–17 Sep 2023');
  });

  it('writes windows at a grain that suits their length', () => {
    expect(formatWindow(Date.UTC(2023, 8, 28), Date.UTC(2023, 8, 29))).toBe('28 Sep 2023');
    expect(formatWindow(Date.UTC(2023, 8, 1), Date.UTC(2023, 8, 1) + 10 * DAY_MS)).toBe('1–10 Sep 2023');
    expect(formatWindow(Date.UTC(2023, 0, 1), Date.UTC(2023, 6, 1))).toBe('Jan – Jun 2023');
    expect(formatWindow(Date.UTC(2022, 1, 1), Date.UTC(2024, 11, 1))).toBe('Feb 2022 – Nov 2024');
    expect(formatWindow(Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1))).toBe('2015 – 2024');
  });
});

describe('formatDateRange', () => {
  it('names whole months and years', () => {
    expect(formatDateRange('2023-09-01', '2023-09-30')).toBe('Sep 2023');
    expect(formatDateRange('2024-02-01', '2024-02-29')).toBe('Feb 2024');
    expect(formatDateRange('2023-09-01', '2023-11-30')).toBe('Sep–Nov 2023');
    expect(formatDateRange('2023-01-01', '2023-12-31')).toBe('2023');
    expect(formatDateRange('2022-01-01', '2024-12-31')).toBe('2022–2024');
    expect(formatDateRange('2022-11-01', '2023-02-28')).toBe('Nov 2022 – Feb 2023');
  });

  it('names days otherwise', () => {
    expect(formatDateRange('2023-09-28', '2023-09-28')).toBe('28 Sep 2023');
    expect(formatDateRange('2023-09-01', '2023-09-15')).toBe('1–15 Sep 2023');
    expect(formatDateRange('2023-09-15', '2023-10-01')).toBe('15 Sep – 1 Oct 2023');
    expect(formatDateRange('2022-12-30', '2023-01-02')).toBe('30 Dec 2022 – 2 Jan 2023');
  });

  it('says which end is open', () => {
    expect(formatDateRange('2023-09-01', null)).toBe('from 1 Sep 2023');
    expect(formatDateRange(null, '2023-09-30')).toBe('until 30 Sep 2023');
    expect(formatDateRange(null, null)).toBeNull();
  });
});

describe('years at the ends of the calendar', () => {
  const yearStart = (year: string) => parseIsoDate(year);

  it('writes four-digit years from 0001 to 9999', () => {
    expect(formatYear(yearStart('0001'))).toBe('0001');
    expect(formatDay(yearStart('0001'))).toBe('1 Jan 0001');
    expect(formatMonth(yearStart('0099'))).toBe('Jan 0099');
    expect(formatDay(parseIsoDate('9999-12-31'))).toBe('31 Dec 9999');
  });

  it('writes a year past 9999 whole, never its last four digits', () => {
    const after = parseIsoDate('9999-12-31') + 243 * 365 * DAY_MS;
    expect(formatYear(after)).toBe('10242');
    expect(formatDay(after)).toMatch(/ 10242$/);
  });
});

describe('figureDateParts', () => {
  it('gives a figure dated with its event the event’s precision, never a day the source did not give', () => {
    expect(figureDateParts('2023-04-17', { date: '2023-04-17', datePrecision: 'week' })).toEqual({
      qualifier: 'week of',
      date: '17 Apr 2023',
    });
    expect(figureDateParts('2023-09-28', { date: '2023-09-28', datePrecision: 'day' })).toEqual({
      qualifier: '',
      date: '28 Sep 2023',
    });
  });

  it('gives a figure with a date of its own that date, at the precision it is written with', () => {
    expect(figureDateParts('2024', { date: '2023-09-28', datePrecision: 'day' })).toEqual({
      qualifier: '',
      date: '2024',
    });
    expect(figureDateParts('2023-09', undefined)).toEqual({ qualifier: '', date: 'Sep 2023' });
  });
});
