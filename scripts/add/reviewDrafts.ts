/**
 * Reviewing drafts, as pure functions of the two YAML files' texts: list the drafts, accept one
 * (remove its draft mark), delete it, or merge a drafted event into another (an edit is in
 * reviewEdit.ts). Each returns new texts; nothing else a curator wrote changes.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  actorAnnotationSchema,
  amountAnnotationSchema,
  eventAnnotationSchema,
  ignoredMentionSchema,
} from '../compile/annotationSchema';
import { chooseFigure } from '../compile/figures';
import { sourceSpecSchema } from '../compile/sourcesSchema';
import { normalizeQuote } from '../compile/textSearch';
import { appendToList, removeField, removeItem, setScalar } from './yamlText';

export interface Texts {
  annotations: string;
  sources: string;
}

export type DraftList = 'sources' | 'actors' | 'events' | 'amounts' | 'ignore';

export interface DraftRef {
  file: keyof Texts;
  list: DraftList;
  index: number;
  /** Stable while the review runs: the id, or source, kind and mention of an ignore entry. */
  key: string;
  entry: Record<string, unknown>;
  /** 1-based line of the entry in its file. */
  line: number;
}

export type Outcome = { ok: true; texts: Texts; note?: string } | { ok: false; message: string };

const LISTS: [keyof Texts, DraftList][] = [
  ['sources', 'sources'],
  ['annotations', 'actors'],
  ['annotations', 'events'],
  ['annotations', 'amounts'],
  ['annotations', 'ignore'],
];

export const SCHEMAS: Record<DraftList, z.ZodType> = {
  sources: sourceSpecSchema,
  actors: actorAnnotationSchema,
  events: eventAnnotationSchema,
  amounts: amountAnnotationSchema,
  ignore: ignoredMentionSchema,
};

export type Entry = Record<string, unknown>;

