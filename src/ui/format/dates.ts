import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { DatePrecision } from '../../data/schema';

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/** The date the full-scale invasion began (UTC midnight). */
export const INVASION_DATE_MS = Date.UTC(2022, 1, 24);

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * UTC midnight at the start of an ISO calendar date (`2023-09-28`, `2023-09` or `2023`).
 * Throws an error naming the value when it is not such a date.
 */
export function parseIsoDate(date: string): number {
  const match = PARTIAL_DATE.exec(date);
  if (match === null) throw new Error(`"${date}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [, year, month, day] = match;
  return Date.UTC(
    Number(year),
    month === undefined ? 0 : Number(month) - 1,
    day === undefined ? 1 : Number(day),
  );
}

/**
 * The span of time a date stands for at its precision, as [start, end) in ms (UTC): the day, the ISO
 * week (Monday to Sunday) that holds it, its month or its year.
 */
export function dateSpan(date: string, precision: DatePrecision): [number, number] {
  const ms = parseIsoDate(date);
  // UTC days are all 24 hours long: the common case needs no calendar arithmetic.
  if (precision === 'day') return [ms, ms + DAY_MS];
  const at = new Date(ms);
  switch (precision) {
    case 'week': {
      const monday = utcMonday.floor(at);
      return [monday.getTime(), utcDay.offset(monday, 7).getTime()];
    }
    case 'month': {
      const month = utcMonth.floor(at);
      return [month.getTime(), utcMonth.offset(month, 1).getTime()];
    }
    case 'year': {
      const year = utcYear.floor(at);
      return [year.getTime(), utcYear.offset(year, 1).getTime()];
    }
  }
}

const dayFormat = utcFormat('%-d %b %Y');
const dayMonthFormat = utcFormat('%-d %b');
const dayOnlyFormat = utcFormat('%-d');
const monthFormat = utcFormat('%b %Y');
const monthOnlyFormat = utcFormat('%b');
const yearFormat = utcFormat('%Y');
const weekdayFormat = utcFormat('%A');

/** "28 Sep 2023". */
export function formatDay(ms: number): string {
  return dayFormat(new Date(ms));
}

/** "Sep 2023". */
export function formatMonth(ms: number): string {
  return monthFormat(new Date(ms));
}

/** "2023". */
export function formatYear(ms: number): string {
  return yearFormat(new Date(ms));
}

/** "Thursday". */
export function formatWeekday(ms: number): string {
  return weekdayFormat(new Date(ms));
}

/** An ISO date at the precision it is written with: "28 Sep 2023", "Sep 2023" or "2023". */
export function formatIsoDate(date: string): string {
  const ms = parseIsoDate(date);
  if (date.length === 4) return formatYear(ms);
  if (date.length === 7) return formatMonth(ms);
  return formatDay(ms);
}

/** An event's date as precise as it is known: "28 Sep 2023", "week of 17 Apr 2023", "Sep 2023", "2023". */
export function formatEventDate(date: string, precision: DatePrecision): string {
  const [start] = dateSpan(date, precision);
  switch (precision) {
    case 'day':
      return formatDay(start);
    case 'week':
      return `week of ${formatDay(start)}`;
    case 'month':
      return formatMonth(start);
    case 'year':
      return formatYear(start);
  }
}

const PRECISION_PHRASES: Record<DatePrecision, string> = {
  day: 'exact day',
  week: 'known to the week',
  month: 'known to the month',
  year: 'known to the year',
};

/** How precisely a date is known, as a phrase: "exact day", "known to the week". */
export function describePrecision(precision: DatePrecision): string {
  return PRECISION_PHRASES[precision];
}

/**
 * How a date is known, with its note: "inferred: 'Thursday' in an article dated 2023-09-29", or
 * "stated in the source" when there is no note.
 */
export function describeDateBasis(basis: 'stated' | 'inferred', note?: string): string {
  const text = note?.trim() ?? '';
  if (text === '') return basis === 'stated' ? 'stated in the source' : 'inferred from the source';
  return `${basis}: ${text}`;
}

/** A span of time in words, as short as it can be said: "28 Sep 2023", "3–17 Sep 2023", "Sep 2023 – Jan 2024". */
export function formatRange(startMs: number, endMs: number): string {
  const start = new Date(Math.min(startMs, endMs));
  const end = new Date(Math.max(startMs, endMs));
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (utcDay.floor(start).getTime() === utcDay.floor(end).getTime()) return dayFormat(start);
  if (sameMonth) return `${dayOnlyFormat(start)}–${dayFormat(end)}`;
  if (sameYear) return `${dayMonthFormat(start)} – ${dayFormat(end)}`;
  return `${dayFormat(start)} – ${dayFormat(end)}`;
}

/** A visible window in words, at a grain that suits its length: days, months or years. */
export function formatWindow(startMs: number, endMs: number): string {
  const span = endMs - startMs;
  // The end of a window is exclusive: show the last instant inside it.
  const last = Math.max(startMs, endMs - 1);
  if (span <= 62 * DAY_MS) return formatRange(startMs, last);
  if (span <= 3 * 365 * DAY_MS) {
    const a = formatMonth(startMs);
    const b = formatMonth(last);
    if (a === b) return a;
    const sameYear = new Date(startMs).getUTCFullYear() === new Date(last).getUTCFullYear();
    return sameYear ? `${monthOnlyFormat(new Date(startMs))} – ${b}` : `${a} – ${b}`;
  }
  const a = formatYear(startMs);
  const b = formatYear(last);
  return a === b ? a : `${a} – ${b}`;
}
