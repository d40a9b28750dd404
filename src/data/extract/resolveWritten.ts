/**
 * Dates written out in the text ("September 29", "Feb. 24, 2022", "late March"), resolved: a date
 * written without a year takes the dateline's year, or the year before or after as the tense of its
 * clause requires (tense.ts reads it from the nearest verb cue); a year word written with it decides
 * instead ("this July", "July last year", "next April").
 */
import { daysBetween, isoDay, isoMonth, makeDay } from './calendar';
import type { Context, Reference, Resolution } from './dateContext';
import { q } from './dateContext';
import type { ExplicitDate } from './explicitDates';
import { tenseAt } from './tense';

/**
 * A year for a date written without one: of the dateline's year and the years either side, the latest
 * that is at most a month after the dateline (two months for a month alone) when the clause gives no
 * tense, not after it in a past-tense clause, and in a future-tense clause the earliest on or after it.
 */
function yearFor(
  ctx: Context,
  month: number,
  day: number | null,
  at: number,
  end: number,
): { year: number; why: string } {
  const ref = ctx.ref;
  if (!ref) throw new Error('yearFor needs a reference');
  let year = ref.year;
  if (ref.month !== null) {
    const tense = tenseAt(ctx.text, ctx.sentences, at, end);
    const future = tense === 'future';
    const offset = (y: number): number | null => {
      if (day !== null && ref.day) {
        const candidate = makeDay(y, month, day);
        return candidate ? daysBetween(ref.day, candidate) : null;
      }
      return ((y - ref.year) * 12 + month - (ref.month ?? month)) * 30;
    };
    // A past verb rules out a date after the dateline; with no tense written, allow a month or two.
    const slack = tense === 'past' ? 0 : day !== null && ref.day ? 31 : 61;
    const years = [ref.year - 1, ref.year, ref.year + 1].filter((y) => offset(y) !== null);
    const fits = (y: number) => {
      const o = offset(y) ?? 0;
      return future ? o >= 0 : o <= slack;
    };
    const candidates = years.filter(fits);
    const chosen = future ? candidates[0] : candidates.at(-1);
    if (chosen !== undefined) year = chosen;
  }
  const why =
    year === ref.year
      ? `the year of the dateline ${ref.iso}`
      : `the year ${year < ref.year ? 'before' : 'after'} the dateline ${ref.iso}`;
  return { year, why };
}

/**
 * The year a year word gives a date written without one. "July this year" and "this July" are in the
 * dateline's year whatever the tense; "July last year" the year before and "July next year" the year
 * after; "last July" is the latest July before the dateline's month (and day), "next July" the first
 * one after it.
 */
function yearOfWord(ref: Reference, e: ExplicitDate): { year: number; why: string } {
  const word = e.yearWord?.word ?? 'this';
  const place = e.yearWord?.place ?? 'after';
  const at = `the dateline ${ref.iso}`;
  if (word === 'this') return { year: ref.year, why: `the year of ${at} ('this')` };
  const offset = word === 'last' ? -1 : 1;
  if (place === 'after')
    return { year: ref.year + offset, why: `the year ${word === 'last' ? 'before' : 'after'} ${at}` };
  // Compare month (and day when both are known) with the dateline's.
  const refMonth = ref.month ?? (word === 'last' ? 13 : 0);
  const cmp = e.month - refMonth || (e.day !== null && ref.day ? e.day - ref.day.day : 0);
  const year = word === 'last' ? (cmp < 0 ? ref.year : ref.year - 1) : cmp > 0 ? ref.year : ref.year + 1;
  return { year, why: `the ${word === 'last' ? 'latest such date before' : 'first such date after'} ${at}` };
}

export function resolveExplicit(ctx: Context, e: ExplicitDate): Resolution {
  const through =
    e.through && (e.through.day !== e.day || e.through.month !== e.month)
      ? `; a range through ${e.through.month}/${e.through.day ?? ''}`
      : '';
  const slash = e.slash ? '; read as month/day' : '';
  if (e.year !== null) {
    if (e.day === null)
      return {
        ok: true,
        date: isoMonth(e.year, e.month),
        precision: 'month',
        basis: 'stated',
        note: `${q(e.text)} as written${through}`,
      };
    const day = makeDay(e.year, e.month, e.day);
    if (!day) return { ok: false, reason: 'not a calendar date' };
    return {
      ok: true,
      date: isoDay(day),
      precision: 'day',
      basis: 'stated',
      note: `${q(e.text)} as written${through}${slash}`,
    };
  }
  if (!ctx.ref) return { ok: false, reason: 'no year written and no dateline to take one from' };
  const { year, why } = e.yearWord ? yearOfWord(ctx.ref, e) : yearFor(ctx, e.month, e.day, e.start, e.end);
  if (e.day === null)
    return {
      ok: true,
      date: isoMonth(year, e.month),
      precision: 'month',
      basis: 'stated',
      note: `${q(e.text)} in ${why}`,
    };
  const day = makeDay(year, e.month, e.day);
  if (!day) return { ok: false, reason: `not a calendar date in ${year}` };
  return {
    ok: true,
    date: isoDay(day),
    precision: 'day',
    basis: 'stated',
    note: `${q(e.text)} in ${why}${through}`,
  };
}
