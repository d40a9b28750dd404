/**
 * Date mentions resolved against the article's dateline.
 *
 * Weekdays: news is written in the past tense, so a bare weekday is the most recent such day on or
 * before the dateline, and the dateline day itself when the weekday is the dateline's own ("said on
 * Thursday" in an article dated Thursday is that day; wire copy is written the same day). Future
 * tense in the clause ("will meet on Monday") turns it to the first such day on or after the
 * dateline. "last Thursday" is strictly before the dateline, "next Thursday" strictly after, "this
 * Thursday" the one in the dateline's week (weeks start on Monday).
 *
 * Periods: "last week" is the week before the dateline's (its Monday, week precision), "next year"
 * the year after (year precision). "earlier in the day", "a few days earlier" count from the day the
 * story is about: the last day mentioned before them within two weeks of the dateline, or else the
 * dateline day. A date written without a year takes the dateline's year, or the year before or after
 * as the tense of its clause requires (tense.ts reads it from the nearest verb cue).
 */
import {
  addDays,
  daysBetween,
  isoDay,
  isoMonth,
  makeDay,
  mondayOf,
  parseIsoDay,
  WEEKDAYS,
  weekdayOf,
  type Day,
} from './calendar';
import { findDatelineHeader } from './dateline';
import { findExplicitDates, type ExplicitDate } from './explicitDates';
import { findRelativeDates, type RelativeCandidate } from './relativeDates';
import { sentenceSpans, type Span } from './sentences';
import { tenseAt } from './tense';
import type { DateMention, Dateline, UnresolvedDateMention } from './types';

export { findDateline, inferDateline } from './dateline';

/** What is known of the dateline: always a year, a month and a day when given. */
interface Reference {
  /** The dateline as notes name it: its ISO date, and "(year inferred)" when the year is not written. */
  iso: string;
  year: number;
  month: number | null;
  day: Day | null;
}

