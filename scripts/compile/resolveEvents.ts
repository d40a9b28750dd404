import type { DateMention } from '../../src/data/extract/types';
import type { AidEvent, Citation, DatePrecision } from '../../src/data/schema';
import type { EventAnnotation, When } from './annotationSchema';
import type { CompileContext } from './context';
import { unknownId } from './didYouMean';
import { normalizeQuote } from './textSearch';

export interface EventDate {
  date: string;
  datePrecision: DatePrecision;
  dateBasis: 'stated' | 'inferred';
  dateNote: string;
}

const DATE_LENGTH: Record<DatePrecision, number> = { day: 10, week: 10, month: 7, year: 4 };

function sameMention(found: string, wanted: string): boolean {
  const a = normalizeQuote(found).toLowerCase();
  const b = normalizeQuote(wanted).toLowerCase();
  return a === b || a.includes(b);
}

function describe(mentions: readonly DateMention[]): string {
  if (mentions.length === 0) return 'the extractor found no date mention in them';
  return `the extractor found: ${mentions.map((m) => `"${m.text}" (${m.date})`).join(', ')}`;
}

/** The date mentions the extractor found inside the event's cited passages, in citation order. */
function mentionsInCitations(
  ctx: CompileContext,
  citations: readonly Citation[],
  source?: string,
): DateMention[] {
  const mentions: DateMention[] = [];
  for (const citation of citations) {
    if (source !== undefined && citation.source !== source) continue;
    const extraction = ctx.extractions.get(citation.source);
    if (!extraction) continue;
    for (const mention of extraction.dates) {
      if (mention.start >= citation.start && mention.end <= citation.end) mentions.push(mention);
    }
  }
  return mentions;
}

/** Dates an event from a mention in its quotes (via the extractor) or from the curator's explained inference. */
export function resolveWhen(
  ctx: CompileContext,
  when: When,
  citations: readonly Citation[],
  path: readonly PropertyKey[],
): EventDate | null {
  if (when.mention !== undefined) {
    if (when.source !== undefined && !citations.some((c) => c.source === when.source)) {
      ctx.fail([...path, 'source'], `the event has no quote from source "${when.source}"`);
      return null;
    }
    const candidates = mentionsInCitations(ctx, citations, when.source);
    const match = candidates.find((m) => sameMention(m.text, when.mention ?? ''));
    if (!match) {
      ctx.fail(
        [...path, 'mention'],
        `no date mention "${when.mention}" in the event's quotes; ${describe(candidates)}`,
      );
      return null;
    }
    return {
      date: match.date,
      datePrecision: match.precision,
      dateBasis: when.basis ?? match.basis,
      dateNote: when.note === undefined ? match.note : `${match.note}; ${when.note}`,
    };
  }
  const { date, precision, note } = when;
  if (date === undefined || precision === undefined || note === undefined) return null;
  if (date.length !== DATE_LENGTH[precision]) {
    ctx.fail(
      [...path, 'date'],
      `a ${precision}-precision date is written ${precision === 'month' ? 'YYYY-MM' : precision === 'year' ? 'YYYY' : 'YYYY-MM-DD'}`,
    );
    return null;
  }
  return { date, datePrecision: precision, dateBasis: when.basis ?? 'inferred', dateNote: note };
}

export function resolveEvents(
  ctx: CompileContext,
  events: readonly EventAnnotation[],
  actorIds: ReadonlySet<string>,
): AidEvent[] {
  const resolved: AidEvent[] = [];
  const seen = new Set<string>();
  events.forEach((event, i) => {
    const path = ['events', i];
    if (seen.has(event.id))
      ctx.fail(
        [...path, 'id'],
        `duplicate event id "${event.id}"; list every quote of one event under one id`,
      );
    seen.add(event.id);
    event.actors.forEach((actor, j) => {
      if (!actorIds.has(actor)) ctx.fail([...path, 'actors', j], unknownId('actor', actor, actorIds));
    });
    const citations = ctx.citations(event.quotes, [...path, 'quotes']);
    if (citations.length !== event.quotes.length) return;
    const when = resolveWhen(
      ctx,
      event.when,
      citations.map((c) => c.citation),
      [...path, 'when'],
    );
    if (!when) return;
    resolved.push({
      id: event.id,
      date: when.date,
      datePrecision: when.datePrecision,
      dateBasis: when.dateBasis,
      dateNote: when.dateNote,
      title: event.title,
      summary: event.summary.trim(),
      kind: event.kind,
      actors: event.actors,
      location: event.location,
      citations: citations.map((c) => c.citation),
      ...(event.draft === true ? { draft: true } : {}),
    });
  });
  return resolved;
}
