/**
 * The article's dateline: the date the article speaks from. It comes from metadata passed in, or from
 * the head of the text: a marker line (`date 2023-09-29`) or a classic dateline
 * (`Kyiv, March 12 —`, `KYIV, Ukraine, Sept 29 (Reuters) -`, `Kyiv [Ukraine], September 29 :`).
 */
import { isoDay, makeDay, MONTHS, parseIsoDay, type Day } from './calendar';
import type { Dateline } from './types';

export interface DatelineHeader {
  /** The span at the head of the text that states the dateline; nothing inside it is a date mention. */
  start: number;
  end: number;
  text: string;
  /** The date as far as the header states it. */
  year: number | null;
  month: number;
  day: number;
}

const MARKER = /^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?![\d-])/i;

const MONTH_NAMES = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;
// A place in capitals, optionally with a region (`, Ukraine` or ` [Ukraine]`), then the date and a
// separator; an agency in parentheses may stand before the separator.
const CLASSIC = new RegExp(
  String.raw`^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}(?:[ \t]*\[[^\]\n]{1,40}\]|,[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,2})?),[ \t]+(${MONTH_NAMES})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?(?:,?[ \t]+(\d{4}))?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:—|–|-{1,2}|:)`,
  'u',
);

function monthNumber(name: string): number {
  const index = MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.slice(0, 3).toLowerCase()));
  return index + 1;
}

/** The marker line's date (`date 2023-09-29`) and where the marker ends, or null. */
function markerAt(text: string): { day: Day; start: number; end: number } | null {
  const marker = MARKER.exec(text);
  const day = marker?.[1] ? parseIsoDay(marker[1]) : null;
  if (!marker || !day) return null;
  return { day, start: marker[0].search(/\S/), end: marker[0].length };
}

/** A classic dateline (`Kyiv, March 12 —`) starting at `from`, or null. */
function classicAt(
  text: string,
  from: number,
): { month: number; day: number; year: number | null; start: number; end: number } | null {
  const classic = CLASSIC.exec(text.slice(from));
  if (!classic?.[2] || !classic[3]) return null;
  const month = monthNumber(classic[2]);
  const day = Number(classic[3]);
  if (month < 1 || day < 1 || day > 31) return null;
  const year = classic[4] ? Number(classic[4]) : null;
  return { month, day, year, start: from + classic[0].search(/\S/), end: from + classic[0].length };
}

/** The dateline written at the head of the text, if any (marker, classic dateline, or both). */
export function findDatelineHeader(text: string): DatelineHeader | null {
  const marker = markerAt(text);
  const classic = classicAt(text, marker?.end ?? 0);
  if (marker) {
    const end = classic?.end ?? marker.end;
    const { year, month, day } = marker.day;
    return { start: marker.start, end, text: text.slice(marker.start, end), year, month, day };
  }
  if (!classic) return null;
  return { ...classic, text: text.slice(classic.start, classic.end) };
}

/** The latest four-digit year the text mentions (for a dateline that gives no year). */
function latestYear(text: string): number | null {
  let latest: number | null = null;
  for (const match of text.matchAll(/(?<![\p{N}$€£.,])((?:19|20)\d{2})(?![\p{N}])/gu)) {
    const year = Number(match[1]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

const PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;

function metadataDateline(metadataDate: string): Dateline {
  const day = parseIsoDay(metadataDate);
  if (day) return { date: isoDay(day), source: 'metadata', text: null, start: null, end: null };
  const partial = PARTIAL.exec(metadataDate);
  const month = partial?.[2] ? Number(partial[2]) : null;
  if (partial && (month === null || (month >= 1 && month <= 12)))
    return {
      date: metadataDate,
      source: 'metadata',
      text: null,
      start: null,
      end: null,
      precision: month === null ? 'year' : 'month',
    };
  throw new RangeError(`invalid metadata date "${metadataDate}": expected YYYY-MM-DD, YYYY-MM or YYYY`);
}

/**
 * The article's dateline. A full date from metadata wins over the text (the caller knows the
 * article); a month or year from metadata gives way to a day written in the text that agrees with it.
 */
export function findDateline(text: string, metadataDate?: string | null): Dateline | null {
  const fromMetadata = metadataDate ? metadataDateline(metadataDate) : null;
  if (fromMetadata && fromMetadata.precision === undefined) return fromMetadata;
  const header = findDatelineHeader(text);
  if (!header) return fromMetadata;

  let year = header.year;
  let note: string | undefined;
  if (year === null) {
    const fromMeta = fromMetadata ? Number(fromMetadata.date.slice(0, 4)) : null;
    year = fromMeta ?? latestYear(text);
    if (year === null) return fromMetadata;
    note =
      fromMeta !== null
        ? `year ${year} from the metadata`
        : `year ${year}: the latest year the text mentions`;
  }
  const day: Day | null = makeDay(year, header.month, header.day);
  if (!day) return fromMetadata;
  if (fromMetadata && !isoDay(day).startsWith(fromMetadata.date)) return fromMetadata;
  return {
    date: isoDay(day),
    source: 'text',
    text: header.text,
    start: header.start,
    end: header.end,
    ...(note !== undefined && { note }),
  };
}
