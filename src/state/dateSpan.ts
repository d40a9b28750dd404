import type { DatePrecision } from '../data/schema';

/**
 * Dates as whole UTC days since 1970-01-01, and the span of days an imprecise date stands for.
 * An event dated `2023-09` (or `2023-09-14` with month precision) covers 1-30 September; a date with week
 * precision covers the ISO week (Monday to Sunday) that contains it, because a week mention such as
 * "last week" names a week, and the recorded date is one day inside it.
 */

const MS_PER_DAY = 86_400_000;
const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DaySpan {
  /** First day covered, inclusive. */
  start: number;
  /** Last day covered, inclusive. */
  end: number;
}

export const dayToMs = (day: number): number => day * MS_PER_DAY;
export const msToDay = (ms: number): number => Math.floor(ms / MS_PER_DAY);

/** `2023-09-28` for a day number. */
export function dayToIso(day: number): string {
  return new Date(dayToMs(day)).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), no Date objects. */
function utcDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the days it covers; null when it is not a real date. */
export function parsePartialDate(text: string): DaySpan | null {
  const match = ISO_PARTIAL.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: utcDay(year, 1, 1), end: utcDay(year, 12, 31) };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const first = utcDay(year, month, 1);
  const length = daysInMonth(year, month);
  if (match[3] === undefined) return { start: first, end: first + length - 1 };
  const day = Number(match[3]);
  if (day < 1 || day > length) return null;
  return { start: first + day - 1, end: first + day - 1 };
}

/** The day number of a full ISO date (`YYYY-MM-DD`), or null. */
export function parseIsoDay(text: string): number | null {
  if (text.length !== 10) return null;
  const span = parsePartialDate(text);
  return span === null ? null : span.start;
}

/** The days an event's date covers, given the precision it was recorded with. */
export function eventDaySpan(date: string, precision: DatePrecision): DaySpan | null {
  const span = parsePartialDate(date);
  if (span === null || span.start !== span.end) return span;
  switch (precision) {
    case 'day':
      return span;
    case 'week': {
      // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
      const monday = span.start - ((((span.start + 3) % 7) + 7) % 7);
      return { start: monday, end: monday + 6 };
    }
    case 'month':
      return parsePartialDate(date.slice(0, 7));
    case 'year':
      return parsePartialDate(date.slice(0, 4));
  }
}
