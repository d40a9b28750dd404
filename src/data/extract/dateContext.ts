/**
 * What resolving a date mention needs: the dateline as a reference, the text's sentences and
 * quotations, and the day the story is about so far; and the shape of a resolution.
 */
import { parseIsoDay, type Day } from './calendar';
import type { Span } from './sentences';
import { tenseAt } from './tense';
import type { DateMention, Dateline } from './types';

/** What is known of the dateline: always a year, a month and a day when given. */
export interface Reference {
  /** The dateline as notes name it: its ISO date, and "(year inferred)" when the year is not written. */
  iso: string;
  year: number;
  month: number | null;
  day: Day | null;
}

export function referenceOf(dateline: Dateline | null): Reference | null {
  if (!dateline) return null;
  const iso = dateline.inferred ? `${dateline.date} (year inferred)` : dateline.date;
  const day = parseIsoDay(dateline.date);
  if (day) return { iso, year: day.year, month: day.month, day };
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(dateline.date);
  if (!partial) return null;
  return {
    iso,
    year: Number(partial[1]),
    month: partial[2] ? Number(partial[2]) : null,
    day: null,
  };
}

/** Whether the clause of a mention speaks of the future ("will meet on Monday"). */
export function isFuture(text: string, sentences: readonly Span[], at: number, end = at): boolean {
  return tenseAt(text, sentences, at, end) === 'future';
}

export interface Context {
  text: string;
  sentences: Span[];
  quoted: Span[];
  ref: Reference | null;
  /** The day the story is about so far: the last day-precision date before the current mention. */
  story: { day: Day; text: string } | null;
}

export type Resolution =
  | {
      ok: true;
      date: string;
      precision: DateMention['precision'];
      basis: DateMention['basis'];
      note: string;
      attributive?: true;
    }
  | { ok: false; reason: string }
  | null;

export const q = (s: string) => `'${s}'`;

export function needsDay(ref: Reference | null): string {
  return ref ? `the dateline ${ref.iso} gives no day` : 'no dateline: the article date is needed';
}
