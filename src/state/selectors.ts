import type { Actor, AidEvent, Amount, Dataset } from '../data/schema';
import { AMOUNT_STAGES, EVENT_KINDS, type AmountStage, type EventKind } from '../data/vocabulary';
import { eventDaySpan, parseIsoDay } from '../model/dates';
import { eventActorIndex, type EventActorIndex } from '../model/eventActors';
import type { Filters } from './filtersSlice';
import { foldText, searchTerms } from './searchText';

/**
 * Derived views of the dataset under the filters. Per dataset an index is built once (typed arrays of
 * day spans, kinds and actor lists; a word index of the folded search text on the first text query). Each filter dimension
 * keeps its last pass/fail mask, so a change recomputes one mask and one combining pass, which also
 * counts what every actor, kind and stage would show under the other filters.
 *
 * Semantics:
 * - actors, "any": events with at least one selected actor; "all": events with every selected actor.
 * - kinds: events of any selected kind. Dates: events whose day span (see dateSpan.ts) overlaps the
 *   inclusive range [from, to]; an open end is unbounded.
 * - text: every whitespace-separated term occurs in the title, summary or a quote (folded, see
 *   searchText.ts).
 * - figures: those of kept events, further narrowed by the stage filter. Stages never hide events.
 * - facet counts: a kind counts the events passing every filter but the kind filter; a stage counts
 *   the figures of kept events, ignoring the stage filter; an actor counts the events passing the kind,
 *   date and text filters that involve it (in "all" mode also the actor filter, so the count is what
 *   selecting it would leave) and the figures of those events that pass the stage filter.
 */

/** The part of the dataset the current filters let through. Derived, never stored. */
export interface FilteredView {
  events: AidEvent[];
  amounts: Amount[];
}

/** How many events and figures each choice would show under the other active filters. */
export interface FacetCounts {
  actorEvents: ReadonlyMap<string, number>;
  actorFigures: ReadonlyMap<string, number>;
  kinds: ReadonlyMap<EventKind, number>;
  stages: ReadonlyMap<AmountStage, number>;
}

export interface FilterResult {
  view: FilteredView;
  counts: FacetCounts;
}

interface MaskEntry {
  key: string;
  mask: Uint8Array | null;
}

/**
 * The words of all events' folded search text (split on white space) and, per word, the events that
 * contain it, ascending. A term holds no white space, so it occurs in a text exactly when it occurs
 * inside one of its words: searching the distinct words finds the same events as scanning every text.
 */
interface WordIndex {
  words: string[];
  postings: number[][];
}

interface DatasetIndex extends EventActorIndex {
  readonly dataset: Dataset;
  readonly actorIndex: ReadonlyMap<string, number>;
  readonly eventStart: Float64Array;
  readonly eventEnd: Float64Array;
  readonly eventKind: Uint8Array;
  /** Figures of event i are amountList[amountStart[i] .. amountStart[i + 1]). */
  readonly amountStart: Int32Array;
  readonly amountList: Int32Array;
  readonly amountEvent: Int32Array;
  readonly amountStage: Uint8Array;
  words: WordIndex | null;
  actorMask: MaskEntry | null;
  kindMask: MaskEntry | null;
  dateMask: MaskEntry | null;
  textMask: MaskEntry | null;
  last: { key: string; result: FilterResult } | null;
}

const KIND_INDEX = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));
const STAGE_INDEX = new Map<string, number>(AMOUNT_STAGES.map((s, i) => [s, i]));
const indexes = new WeakMap<Dataset, DatasetIndex>();

