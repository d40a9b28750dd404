/**
 * Calendar dates written out in the text (`September 29`, `Sept 30`, `Dec. 1`, `Feb. 24, 2022`,
 * `2023-09-29`, `April 20, 2023`, `February 2022`, `late March`), found with chrono-node. Only what
 * the text states is kept from chrono's result: weekdays, relative expressions and times are read by
 * relativeDates.ts, and a missing year is resolved against the dateline in dates.ts.
 */
// The English entry point alone: it loads in half the time of the full package.
import * as chrono from 'chrono-node/en';
import { MONTHS } from './calendar';

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
}

// A fixed reference: chrono needs one, but nothing it implies from it is used.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
// chrono also reports relative expressions ("now", "last week") with a certain month; a written date
// has digits or a month name.
const WRITTEN = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
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

function known(component: chrono.ParsedResult['start'], unit: 'year' | 'month' | 'day'): number | null {
  return component.isCertain(unit) ? (component.get(unit) ?? null) : null;
}

export function findExplicitDates(text: string): ExplicitDate[] {
  const found: ExplicitDate[] = [];
  for (const result of chrono.parse(text, REFERENCE, { forwardDate: false })) {
    let month = known(result.start, 'month');
    if (month === null || !WRITTEN.test(result.text)) continue;
    const year = known(result.start, 'year');
    let day = known(result.start, 'day');
    const slash = /^\d{1,2}\/\d{1,2}/.test(result.text);
    if (slash && year === null) continue; // 24/7, 3/4: fractions and slogans, not dates

    let start = result.index;
    let raw = result.text;
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
      if (!name || raw !== name) continue;
      const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
      if (qualifier) {
        start -= qualifier[0].length;
        raw = text.slice(start, start + qualifier[0].length + raw.length);
      }
    }
    const end = result.end;
    found.push({
      start,
      end: start + raw.length,
      text: raw,
      year,
      month,
      day,
      through: end
        ? { year: known(end, 'year'), month: known(end, 'month') ?? month, day: known(end, 'day') }
        : null,
      slash,
    });
  }
  return found;
}
