/**
 * Calendar dates written out in the text (`September 29`, `Sept 30`, `Dec. 1`, `Feb. 24, 2022`,
 * `2023-09-29`, `April 20, 2023`, `February 2022`, `late March`), found with chrono-node. Only what
 * the text states is kept from chrono's result: weekdays, relative expressions and times are read by
 * relativeDates.ts, and a missing year is resolved against the dateline in dates.ts.
 *
 * chrono needs a reference date. Nothing it derives from one may reach a result, so every text is
 * parsed against two references far apart, and a component is kept only when both parses agree on
 * it: "in 12 days", "30 minutes later" or "the last 3 months" change with the reference and are
 * dropped, whatever chrono calls them. Amounts of money are blanked out before parsing, so that
 * "$12 December 27" is December 27 and not 12 December 2027.
 */
// The English entry point alone: it loads in half the time of the full package.
import * as chrono from 'chrono-node/en';
import { MONTHS } from './calendar';
import { currencyOf, endOf, readingsOf, startOf } from './moneyReadings';
import { sentenceSpans } from './sentences';

export interface ExplicitDate {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number;
  day: number | null;
  /** The last day of a written range (`March 3-5, 2023`), as far as it is stated. */
  through: { year: number | null; month: number; day: number | null } | null;
  /** Read as month/day from a slash date (`9/29/2023`). */
  slash: boolean;
  /**
   * A word that places a date written without a year: before it ("this July", "last March", "next
   * June") or after it ("July this year", "March of last year"). Part of the mention's text.
   */
  yearWord: { word: 'this' | 'last' | 'next'; place: 'before' | 'after' } | null;
}

const YEAR_WORD_BEFORE = /(?<![\p{L}])(this|last|next)(?:\s+(?:coming|past))?\s+$/iu;
const YEAR_WORD_AFTER = /^,?\s+(?:of\s+)?(this|last|next)\s+year(?![\p{L}])/iu;

/** The date widened to a year word written with it, when it has no year of its own. */
function withYearWord(text: string, date: ExplicitDate): ExplicitDate {
  if (date.year !== null) return date;
  const after = YEAR_WORD_AFTER.exec(text.slice(date.end, date.end + 24));
  const before = after ? null : YEAR_WORD_BEFORE.exec(text.slice(Math.max(0, date.start - 20), date.start));
  const word = (after?.[1] ?? before?.[1])?.toLowerCase() as 'this' | 'last' | 'next' | undefined;
  if (word === undefined) return date;
  const start = before ? date.start - before[0].length : date.start;
  const end = after ? date.end + after[0].length : date.end;
  return {
    ...date,
    start,
    end,
    text: text.slice(start, end),
    yearWord: { word, place: after ? 'after' : 'before' },
  };
}

// Two references in different years, months, weekdays and days of the month: a component that comes
// from the text is the same against both.
const REFERENCES = [new Date(Date.UTC(2000, 0, 1, 12)), new Date(Date.UTC(1987, 6, 16, 12))] as const;
// A written date has a month name or a numeric date form; "in 12 days" has digits and is neither.
const WRITTEN =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\/\d{1,2}/i;
const LEADING_WORDS = /^(?:(?:on|in|at|by|since|from|until|till|of|the)\s+)+/i;
const QUALIFIER_BEFORE =
  /(?:\b(?:early|late|mid|the end of|the beginning of|the start of|the middle of)[\s-]|\bmid-)$/i;

// A time of day written with a date ("April 25 at 10:30 a.m.", "14:00 GMT on 2 January") is not part of it.
const TIME = String.raw`(?:\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?|\d{1,2}\s*[aApP]\.?[mM]\.?|noon|midnight)(?:\s+(?:[A-Z]{2,5}|local\s+time|\p{Lu}\p{L}+\s+time))?`;
const LEADING_TIME = new RegExp(String.raw`^(?:at\s+)?${TIME}(?:\s*,\s*|\s+)(?:on\s+|of\s+)?`, 'u');
const TRAILING_TIME = new RegExp(
  String.raw`\s*,?\s*(?:(?:at|from|by|until)\s+)?${TIME}\.?$|\s+(?:morning|afternoon|evening|night)$`,
  'u',
);
// Dates written with dots are European: day.month.year.
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

type Component = chrono.ParsedResult['start'];

function known(component: Component, unit: 'year' | 'month' | 'day'): number | null {
  return component.isCertain(unit) ? (component.get(unit) ?? null) : null;
}

