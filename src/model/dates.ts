/**
 * Dates as the dataset writes them: partial ISO dates (`2023-09-28`, `2023-09`, `2023`), the days each
 * stands for at the precision it was recorded with, and their labels. All in UTC.
 *
 * A day is a whole UTC day counted from 1970-01-01. An event dated `2023-09` (or `2023-09-14` with month
 * precision) covers 1-30 September; one with week precision covers the ISO week (Monday to Sunday) that
 * holds its date, because a mention such as "last week" names a week and the recorded date is one day in it.
 */
import { utcMonday } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { DatePrecision } from '../data/schema';

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/** The date the full-scale invasion began (UTC midnight). */
export const INVASION_DATE_MS = Date.UTC(2022, 1, 24);

/** The days a date covers, both ends included. */
export interface DaySpan {
  start: number;
  end: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const dayToMs = (day: number): number => day * DAY_MS;
export const msToDay = (ms: number): number => Math.floor(ms / DAY_MS);

/** `2023-09-28` for a day number. */
export function dayToIso(day: number): string {
  return new Date(dayToMs(day)).toISOString().slice(0, 10);
}

/** `2023-09-28` for the day an instant falls on. */
export const msToIso = (ms: number): string => dayToIso(msToDay(ms));

/** The day number of a calendar date (Date.UTC reads years below 100 as 19xx: those take the slow path). */
function calendarDay(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day) / DAY_MS;
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return msToDay(date.getTime());
}

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the days it covers; null when it is not a real date. */
export function parsePartialDate(text: string): DaySpan | null {
  const match = PARTIAL_DATE.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: calendarDay(year, 0, 1), end: calendarDay(year + 1, 0, 1) - 1 };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const first = calendarDay(year, month - 1, 1);
  const last = calendarDay(year, month, 1) - 1;
  if (match[3] === undefined) return { start: first, end: last };
  const day = first + Number(match[3]) - 1;
  return day < first || day > last ? null : { start: day, end: day };
}

/** The day number of a full ISO date (`YYYY-MM-DD`), or null. */
export function parseIsoDay(text: string): number | null {
  if (text.length !== 10) return null;
  return parsePartialDate(text)?.start ?? null;
}