function buildIndex(dataset: Dataset): DatasetIndex {
  const { events, amounts, actors } = dataset;
  const n = events.length;
  const actorIds = actors.map((a) => a.id);
  const actorIndex = new Map(actorIds.map((id, i) => [id, i]));
  const eventStart = new Float64Array(n);
  const eventEnd = new Float64Array(n);
  const eventKind = new Uint8Array(n);
  const eventIndex = new Map<string, number>();
  events.forEach((event, i) => {
    eventIndex.set(event.id, i);
    const span = eventDaySpan(event.date, event.datePrecision);
    // An unreadable date never overlaps a range.
    eventStart[i] = span === null ? Infinity : span.start;
    eventEnd[i] = span === null ? -Infinity : span.end;
    eventKind[i] = KIND_INDEX.get(event.kind) ?? 255;
  });

  const amountEvent = new Int32Array(amounts.length);
  const amountStage = new Uint8Array(amounts.length);
  const perEvent = new Int32Array(n + 1);
  amounts.forEach((amount, j) => {
    const e = eventIndex.get(amount.eventId) ?? -1;
    amountEvent[j] = e;
    amountStage[j] = STAGE_INDEX.get(amount.stage) ?? 255;
    if (e >= 0) perEvent[e + 1] = (perEvent[e + 1] ?? 0) + 1;
  });
  const amountStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) amountStart[i + 1] = (amountStart[i] ?? 0) + (perEvent[i + 1] ?? 0);
  const fill = amountStart.slice(0, n);
  const amountList = new Int32Array(amountStart[n] ?? 0);
  for (let j = 0; j < amounts.length; j++) {
    const e = amountEvent[j] ?? -1;
    if (e < 0) continue;
    amountList[fill[e] ?? 0] = j;
    fill[e] = (fill[e] ?? 0) + 1;
  }

  return {
    dataset,
    ...eventActorIndex(events, actorIds),
    actorIndex,
    eventStart,
    eventEnd,
    eventKind,
    amountStart,
    amountList,
    amountEvent,
    amountStage,
    words: null,
    actorMask: null,
    kindMask: null,
    dateMask: null,
    textMask: null,
    last: null,
  };
}

