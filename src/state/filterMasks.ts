/**
 * One pass/fail mask per filter dimension (actors, kinds, dates, text, drafts), or null when the dimension
 * does not filter. Each is kept on the dataset index under the filter values that made it, so a change to one
 * filter recomputes one mask.
 */
import { parseIsoDay } from '../model/dates';
import type { DatasetText } from '../data/eventText';
import type { LeanDataset } from '../data/leanDataset';
import { KIND_INDEX, wordIndexOf, type DatasetIndex, type MaskEntry, type WordIndex } from './datasetIndex';
import type { Filters } from './filtersSlice';
import { searchTerms } from './searchText';

/** Marks the events whose text contains the term. */
function eventsWithTerm({ words, postings }: WordIndex, term: string, count: number): Uint8Array {
  const mask = new Uint8Array(count);
  words.forEach((word, id) => {
    if (!word.includes(term)) return;
    for (const i of postings[id] ?? []) mask[i] = 1;
  });
  return mask;
}

export function actorMask(index: DatasetIndex, f: Filters): Uint8Array | null {
  if (f.actors.length === 0) return null;
  const key = `${f.actorMatch}:${f.actors.join(',')}`;
  if (index.actorMask?.key === key) return index.actorMask.mask;
  const selected = new Uint8Array(index.actorIds.length);
  let wanted = 0;
  for (const id of new Set(f.actors)) {
    wanted++;
    const a = index.actorIndex.get(id);
    if (a !== undefined) selected[a] = 1;
  }
  const n = index.eventKind.length;
  const mask = new Uint8Array(n);
  const { actorStart, actorList } = index;
  const all = f.actorMatch === 'all';
  for (let i = 0; i < n; i++) {
    let hits = 0;
    for (let j = actorStart[i] ?? 0, end = actorStart[i + 1] ?? 0; j < end; j++) {
      hits += selected[actorList[j] ?? 0] ?? 0;
    }
    mask[i] = (all ? hits >= wanted : hits > 0) ? 1 : 0;
  }
  index.actorMask = { key, mask };
  return mask;
}

export function kindMask(index: DatasetIndex, f: Filters): Uint8Array | null {
  if (f.kinds.length === 0) return null;
  const key = f.kinds.join(',');
  if (index.kindMask?.key === key) return index.kindMask.mask;
  const selected = new Uint8Array(256);
  for (const kind of f.kinds) {
    const k = KIND_INDEX.get(kind);
    if (k !== undefined) selected[k] = 1;
  }
  const mask = index.eventKind.map((k) => selected[k] ?? 0);
  index.kindMask = { key, mask };
  return mask;
}

export function dateMask(index: DatasetIndex, f: Filters): Uint8Array | null {
  const from = f.from === null ? null : parseIsoDay(f.from);
  const to = f.to === null ? null : parseIsoDay(f.to);
  if (from === null && to === null) return null;
  const key = `${from ?? ''}..${to ?? ''}`;
  if (index.dateMask?.key === key) return index.dateMask.mask;
  const lo = from ?? -Infinity;
  const hi = to ?? Infinity;
  const { eventStart, eventEnd } = index;
  const mask = new Uint8Array(eventStart.length);
  for (let i = 0; i < mask.length; i++) {
    mask[i] = (eventEnd[i] ?? -Infinity) >= lo && (eventStart[i] ?? Infinity) <= hi ? 1 : 0;
  }
  index.dateMask = { key, mask };
  return mask;
}

/** The events whose title, or summary and quotes once `text` is read, hold every term searched. */
export function textMask(index: DatasetIndex, f: Filters, text: DatasetText | null): Uint8Array | null {
  const terms = searchTerms(f.text);
  if (terms.length === 0) return null;
  const key = `${text === null ? 'titles' : 'all'}:${terms.join(' ')}`;
  if (index.textMask?.key === key) return index.textMask.mask;
  const words = wordIndexOf(index, text);
  const count = index.eventKind.length;
  let mask: Uint8Array | null = null;
  for (const term of terms) {
    const hits = eventsWithTerm(words, term, count);
    if (mask === null) mask = hits;
    else for (let i = 0; i < count; i++) mask[i] = (mask[i] ?? 0) & (hits[i] ?? 0);
  }
  index.textMask = { key, mask };
  return mask;
}

/** Which events and figures are drafts, per dataset index. */
export interface DraftFlags {
  /** Per event: 1 when the event is a draft or holds a draft figure, 2 when it is a draft itself. */
  event: Uint8Array;
  /** Per figure: 1 when it is a draft. */
  amount: Uint8Array;
  /** Whether anything in the dataset is a draft. */
  any: boolean;
}

const draftFlagsByIndex = new WeakMap<DatasetIndex, DraftFlags>();
const draftMasks = new WeakMap<DatasetIndex, MaskEntry>();

export function draftFlags(index: DatasetIndex): DraftFlags {
  const known = draftFlagsByIndex.get(index);
  if (known !== undefined) return known;
  const { events, amounts } = index.dataset;
  const event = new Uint8Array(events.length);
  const amount = new Uint8Array(amounts.length);
  let any = false;
  events.forEach((e, i) => {
    if (e.draft !== true) return;
    event[i] = 2;
    any = true;
  });
  amounts.forEach((a, j) => {
    if (a.draft !== true) return;
    amount[j] = 1;
    any = true;
    const e = index.amountEvent[j] ?? -1;
    if (e >= 0 && event[e] === 0) event[e] = 1;
  });
  const flags = { event, amount, any };
  draftFlagsByIndex.set(index, flags);
  return flags;
}

/**
 * Events kept by the draft choice: "only" keeps draft events and events that hold a draft figure (the
 * figure is reached through its event); "hide" keeps events that are not drafts themselves.
 */
export function draftMask(index: DatasetIndex, f: Filters): Uint8Array | null {
  if (f.drafts === 'all') return null;
  const known = draftMasks.get(index);
  if (known?.key === f.drafts) return known.mask;
  const { event } = draftFlags(index);
  const mask = event.map((d) => (f.drafts === 'only' ? (d > 0 ? 1 : 0) : d === 2 ? 0 : 1));
  draftMasks.set(index, { key: f.drafts, mask });
  return mask;
}

const hasDrafts = new WeakMap<LeanDataset, boolean>();

/** Whether the dataset holds any draft event or figure (the draft filter is offered only then). */
export function datasetHasDrafts(dataset: LeanDataset): boolean {
  let known = hasDrafts.get(dataset);
  if (known === undefined) {
    // A scan, not the index: this is asked while the first view is drawn, before anything else needs it.
    // Asked again on every filter change, so the answer is kept.
    known = dataset.events.some((e) => e.draft === true) || dataset.amounts.some((a) => a.draft === true);
    hasDrafts.set(dataset, known);
  }
  return known;
}

/** Whether a figure passes the draft choice: "only" keeps draft figures, "hide" keeps the others. */
export function figurePassesDrafts(flags: DraftFlags, f: Filters, j: number): boolean {
  if (f.drafts === 'all') return true;
  return (flags.amount[j] === 1) === (f.drafts === 'only');
}
