/** Calendar arithmetic on ISO dates, in UTC so that no local time zone shifts a day. */

export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

const englishName = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const weekdayName = englishName({ weekday: 'long' });
const monthName = englishName({ month: 'long' });

/** English weekday names, Sunday first (the index `Date.getUTCDay` returns); articles are read in English. */
export const WEEKDAYS: readonly string[] = Array.from({ length: 7 }, (_, i) =>
  // 2023-01-01 was a Sunday.
  weekdayName.format(Date.UTC(2023, 0, 1 + i)),
);

/** English month names, January first. */
export const MONTHS: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  monthName.format(Date.UTC(2023, i, 1)),
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDay({ year, month, day }: Day): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

function toTime({ year, month, day }: Day): number {
  return Date.UTC(year, month - 1, day);
}

function fromTime(time: number): Day {
  const d = new Date(time);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A real calendar day (no 31 April), or null. */
export function makeDay(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const back = fromTime(Date.UTC(year, month - 1, day));
  return back.year === year && back.month === month && back.day === day ? back : null;
}

/** Parses `YYYY-MM-DD` into a real calendar day, or null. */
export function parseIsoDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return makeDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function addDays(day: Day, days: number): Day {
  return fromTime(toTime(day) + days * 86_400_000);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(toTime(day)).getUTCDay();
}

/** The Monday of the ISO week that holds `day`. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

export function compareDays(a: Day, b: Day): number {
  return toTime(a) - toTime(b);
}

export function daysBetween(a: Day, b: Day): number {
  return Math.round((toTime(b) - toTime(a)) / 86_400_000);
}