function partialDateOrThrow(date: string): DaySpan {
  const span = parsePartialDate(date);
  if (span === null) throw new Error(`"${date}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return span;
}

/** UTC midnight at the start of a partial ISO date; throws an error naming the value when it is not one. */
export function parseIsoDate(date: string): number {
  return dayToMs(partialDateOrThrow(date).start);
}

/** The first and last day of a partial ISO date, as full ISO dates (`2023-09` -> 2023-09-01, 2023-09-30). */
export function isoDayRange(date: string): { from: string; to: string } | null {
  const span = parsePartialDate(date);
  return span === null ? null : { from: dayToIso(span.start), to: dayToIso(span.end) };
}

/**
 * Spans already worked out, by precision then date. A dataset holds far fewer distinct dates than events
 * (100,000 events fall on a few thousand), and each event's span is asked for by the filters' index, the
 * timeline's order and the time domain alike; a span is never changed once made, so one is shared.
 */
const daySpans = new Map<DatePrecision, Map<string, Readonly<DaySpan> | null>>();
/** More distinct dates than any dataset holds: past it the cache starts again rather than grow forever. */
const MAX_CACHED_DATES = 100_000;

/** The days an event's date covers, given the precision it was recorded with; null for an unreal date. */
export function eventDaySpan(date: string, precision: DatePrecision): Readonly<DaySpan> | null {
  let spans = daySpans.get(precision);
  if (spans === undefined) daySpans.set(precision, (spans = new Map<string, Readonly<DaySpan> | null>()));
  const known = spans.get(date);
  if (known !== undefined) return known;
  if (spans.size >= MAX_CACHED_DATES) spans.clear();
  const span = computeDaySpan(date, precision);
  spans.set(date, span === null ? null : Object.freeze(span));
  return span;
}

function computeDaySpan(date: string, precision: DatePrecision): DaySpan | null {
  const span = parsePartialDate(date);
  if (span === null || span.start !== span.end) return span;
  switch (precision) {
    case 'day':
      return span;
    case 'week': {
      const monday = msToDay(utcMonday.floor(new Date(dayToMs(span.start))).getTime());
      return { start: monday, end: monday + 6 };
    }
    case 'month':
      return parsePartialDate(date.slice(0, 7));
    case 'year':
      return parsePartialDate(date.slice(0, 4));
  }
}

/** An event's span in ms, [start, end) (see eventDaySpan); throws an error naming an unreadable date. */
export function eventTimeSpan(date: string, precision: DatePrecision): [number, number] {
  const span = eventDaySpan(date, precision) ?? partialDateOrThrow(date);
  return [dayToMs(span.start), dayToMs(span.end + 1)];
}

/** The year a figure is about: its period when it has one (a budget for 2024), else its date. */
export function figureYear(amount: { date: string; period?: string | undefined }): string {
  return (amount.period ?? amount.date).slice(0, 4);
}

const dayMonthFormat = utcFormat('%-d %b');
const monthOnlyFormat = utcFormat('%b');

/**
 * The year as written in dates: four digits from 0000 to 9999 ("0001"), the whole number beyond. d3's
 * `%Y` keeps only the last four digits (year 10242 reads "0242"), so years are not written with it.
 */
function yearText(date: Date): string {
  const year = date.getUTCFullYear();
  return year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : String(year);
}

/** The formats every date label is written with (English month names from d3-time-format, UTC). */
export const DATE_FORMATS = {
  day: (date: Date): string => `${dayMonthFormat(date)} ${yearText(date)}`,
  dayMonth: dayMonthFormat,
  dayOnly: utcFormat('%-d'),
  month: (date: Date): string => `${monthOnlyFormat(date)} ${yearText(date)}`,
  monthOnly: monthOnlyFormat,
  year: yearText,
} as const;

/** "28 Sep 2023". */
export const formatDay = (ms: number): string => DATE_FORMATS.day(new Date(ms));
/** "Sep 2023". */
export const formatMonth = (ms: number): string => DATE_FORMATS.month(new Date(ms));
/** "2023". */
export const formatYear = (ms: number): string => DATE_FORMATS.year(new Date(ms));

/** A partial ISO date at the precision it is written with: "28 Sep 2023", "Sep 2023" or "2023". */
export function formatIsoDate(date: string): string {
  const ms = parseIsoDate(date);
  if (date.length === 4) return formatYear(ms);
  if (date.length === 7) return formatMonth(ms);
  return formatDay(ms);
}

/** A partial ISO date to the month: "Apr 2023" for a day or a month, "2024" for a year. */
export function formatMonthYear(date: string): string {
  return date.length === 4 ? formatIsoDate(date) : formatIsoDate(date.slice(0, 7));
}

/**
 * A date in words in two parts: what qualifies it ("week of", or nothing) and the date, which is read as
 * one word and should not break across lines.
 */
export interface DateParts {
  qualifier: string;
  date: string;
}

/** An event's date as precisely as it is known, in parts: "week of" and "17 Apr 2023", or "Sep 2023" alone. */
export function eventDateParts(date: string, precision: DatePrecision): DateParts {
  const [start] = eventTimeSpan(date, precision);
  switch (precision) {
    case 'day':
      return { qualifier: '', date: formatDay(start) };
    case 'week':
      return { qualifier: 'week of', date: formatDay(start) };
    case 'month':
      return { qualifier: '', date: formatMonth(start) };
    case 'year':
      return { qualifier: '', date: formatYear(start) };
  }
}

/** An event's date as precisely as it is known: "28 Sep 2023", "week of 17 Apr 2023", "Sep 2023", "2023". */
export function formatEventDate(date: string, precision: DatePrecision): string {
  const parts = eventDateParts(date, precision);
  return parts.qualifier === '' ? parts.date : `${parts.qualifier} ${parts.date}`;
}

/**
 * A figure's date as precisely as it is known, in parts: its event's, at the event's precision, when the
 * figure is dated with its event ("week of 17 Apr 2023", not a day the source never gave); else its own.
 */
export function figureDateParts(
  date: string,
  event: { date: string; datePrecision: DatePrecision } | undefined,
): DateParts {
  return event?.date === date
    ? eventDateParts(date, event.datePrecision)
    : { qualifier: '', date: formatIsoDate(date) };
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

/** A span of time in words, as short as it can be said: "28 Sep 2023", "3–17 Sep 2023", "30 Sep – 2 Oct 2023". */
export function formatRange(startMs: number, endMs: number): string {
  const { day, dayMonth, dayOnly } = DATE_FORMATS;
  const start = new Date(Math.min(startMs, endMs));
  const end = new Date(Math.max(startMs, endMs));
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (msToDay(start.getTime()) === msToDay(end.getTime())) return day(start);
  if (sameMonth) return `${dayOnly(start)}–${day(end)}`;
  if (sameYear) return `${dayMonth(start)} – ${day(end)}`;
  return `${day(start)} – ${day(end)}`;
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
    return sameYear ? `${DATE_FORMATS.monthOnly(new Date(startMs))} – ${b}` : `${a} – ${b}`;
  }
  const a = formatYear(startMs);
  const b = formatYear(last);
  return a === b ? a : `${a} – ${b}`;
}

/**
 * An inclusive range of full ISO dates in few words: whole months and years by name ("Sep 2023",
 * "Sep–Nov 2023", "2022–2024"), else as a range of days; an open end says "from" or "until".
 */
export function formatDateRange(from: string | null, to: string | null): string | null {
  const a = from === null ? null : parseIsoDay(from);
  const b = to === null ? null : parseIsoDay(to);
  if (a === null && b === null) return null;
  if (b === null) return `from ${formatDay(dayToMs(a ?? 0))}`;
  if (a === null) return `until ${formatDay(dayToMs(b))}`;
  const wholeMonths =
    dayToIso(a).endsWith('-01') && parsePartialDate(dayToIso(b).slice(0, 7))?.end === b && a <= b;
  if (!wholeMonths) return formatRange(dayToMs(a), dayToMs(b));
  const start = new Date(dayToMs(a));
  const end = new Date(dayToMs(b));
  const { month, monthOnly, year } = DATE_FORMATS;
  if (start.getUTCMonth() === 0 && end.getUTCMonth() === 11) {
    return year(start) === year(end) ? year(start) : `${year(start)}–${year(end)}`;
  }
  if (month(start) === month(end)) return month(start);
  return year(start) === year(end) ? `${monthOnly(start)}–${month(end)}` : `${month(start)} – ${month(end)}`;
}