/** A component as the text states it: certain and the same against the other reference, else null. */
function stated(
  component: Component,
  other: Component | null | undefined,
  unit: 'year' | 'month' | 'day',
): number | null {
  const value = known(component, unit);
  return value !== null && other && known(other, unit) === value ? value : null;
}

/**
 * The text with amounts of money blanked out (by underscores, which end a date as a word does, where
 * spaces would let chrono run on), so that offsets stay the same: the digits of "$12", "€5 billion" or
 * "3000 dollars" are never a day or a year.
 */
function withoutMoney(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const r of readingsOf(text, sentenceSpans(text))) {
    if (!currencyOf(r) || startOf(r) < at) continue;
    parts.push(text.slice(at, startOf(r)), '_'.repeat(endOf(r) - startOf(r)));
    at = endOf(r);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

// A number after a month name that chrono took for a year is a count or a day when it has two digits
// ("12 December 27 people", "January 32"), lies outside the years news writes about ("1 January 7000
// troops"), or stands on the next line.
const TRAILING_NUMBER = /^(.*[\p{L}\p{N}.])([\s,]*\s[\s,]*|\s*,\s*)(\d+)$/su;
const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

function isCountAfterDate(written: string): boolean {
  return written.length <= 2 || Number(written) < FIRST_YEAR || Number(written) > LAST_YEAR;
}

export function findExplicitDates(text: string): ExplicitDate[] {
  const found: ExplicitDate[] = [];
  const masked = withoutMoney(text);
  const [first, second] = REFERENCES.map((ref) => chrono.parse(masked, ref, { forwardDate: false }));
  for (const result of first ?? []) {
    const other = second?.find((r) => r.index === result.index && r.text === result.text);
    if (!other || [...result.tags()].some((tag) => tag.startsWith('result/relative'))) continue;
    // A result that runs into a blanked-out amount is not a date as written.
    const parsed = result.text.trimEnd();
    if (text.slice(result.index, result.index + parsed.length) !== parsed) continue;
    let month = stated(result.start, other.start, 'month');
    if (month === null || !WRITTEN.test(parsed)) continue;
    let year = stated(result.start, other.start, 'year');
    let day = stated(result.start, other.start, 'day');
    const slash = /^\d{1,2}\/\d{1,2}/.test(parsed);
    if (slash && year === null) continue; // 24/7, 3/4: fractions and slogans, not dates

    let start = result.index;
    let raw = parsed;
    const lead = LEADING_WORDS.exec(raw);
    if (lead) {
      start += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
    const time = LEADING_TIME.exec(raw);
    if (time && time[0].length < raw.length) {
      start += time[0].length;
      raw = raw.slice(time[0].length);
    }
    raw = raw.replace(TRAILING_TIME, '').replace(/[\s,;:]+$/u, '');
    const trailing = slash ? null : TRAILING_NUMBER.exec(raw);
    const afterBreak = trailing?.[2]?.includes('\n') === true; // a line break ends the date
    if (
      trailing?.[1] &&
      trailing[3] !== undefined &&
      year !== null &&
      (afterBreak || isCountAfterDate(trailing[3]))
    ) {
      raw = trailing[1];
      year = null;
    }
    if (year !== null && (year < FIRST_YEAR || year > LAST_YEAR)) continue;
    if (!WRITTEN.test(raw)) continue;
    const dotted = DOTTED.exec(raw);
    if (dotted) {
      day = Number(dotted[1]);
      month = Number(dotted[2]);
      if (month > 12) continue;
    }
    if (day === null && year === null) {
      // A month alone must be written in full with a capital: "May", not "may" or "Mar".
      const name = MONTHS[month - 1];
      // "October of next year": chrono's year there came from its reference; the month is what is stated.
      if (name && raw.startsWith(name) && /^[\s,]/u.test(raw.slice(name.length))) raw = name;
      if (!name || raw !== name) continue;
      const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
      if (qualifier) {
        start -= qualifier[0].length;
        raw = text.slice(start, start + qualifier[0].length + raw.length);
      }
    }
    const end = result.end;
    const date: ExplicitDate = {
      start,
      end: start + raw.length,
      text: raw,
      year,
      month,
      day,
      through: end
        ? {
            year: stated(end, other.end, 'year'),
            month: stated(end, other.end, 'month') ?? month,
            day: stated(end, other.end, 'day'),
          }
        : null,
      slash,
      yearWord: null,
    };
    found.push(withYearWord(text, date));
  }
  return found;
}
