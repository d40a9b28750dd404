/**
 * The article's dateline: the date the article speaks from. It comes from metadata passed in, or from
 * the head of the text: a marker line (`date 2023-09-29`) or a classic dateline
 * (`Kyiv, March 12 —`, `KYIV, Ukraine, Sept 29 (Reuters) -`, `Kyiv [Ukraine], September 29 :`).
 */
import { isoDay, makeDay, MONTHS, parseIsoDay, type Day } from './calendar';
import { inferYear } from './datelineYear';
import type { Dateline } from './types';

export interface DatelineHeader {
  /** The span at the head of the text that states the dateline; nothing inside it is a date or actor mention. */
  start: number;
  end: number;
  text: string;
  /** The place the dateline names first, as written ("KYIV" in "KYIV, Ukraine (AP) —"), or null. */
  place: string | null;
  /** The date as far as the header states it; month and day are null for a dateline without a date ("BRUSSELS —"). */
  year: number | null;
  month: number | null;
  day: number | null;
}

const MARKER = /^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?![\d-])/i;

const MONTH_NAMES = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;
const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?`;
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PLACE = String.raw`${WORD}(?:[ -]${WORD}){0,3}`;
// "OSLO/WARSAW", "KYIV/MOSCOW": wire copy written from several places.
const PLACES = String.raw`${PLACE}(?:[ \t]*/[ \t]*${PLACE}){0,3}`;
const REGION = String.raw`(?:[ \t]*\[[^\]\n]{1,40}\]|,[ \t]*${WORD}(?:[ ]${WORD}){0,2})`;
const MONTH_DAY = String.raw`(?<month1>${MONTH_NAMES})\.?[ \t]+(?<day1>\d{1,2})(?:st|nd|rd|th)?(?:,?[ \t]+(?<year1>\d{4}))?`;
const DAY_MONTH = String.raw`(?<day2>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?<month2>${MONTH_NAMES})\.?(?:,?[ \t]+(?<year2>\d{4}))?`;
// "(Reuters)", "(AP)", "/PRNewswire/".
const AGENCY = String.raw`(?:\([^)\n]{1,40}\)|/[^/\n]{1,40}/)`;
// A place, optionally with a region (`, Ukraine` or ` [Ukraine]`), then the date and a separator; an
// agency may stand before the separator.
const CLASSIC = new RegExp(
  String.raw`^[ \t]*${PLACES}${REGION}?,[ \t]+(?:${WEEKDAY},?[ \t]+)?(?:${MONTH_DAY}|${DAY_MONTH})[ \t]*(?:${AGENCY}[ \t]*)?(?:—|–|-{1,2}|:)`,
  'u',
);
// A dateline without a date: a place in capitals ("BRUSSELS —", "WASHINGTON (AP) —", "KYIV, Ukraine (AP) —",
// "KYIV: Ukrainian lawmakers ...").
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,3}`;
const DATELESS = new RegExp(
  String.raw`^[ \t]*${CAPS_PLACE}(?:[ \t]*/[ \t]*${CAPS_PLACE}){0,3}${REGION}?[ \t]*(?:${AGENCY}[ \t]*)?(?:—|–|--?|:)(?=[ \t])`,
  'u',
);
// The first place of a dateline: what stands before its region, its next place, its agency or its date.
const FIRST_PLACE = /^[ \t]*(.+?)(?=[ \t]*(?:[,/([:—–]|-{1,2}[ \t]|$))/u;
// A line that holds only a date, as pages print it over an article: "March 12, 2024", "Published 12 March 2024 10:30".
const DATE_LINE = new RegExp(
  String.raw`^[ \t]*(?:(?:Published|Updated|Posted|Last\s+updated)(?:[ \t]+on)?:?[ \t]*)?(?:${WEEKDAY},?[ \t]+)?(?:${MONTH_DAY}|${DAY_MONTH}|(?<iso>\d{4}-\d{2}-\d{2}))(?:[ \t]*(?:,|at|\||·|-)?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[aApP]\.?[mM]\.?)?(?:[ \t]+[A-Z]{2,5})?)?\s*$`,
  'u',
);
// Lines above the dateline that are not the article yet: a headline, a standfirst, a byline.
const MAX_LINES_BEFORE = 4;
const MAX_TITLE_LENGTH = 160;

function monthNumber(name: string): number {
  const index = MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.slice(0, 3).toLowerCase()));
  return index + 1;
}

interface Piece {
  start: number;
  end: number;
  place: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
}

/** The marker line's date (`date 2023-09-29`) and where the marker ends, or null. */
function markerAt(text: string): Piece | null {
  const marker = MARKER.exec(text);
  const day = marker?.[1] ? parseIsoDay(marker[1]) : null;
  if (!marker || !day) return null;
  return { ...day, start: marker[0].search(/\S/), end: marker[0].length, place: null };
}