function referenceOf(dateline: Dateline | null): Reference | null {
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

type Candidate = { start: number; end: number; text: string } & (
  { source: 'explicit'; explicit: ExplicitDate } | { source: 'relative'; relative: RelativeCandidate }
);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Every candidate, without overlaps: written dates first, then named years, then the rest; longer first. */
function candidatesOf(text: string, header: Span | null): Candidate[] {
  const explicit: Candidate[] = findExplicitDates(text).map((e) => ({
    ...e,
    source: 'explicit',
    explicit: e,
  }));
  const relative: Candidate[] = findRelativeDates(text).map((r) => ({
    start: r.start,
    end: r.end,
    text: r.text,
    source: 'relative',
    relative: r,
  }));
  const rank = (c: Candidate) =>
    c.source === 'explicit' ? 0 : c.relative.expression.kind === 'year' ? 1 : 2;
  const ordered = [...explicit, ...relative].sort(
    (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (header && overlaps(c, header)) continue;
    if (kept.some((k) => overlaps(k, c))) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/“[^”]*”|"[^"\n]*"/g))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Whether the clause of a mention speaks of the future ("will meet on Monday"). */
function isFuture(text: string, sentences: readonly Span[], at: number, end = at): boolean {
  return tenseAt(text, sentences, at, end) === 'future';
}

interface Context {
  text: string;
  sentences: Span[];
  quoted: Span[];
  ref: Reference | null;
  /** The day the story is about so far: the last day-precision date before the current mention. */
  story: { day: Day; text: string } | null;
}

type Resolution =
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

const q = (s: string) => `'${s}'`;

function needsDay(ref: Reference | null): string {
  return ref ? `the dateline ${ref.iso} gives no day` : 'no dateline: the article date is needed';
}

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

function resolveExplicit(ctx: Context, e: ExplicitDate): Resolution {
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

function resolveWeekday(
  ctx: Context,
  c: RelativeCandidate,
  weekday: number,
  modifier: 'last' | 'next' | 'this' | null,
): Resolution {
  const refDay = ctx.ref?.day;
  if (!refDay) return { ok: false, reason: needsDay(ctx.ref) };
  const from = weekdayOf(refDay);
  const back = (from - weekday + 7) % 7;
  const ahead = (weekday - from + 7) % 7;
  const name = WEEKDAYS[weekday] ?? '';
  const on = `the dateline ${ctx.ref?.iso ?? ''} (a ${WEEKDAYS[from] ?? ''})`;
  let day: Day;
  let how: string;
  if (modifier === 'last') {
    day = addDays(refDay, -(back || 7));
    how = `the ${name} before ${on}`;
  } else if (modifier === 'next') {
    day = addDays(refDay, ahead || 7);
    how = `the ${name} after ${on}`;
  } else if (modifier === 'this') {
    day = addDays(mondayOf(refDay), (weekday + 6) % 7);
    how = `the ${name} in the week of ${on}`;
  } else if (isFuture(ctx.text, ctx.sentences, c.start, c.end)) {
    day = addDays(refDay, ahead);
    how = `the ${name} on or after ${on}, future tense`;
  } else {
    day = addDays(refDay, -back);
    how = `the ${name} on or before ${on}`;
  }
  return { ok: true, date: isoDay(day), precision: 'day', basis: 'inferred', note: `${q(c.text)}: ${how}` };
}

function storyBase(ctx: Context): { day: Day; why: string } | null {
  if (ctx.story)
    return {
      day: ctx.story.day,
      why: `${q(ctx.story.text)} (${isoDay(ctx.story.day)}), the last day mentioned before it`,
    };
  if (ctx.ref?.day) return { day: ctx.ref.day, why: `the dateline ${ctx.ref.iso}` };
  return null;
}

function resolveRelative(ctx: Context, c: RelativeCandidate): Resolution {
  const e = c.expression;
  const ref = ctx.ref;
  const inferred = (date: string, precision: DateMention['precision'], how: string): Resolution => ({
    ok: true,
    date,
    precision,
    basis: 'inferred',
    note: `${q(c.text)}: ${how}`,
  });
  switch (e.kind) {
    case 'year':
      return {
        ok: true,
        date: String(e.year),
        precision: 'year',
        basis: 'stated',
        note: e.attributive
          ? `${q(c.text)} as written, modifying the noun after it: what it names, not when the event happened`
          : `${q(c.text)} as written`,
        ...(e.attributive && { attributive: true }),
      };
    case 'weekday':
      return resolveWeekday(ctx, c, e.weekday, e.modifier);
    case 'weekdayOfWeek': {
      if (!ref?.day) return { ok: false, reason: needsDay(ref) };
      const monday = addDays(mondayOf(ref.day), 7 * e.week);
      const day = addDays(monday, (e.weekday + 6) % 7);
      const week = e.week < 0 ? 'the week before' : e.week > 0 ? 'the week after' : 'the week of';
      return inferred(
        isoDay(day),
        'day',
        `the ${WEEKDAYS[e.weekday] ?? ''} in ${week} the dateline ${ref.iso}`,
      );
    }
    case 'period': {
      const when = e.offset < 0 ? 'before' : e.offset > 0 ? 'after' : 'of';
      if (e.unit === 'year') {
        if (!ref) return { ok: false, reason: needsDay(ref) };
        return inferred(String(ref.year + e.offset), 'year', `the year ${when} the dateline ${ref.iso}`);
      }
      if (e.unit === 'month') {
        if (ref?.month === undefined || ref.month === null) return { ok: false, reason: needsDay(ref) };
        const index = ref.year * 12 + ref.month - 1 + e.offset;
        return inferred(
          isoMonth(Math.floor(index / 12), (index % 12) + 1),
          'month',
          `the month ${when} the dateline ${ref.iso}`,
        );
      }
      if (!ref?.day) return { ok: false, reason: needsDay(ref) };
      const monday = addDays(mondayOf(ref.day), 7 * e.offset);
      return inferred(
        isoDay(monday),
        'week',
        `the week (from Monday ${isoDay(monday)}) ${when} the dateline ${ref.iso}`,
      );
    }
    case 'day': {
      if (ctx.quoted.some((s) => s.start <= c.start && c.end <= s.end)) return null; // "We stand by you today"
      if (!ref?.day) return { ok: false, reason: needsDay(ref) };
      const day = addDays(ref.day, e.offset);
      const days = Math.abs(e.offset) === 1 ? 'the day' : `${Math.abs(e.offset)} days`;
      const how =
        e.offset === 0 ? 'the dateline day' : `${days} ${e.offset < 0 ? 'before' : 'after'} the dateline`;
      return inferred(isoDay(day), 'day', `${how} ${ref.iso}`);
    }
    case 'storyDay': {
      const base = storyBase(ctx);
      if (!base) return { ok: false, reason: 'no dateline and no day mentioned before it' };
      const day = addDays(base.day, e.offset);
      const how = e.offset === 0 ? 'the same day as' : e.offset < 0 ? 'the day before' : 'the day after';
      return inferred(isoDay(day), 'day', `${how} ${base.why}`);
    }
    case 'span': {
      const base =
        e.from === 'dateline'
          ? ref?.day
            ? { day: ref.day, why: `the dateline ${ref.iso}` }
            : null
          : storyBase(ctx);
      if (!base) return { ok: false, reason: needsDay(ref) };
      const direction = e.sign < 0 ? 'before' : 'after';
      const amount = e.vague ? `about ${e.amount}` : String(e.amount);
      const how = `${amount} ${e.unit}(s) ${direction} ${base.why}`;
      if (e.unit === 'year') return inferred(String(base.day.year + e.sign * e.amount), 'year', how);
      if (e.unit === 'month') {
        const index = base.day.year * 12 + base.day.month - 1 + e.sign * e.amount;
        return inferred(isoMonth(Math.floor(index / 12), (index % 12) + 1), 'month', how);
      }
      const days = e.sign * e.amount * (e.unit === 'week' ? 7 : 1);
      const target = addDays(base.day, days);
      if (e.unit === 'day' && !e.vague) return inferred(isoDay(target), 'day', how);
      return inferred(
        isoDay(mondayOf(target)),
        'week',
        `${how}, in the week of Monday ${isoDay(mondayOf(target))}`,
      );
    }
  }
}

/** All date mentions, and the date expressions that could not be resolved (with the reason). */
export function scanDates(
  text: string,
  dateline: Dateline | null,
): { dates: DateMention[]; unresolved: UnresolvedDateMention[] } {
  const header = findDatelineHeader(text);
  const ctx: Context = {
    text,
    sentences: sentenceSpans(text),
    quoted: quotedSpans(text),
    ref: referenceOf(dateline),
    story: null,
  };
  const dates: DateMention[] = [];
  const unresolved: UnresolvedDateMention[] = [];
  for (const c of candidatesOf(text, header)) {
    const r = c.source === 'explicit' ? resolveExplicit(ctx, c.explicit) : resolveRelative(ctx, c.relative);
    if (r === null) continue;
    const where = { text: c.text, start: c.start, end: c.end };
    if (!r.ok) {
      unresolved.push({ ...where, reason: r.reason });
      continue;
    }
    dates.push({
      ...where,
      date: r.date,
      precision: r.precision,
      basis: r.basis,
      note: r.note,
      ...(r.attributive && { attributive: true }),
    });
    const day = r.precision === 'day' ? parseIsoDay(r.date) : null;
    const near = day && (!ctx.ref?.day || Math.abs(daysBetween(ctx.ref.day, day)) <= 14);
    if (day && near) ctx.story = { day, text: c.text };
  }
  return { dates, unresolved };
}

export function findDates(text: string, dateline: Dateline | null): DateMention[] {
  return scanDates(text, dateline).dates;
}
