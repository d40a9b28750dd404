import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  dateSpan,
  describeDateBasis,
  describePrecision,
  formatDay,
  formatEventDate,
  formatIsoDate,
  formatRange,
  formatWindow,
  parseIsoDate,
} from './dates';

describe('parseIsoDate', () => {
  it('reads day, month and year dates as UTC midnight', () => {
    expect(parseIsoDate('2023-09-28')).toBe(Date.UTC(2023, 8, 28));
    expect(parseIsoDate('2023-09')).toBe(Date.UTC(2023, 8, 1));
    expect(parseIsoDate('2023')).toBe(Date.UTC(2023, 0, 1));
  });

  it('names the value it cannot read', () => {
    expect(() => parseIsoDate('28/09/2023')).toThrow('"28/09/2023" is not an ISO date');
  });
});

describe('dateSpan', () => {
  it('spans one day at day precision', () => {
    expect(dateSpan('2023-09-28', 'day')).toEqual([Date.UTC(2023, 8, 28), Date.UTC(2023, 8, 29)]);
  });

  it('spans the Monday-to-Sunday week that holds the date at week precision', () => {
    // 2023-04-19 is a Wednesday.
    expect(dateSpan('2023-04-19', 'week')).toEqual([Date.UTC(2023, 3, 17), Date.UTC(2023, 3, 24)]);
    // A Sunday belongs to the week that began six days before.
    expect(dateSpan('2023-04-23', 'week')).toEqual([Date.UTC(2023, 3, 17), Date.UTC(2023, 3, 24)]);
  });

  it('spans the month and the year', () => {
    expect(dateSpan('2024-02', 'month')).toEqual([Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)]);
    expect(dateSpan('2024-02-10', 'month')).toEqual([Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)]);
    expect(dateSpan('2024', 'year')).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
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