function dateOf(groups: Record<string, string | undefined>): Pick<Piece, 'year' | 'month' | 'day'> | null {
  if (groups.iso !== undefined) {
    const day = parseIsoDay(groups.iso);
    return day ? { ...day } : null;
  }
  const monthName = groups.month1 ?? groups.month2;
  const dayText = groups.day1 ?? groups.day2;
  if (monthName === undefined || dayText === undefined) return null;
  const yearText = groups.year1 ?? groups.year2;
  const month = monthNumber(monthName);
  const day = Number(dayText);
  if (month < 1 || day < 1 || day > 31) return null;
  return { year: yearText === undefined ? null : Number(yearText), month, day };
}

/** A dateline (dated or not) or a date line starting at `from`, or null. */
function pieceAt(text: string, from: number, lineEnd: number): Piece | null {
  const rest = text.slice(from, lineEnd);
  const startOf = (match: RegExpExecArray) => from + match[0].search(/\S/);
  const placeOf = (match: RegExpExecArray) => FIRST_PLACE.exec(match[0])?.[1] ?? null;
  const classic = CLASSIC.exec(rest);
  const classicDate = classic ? dateOf(classic.groups ?? {}) : null;
  if (classic && classicDate)
    return {
      ...classicDate,
      start: startOf(classic),
      end: from + classic[0].length,
      place: placeOf(classic),
    };
  const dateless = DATELESS.exec(rest);
  if (dateless)
    return {
      year: null,
      month: null,
      day: null,
      start: startOf(dateless),
      end: from + dateless[0].length,
      place: placeOf(dateless),
    };
  const line = DATE_LINE.exec(rest);
  const lineDate = line ? dateOf(line.groups ?? {}) : null;
  if (line && lineDate && lineDate.year !== null)
    return { ...lineDate, start: startOf(line), end: from + line[0].trimEnd().length, place: null };
  return null;
}

/** The dateline written at the head of the text, if any: a marker, a dateline, a date line, or several. */
export function findDatelineHeader(text: string): DatelineHeader | null {
  const pieces: Piece[] = [];
  const marker = markerAt(text);
  let at = 0;
  if (marker) {
    pieces.push(marker);
    at = marker.end;
  }
  for (let line = 0; line < MAX_LINES_BEFORE && at < text.length;) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    if (text.slice(at, lineEnd).trim() !== '') {
      const piece = pieceAt(text, at, lineEnd);
      if (piece) pieces.push(piece);
      const restOfLine = text.slice(piece?.end ?? at, lineEnd).trim();
      // The article has begun: a line carries text after the dateline, or reads as a sentence rather
      // than a headline or a byline (too long, or ending with a full stop).
      const sentence = restOfLine.length > MAX_TITLE_LENGTH || /[.!?]["”’)]*$/u.test(restOfLine);
      if (restOfLine !== '' && (piece || sentence || pieces.length > 0)) break;
      line++;
    }
    if (newline < 0) break;
    at = newline + 1;
  }
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return null;
  const dated =
    pieces.find((p) => p.year !== null && p.month !== null && p.day !== null) ??
    pieces.find((p) => p.month !== null && p.day !== null);
  return {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    place: pieces.find((p) => p.place !== null)?.place ?? null,
    year: dated?.year ?? null,
    month: dated?.month ?? null,
    day: dated?.day ?? null,
  };
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
  if (header?.month == null || header.day === null) return fromMetadata;

  let year = header.year;
  let note: string | undefined;
  let guessed = false;
  if (year === null) {
    const fromMeta = fromMetadata ? Number(fromMetadata.date.slice(0, 4)) : null;
    const guess = fromMeta === null ? inferYear(text, header) : null;
    year = fromMeta ?? guess?.year ?? null;
    if (year === null) return fromMetadata;
    note = guess ? `year ${year} ${guess.why}` : `year ${year} from the metadata`;
    guessed = guess !== null;
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
    ...(guessed && { inferred: true }),
  };
}

/**
 * A dateline for an article that has none, in the text or in metadata: the year its text points to
 * (datelineYear.ts), at year precision, marked inferred with the reasoning in `note`. Null when the
 * text writes no year.
 */
export function inferDateline(text: string): Dateline | null {
  const guess = inferYear(text, findDatelineHeader(text));
  if (!guess) return null;
  return {
    date: String(guess.year),
    source: 'inferred',
    text: null,
    start: null,
    end: null,
    precision: 'year',
    inferred: true,
    note: `year ${guess.year} ${guess.why}`,
  };
}