function datasetIndex(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (index === undefined) {
    index = buildIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

function wordIndexOf(index: DatasetIndex): WordIndex {
  if (index.words !== null) return index.words;
  const ids = new Map<string, number>();
  const words: string[] = [];
  const postings: number[][] = [];
  index.dataset.events.forEach((e, i) => {
    let text = `${e.title}\n${e.summary}`;
    for (const c of e.citations) text += `\n${c.quote}`;
    for (const word of foldText(text).split(/\s+/)) {
      if (word === '') continue;
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
        postings.push([]);
      }
      const events = postings[id] ?? [];
      if (events[events.length - 1] !== i) events.push(i);
    }
  });
  index.words = { words, postings };
  return index.words;
}

/** Builds the word index now (it is otherwise built by the first text search), e.g. when the search box gets focus. */
export function prepareTextSearch(dataset: Dataset): void {
  wordIndexOf(datasetIndex(dataset));
}

/** Marks the events whose text contains the term. */
function eventsWithTerm({ words, postings }: WordIndex, term: string, count: number): Uint8Array {
  const mask = new Uint8Array(count);
  words.forEach((word, id) => {
    if (!word.includes(term)) return;
    for (const i of postings[id] ?? []) mask[i] = 1;
  });
  return mask;
}

function actorMask(index: DatasetIndex, f: Filters): Uint8Array | null {
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

function kindMask(index: DatasetIndex, f: Filters): Uint8Array | null {
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

function dateMask(index: DatasetIndex, f: Filters): Uint8Array | null {
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

function textMask(index: DatasetIndex, f: Filters): Uint8Array | null {
  const terms = searchTerms(f.text);
  if (terms.length === 0) return null;
  const key = terms.join(' ');
  if (index.textMask?.key === key) return index.textMask.mask;
  const words = wordIndexOf(index);
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

function filterKey(f: Filters): string {
  return JSON.stringify([f.actors, f.actorMatch, f.kinds, f.stages, f.from, f.to, f.text]);
}

function countsToMap<K extends string>(keys: readonly K[], counts: Int32Array): Map<K, number> {
  const map = new Map<K, number>();
  keys.forEach((key, i) => map.set(key, counts[i] ?? 0));
  return map;
}

function compute(index: DatasetIndex, f: Filters): FilterResult {
  const { dataset, eventKind, actorStart, actorList, amountStart, amountList, amountStage, amountEvent } =
    index;
  const am = actorMask(index, f);
  const km = kindMask(index, f);
  const dm = dateMask(index, f);
  const tm = textMask(index, f);
  const stageOk = new Uint8Array(256);
  if (f.stages.length === 0) stageOk.fill(1);
  for (const stage of f.stages) {
    const s = STAGE_INDEX.get(stage);
    if (s !== undefined) stageOk[s] = 1;
  }

  const n = eventKind.length;
  const kept = new Uint8Array(n);
  const events: AidEvent[] = [];
  const kindCounts = new Int32Array(EVENT_KINDS.length);
  const actorEvents = new Int32Array(index.actorIds.length);
  const actorFigures = new Int32Array(index.actorIds.length);
  const actorCountsNeedActorPass = f.actorMatch === 'all';
  for (let i = 0; i < n; i++) {
    if ((dm !== null && dm[i] === 0) || (tm !== null && tm[i] === 0)) continue;
    const actorOk = am === null || am[i] === 1;
    const kind = eventKind[i] ?? 255;
    if (actorOk && kind < kindCounts.length) kindCounts[kind] = (kindCounts[kind] ?? 0) + 1;
    if (km !== null && km[i] === 0) continue;
    const event = actorOk ? dataset.events[i] : undefined;
    if (event !== undefined) {
      kept[i] = 1;
      events.push(event);
    }
    if (!actorOk && actorCountsNeedActorPass) continue;
    let figures = 0;
    for (let j = amountStart[i] ?? 0, end = amountStart[i + 1] ?? 0; j < end; j++) {
      figures += stageOk[amountStage[amountList[j] ?? 0] ?? 255] ?? 0;
    }
    for (let j = actorStart[i] ?? 0, end = actorStart[i + 1] ?? 0; j < end; j++) {
      const a = actorList[j] ?? 0;
      actorEvents[a] = (actorEvents[a] ?? 0) + 1;
      actorFigures[a] = (actorFigures[a] ?? 0) + figures;
    }
  }

  const amounts: Amount[] = [];
  const stageCounts = new Int32Array(AMOUNT_STAGES.length);
  for (let j = 0; j < amountEvent.length; j++) {
    const e = amountEvent[j] ?? -1;
    if (e < 0 || kept[e] === 0) continue;
    const stage = amountStage[j] ?? 255;
    if (stage < stageCounts.length) stageCounts[stage] = (stageCounts[stage] ?? 0) + 1;
    const amount = stageOk[stage] === 1 ? dataset.amounts[j] : undefined;
    if (amount !== undefined) amounts.push(amount);
  }

  return {
    view: { events, amounts },
    counts: {
      actorEvents: countsToMap(index.actorIds, actorEvents),
      actorFigures: countsToMap(index.actorIds, actorFigures),
      kinds: countsToMap(EVENT_KINDS, kindCounts),
      stages: countsToMap(AMOUNT_STAGES, stageCounts),
    },
  };
}

/** The filtered view and the facet counts, from one pass; the last result per dataset is reused. */
export function exploreDataset(dataset: Dataset, f: Filters): FilterResult {
  const index = datasetIndex(dataset);
  const key = filterKey(f);
  if (index.last?.key === key) return index.last.result;
  const result = compute(index, f);
  index.last = { key, result };
  return result;
}

/** Applies the filters to the dataset: figures follow their events, and the stage filter applies to figures. */
export function filterDataset(dataset: Dataset, f: Filters): FilteredView {
  return exploreDataset(dataset, f).view;
}

/** What each actor, kind and stage would show under the other active filters (see the notes above). */
export function facetCounts(dataset: Dataset, f: Filters): FacetCounts {
  return exploreDataset(dataset, f).counts;
}

/** The actors whose name or an alias contains every term of the query (folded): "zelenskyy" finds Zelensky. */
export function searchActors<A extends Pick<Actor, 'name' | 'aliases'>>(
  actors: readonly A[],
  query: string,
): A[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...actors];
  return actors.filter((actor) => {
    const names = [actor.name, ...actor.aliases].map(foldText);
    return terms.every((term) => names.some((name) => name.includes(term)));
  });
}
