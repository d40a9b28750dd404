/**
 * Relative date expressions, resolved against the dateline and nothing else.
 *
 * Weekdays: news is written in the past tense, so a bare weekday is the most recent such day on or
 * before the dateline, and the dateline day itself when the weekday is the dateline's own ("said on
 * Thursday" in an article dated Thursday is that day; wire copy is written the same day). Future
 * tense in the clause ("will meet on Monday") turns it to the first such day on or after the
 * dateline. "last Thursday" is strictly before the dateline, "next Thursday" strictly after, "this
 * Thursday" the one in the dateline's week (weeks start on Monday), "Friday next week" the Friday of
 * the week after the dateline's.
 *
 * Periods: "last week" is the week before the dateline's (its Monday, week precision), "next year"
 * the year after (year precision). "earlier in the day", "a few days earlier" count from the day the
 * story is about: the last day mentioned before them within two weeks of the dateline, or else the
 * dateline day. Without a dateline, each is unresolved.
 */
import { addDays, isoDay, isoMonth, mondayOf, WEEKDAYS, weekdayOf, type Day } from './calendar';
import { isFuture, needsDay, q, type Context, type Resolution } from './dateContext';
import type { RelativeCandidate } from './relativeDates';
import type { DateMention } from './types';

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

export function resolveRelative(ctx: Context, c: RelativeCandidate): Resolution {
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
      const days = Math.abs(e.offset) === 1 ? 'the day' : `${Math.abs(e.offset)} days`;
      if (ctx.quoted.some((s) => s.start <= c.start && c.end <= s.end)) {
        // "We stand by you today" dates nothing; "Yesterday, parliament voted" does, counted from the
        // day the words were said: the story's day.
        if (e.offset === 0) return null;
        const base = storyBase(ctx);
        if (!base) return { ok: false, reason: 'no dateline and no day mentioned before it' };
        const direction = e.offset < 0 ? 'before' : 'after';
        return inferred(
          isoDay(addDays(base.day, e.offset)),
          'day',
          `${days} ${direction} the words were said, on ${base.why}`,
        );
      }
      if (!ref?.day) return { ok: false, reason: needsDay(ref) };
      const day = addDays(ref.day, e.offset);
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