export function entriesOf(text: string, list: DraftList): { entries: Entry[]; lines: number[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const seq: unknown = doc.get(list, true);
  const data: unknown = doc.toJS();
  const entries =
    typeof data === 'object' && data !== null && Array.isArray((data as Record<string, unknown>)[list])
      ? ((data as Record<string, unknown[]>)[list] ?? []).map((e) =>
          typeof e === 'object' && e !== null ? (e as Entry) : {},
        )
      : [];
  const items =
    seq && typeof seq === 'object' && 'items' in seq && Array.isArray(seq.items)
      ? (seq.items as { range?: number[] }[])
      : [];
  return { entries, lines: items.map((item) => lineCounter.linePos(item.range?.[0] ?? 0).line) };
}

export function keyOf(list: DraftList, entry: Entry): string {
  if (list !== 'ignore') return `${list}:${String(entry.id)}`;
  return `ignore:${String(entry.source)}|${String(entry.kind)}|${String(entry.mention)}`;
}

/**
 * Every entry marked `draft: true`: sources, actors, then each event followed by its figures, the
 * other figures, and ignore entries.
 */
export function listDrafts(texts: Texts): DraftRef[] {
  const drafts = LISTS.flatMap(([file, list]) => {
    const { entries, lines } = entriesOf(texts[file], list);
    return entries.flatMap((entry, index) =>
      entry.draft === true
        ? [{ file, list, index, key: keyOf(list, entry), entry, line: lines[index] ?? 1 }]
        : [],
    );
  });
  // Figures follow their event whether or not it is still a draft, so the order holds while reviewing.
  const figures = drafts.filter((d) => d.list === 'amounts');
  const placed = new Set<DraftRef>();
  const ordered: DraftRef[] = drafts.filter((d) => d.list === 'sources' || d.list === 'actors');
  for (const event of entriesOf(texts.annotations, 'events').entries) {
    const draft = drafts.find((d) => d.list === 'events' && d.entry.id === event.id);
    if (draft) ordered.push(draft);
    for (const figure of figures.filter((f) => f.entry.event === event.id && !placed.has(f))) {
      ordered.push(figure);
      placed.add(figure);
    }
  }
  ordered.push(...drafts.filter((d) => d.list === 'ignore'));
  const rest = figures.filter((f) => !placed.has(f));
  const firstIgnore = ordered.findIndex((d) => d.list === 'ignore');
  ordered.splice(firstIgnore < 0 ? ordered.length : firstIgnore, 0, ...rest);
  return ordered;
}

export function findDraft(texts: Texts, key: string): DraftRef | undefined {
  return listDrafts(texts).find((d) => d.key === key);
}

export function update(texts: Texts, file: keyof Texts, text: string): Texts {
  return { ...texts, [file]: text };
}

/** Accepting a draft removes its draft mark (and an unconfirmed merge suggestion). */
export function acceptDraft(texts: Texts, ref: DraftRef): Outcome {
  let text = removeField(texts[ref.file], [ref.list, ref.index], 'draft');
  if (ref.list === 'events') text = removeField(text, [ref.list, ref.index], 'mergeWith');
  return { ok: true, texts: update(texts, ref.file, text) };
}

function events(texts: Texts): Entry[] {
  return entriesOf(texts.annotations, 'events').entries;
}

/** Removes `id` from every other event's merge suggestions. */
function forgetMergeTarget(text: string, id: string): string {
  let result = text;
  entriesOf(result, 'events').entries.forEach((event, i) => {
    const targets = Array.isArray(event.mergeWith) ? (event.mergeWith as unknown[]) : [];
    const at = targets.indexOf(id);
    if (at < 0) return;
    result =
      targets.length === 1
        ? removeField(result, ['events', i], 'mergeWith')
        : removeItem(result, ['events', i, 'mergeWith'], at);
  });
  return result;
}

/**
 * Deleting a draft removes it. A drafted event takes its drafted figures with it; an event, actor or
 * source that reviewed entries still use is not deleted.
 */
export function deleteDraft(texts: Texts, ref: DraftRef): Outcome {
  const id = String(ref.entry.id);
  const { entries: amounts } = entriesOf(texts.annotations, 'amounts');
  if (ref.list === 'events') {
    const kept = amounts.filter((a) => a.event === id && a.draft !== true);
    if (kept.length > 0)
      return {
        ok: false,
        message: `reviewed figure ${String(kept[0]?.id)} belongs to this event: delete or move it first`,
      };
    let text = texts.annotations;
    for (let i = amounts.length - 1; i >= 0; i--)
      if (amounts[i]?.event === id) text = removeItem(text, ['amounts'], i);
    text = removeItem(text, ['events'], ref.index);
    text = forgetMergeTarget(text, id);
    const dropped = amounts.filter((a) => a.event === id).length;
    return {
      ok: true,
      texts: update(texts, 'annotations', text),
      ...(dropped > 0 ? { note: `deleted its ${dropped} drafted figure(s) too` } : {}),
    };
  }
  if (ref.list === 'actors') {
    const user = [
      ...events(texts)
        .filter((e) => Array.isArray(e.actors) && e.actors.includes(id))
        .map((e) => `event ${String(e.id)}`),
      ...amounts.filter((a) => a.donor === id || a.recipient === id).map((a) => `figure ${String(a.id)}`),
    ];
    if (user.length > 0) return { ok: false, message: `${user[0] ?? ''} names this actor: change it first` };
  }
  if (ref.list === 'sources') {
    const citing = [...events(texts), ...amounts].find(
      (e) => Array.isArray(e.quotes) && (e.quotes as Entry[]).some((q) => q.source === id),
    );
    if (citing)
      return { ok: false, message: `${String(citing.id)} cites this source: delete its drafts first` };
  }
  return { ok: true, texts: update(texts, ref.file, removeItem(texts[ref.file], [ref.list], ref.index)) };
}

/**
 * Merging a drafted event into another: the other event gains its quotes and actors, its figures
 * move to the other event, and the draft is removed.
 */
export function mergeDraft(texts: Texts, ref: DraftRef, targetId: string): Outcome {
  if (ref.list !== 'events') return { ok: false, message: 'only events are merged' };
  const id = String(ref.entry.id);
  const all = events(texts);
  const target = all.findIndex((e) => e.id === targetId);
  if (target < 0 || targetId === id) return { ok: false, message: `no other event "${targetId}"` };
  const into = all[target] ?? {};
  const has = (list: unknown, value: unknown) => Array.isArray(list) && list.includes(value);
  const quotes = (Array.isArray(ref.entry.quotes) ? (ref.entry.quotes as Entry[]) : []).filter(
    (q) =>
      !(Array.isArray(into.quotes) ? (into.quotes as Entry[]) : []).some(
        (t) => t.source === q.source && normalizeQuote(String(t.quote)) === normalizeQuote(String(q.quote)),
      ),
  );
  const actors = (Array.isArray(ref.entry.actors) ? (ref.entry.actors as unknown[]) : []).filter(
    (a) => !has(into.actors, a),
  );
  let text = appendToList(texts.annotations, ['events', target, 'quotes'], quotes);
  text = appendToList(text, ['events', target, 'actors'], actors);
  // A drafted figure the other event already has (same value and currency, as the quotes read) becomes
  // another quote of that figure; the others move to the other event.
  let folded = 0;
  for (;;) {
    const amounts = entriesOf(text, 'amounts').entries;
    const from = amounts.findIndex((a) => a.event === id);
    if (from < 0) break;
    const amount = amounts[from] ?? {};
    const reading = readingOf(amount);
    const same = amounts.findIndex((a, i) => {
      if (i === from || a.event !== targetId || reading === null) return false;
      const other = readingOf(a);
      return other !== null && other.value === reading.value && other.currency === reading.currency;
    });
    if (amount.draft === true && same >= 0) {
      const known = (amounts[same]?.quotes as Entry[] | undefined) ?? [];
      const extra = (Array.isArray(amount.quotes) ? (amount.quotes as Entry[]) : [])
        .filter(
          (q) =>
            !known.some(
              (k) =>
                k.source === q.source && normalizeQuote(String(k.quote)) === normalizeQuote(String(q.quote)),
            ),
        )
        .map((q) => ({
          ...q,
          ...(typeof amount.figure === 'string' && q.figure === undefined ? { figure: amount.figure } : {}),
        }));
      text = appendToList(text, ['amounts', same, 'quotes'], extra);
      text = removeItem(text, ['amounts'], from);
      folded++;
    } else text = setScalar(text, ['amounts', from, 'event'], targetId);
  }
  const index = entriesOf(text, 'events').entries.findIndex((e) => e.id === id);
  text = forgetMergeTarget(removeItem(text, ['events'], index), id);
  return {
    ok: true,
    texts: update(texts, 'annotations', text),
    ...(folded > 0 ? { note: `${folded} figure(s) were already there and became quotes of them` } : {}),
  };
}

/** The value and currency a figure's first quote reads as, or null when it does not read. */
function readingOf(amount: Entry): { value: number; currency: string } | null {
  const quote = Array.isArray(amount.quotes) ? (amount.quotes[0] as Entry | undefined) : undefined;
  if (!quote) return null;
  const figure =
    typeof quote.figure === 'string'
      ? quote.figure
      : typeof amount.figure === 'string'
        ? amount.figure
        : undefined;
  const choice = chooseFigure(String(quote.quote), figure);
  return choice.ok ? { value: choice.mention.value, currency: choice.mention.currency } : null;
}
