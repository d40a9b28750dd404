/**
 * Date mentions resolved against the article's dateline: the candidates the text holds (written dates
 * from explicitDates.ts, relative expressions and years from relativeDates.ts), without overlaps, each
 * resolved by resolveWritten.ts or resolveRelative.ts, in order, so that "the next day" can count from
 * the day mentioned before it.
 */
import { daysBetween, parseIsoDay } from './calendar';
import { referenceOf, type Context } from './dateContext';
import { findDatelineHeader } from './dateline';
import { findExplicitDates, type ExplicitDate } from './explicitDates';
import { findRelativeDates, type RelativeCandidate } from './relativeDates';
import { resolveRelative } from './resolveRelative';
import { resolveExplicit } from './resolveWritten';
import { sentenceSpans, type Span } from './sentences';
import type { DateMention, Dateline, UnresolvedDateMention } from './types';

export { findDateline, inferDateline } from './dateline';

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
