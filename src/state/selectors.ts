import type { Actor, Amount } from '../data/schema';
import type { DatasetText } from '../data/eventText';
import type { LeanDataset, LeanEvent } from '../data/leanDataset';
import { AMOUNT_STAGES, EVENT_KINDS, type AmountStage, type EventKind } from '../data/vocabulary';
import { datasetIndex, STAGE_INDEX, type DatasetIndex } from './datasetIndex';
import {
  actorMask,
  dateMask,
  draftFlags,
  draftMask,
  figurePassesDrafts,
  kindMask,
  textMask,
} from './filterMasks';
import type { DraftChoice, Filters } from './filtersSlice';
import { foldText, searchTerms } from './searchText';

/**
 * Derived views of the dataset under the filters. Per dataset an index is built once (datasetIndex.ts);
 * each filter dimension keeps its last pass/fail mask (filterMasks.ts), so a change recomputes one mask
 * and one combining pass (here), which also counts what every actor, kind and stage would show under
 * the other filters.
 *
 * Semantics:
 * - actors, "any": events with at least one selected actor; "all": events with every selected actor.
 * - kinds: events of any selected kind. Dates: events whose day span (see model/dates.ts) overlaps the
 *   inclusive range [from, to]; an open end is unbounded.
 * - text: every whitespace-separated term occurs in the title, summary or a quote (folded, see
 *   searchText.ts); in the title alone while the summaries and quotes have not been read.
 * - drafts (entries `npm run add` wrote and no curator reviewed): "only" keeps draft events and events
 *   holding a draft figure, and of the figures only the drafts; "hide" drops draft events and draft figures.
 * - figures: those of kept events, further narrowed by the stage and draft filters. Stages never hide events.
 * - facet counts: a kind counts the events passing every filter but the kind filter; a stage counts
 *   the figures of kept events, ignoring the stage filter; an actor counts the events passing the kind,
 *   date and text filters that involve it (in "all" mode also the actor filter, so the count is what
 *   selecting it would leave) and the figures of those events that pass the stage filter; a draft choice
 *   counts the events passing every filter but the draft filter that it would keep.
 */

/** The part of the dataset the current filters let through. Derived, never stored. */
export interface FilteredView {
  events: LeanEvent[];
  amounts: Amount[];
}

/** How many events and figures each choice would show under the other active filters. */
export interface FacetCounts {
  actorEvents: ReadonlyMap<string, number>;
  actorFigures: ReadonlyMap<string, number>;
  kinds: ReadonlyMap<EventKind, number>;
  stages: ReadonlyMap<AmountStage, number>;
  drafts: ReadonlyMap<DraftChoice, number>;
}

export interface FilterResult {
  view: FilteredView;
  counts: FacetCounts;
  /** Per event of the dataset (by index), 1 when the filters keep it: `view.events` as a mask. */
  keptEvents: Uint8Array;
}

/** The last result per dataset index: filtering again with the same filters costs nothing. */
const lastResults = new WeakMap<DatasetIndex, { key: string; result: FilterResult }>();

function filterKey(f: Filters, text: DatasetText | null): string {
  // A search finds more once the events' text is read: the same filters then give another result.
  const searched = f.text === '' ? '' : text === null ? 'titles' : 'all';
  return JSON.stringify([
    f.actors,
    f.actorMatch,
    f.kinds,
    f.stages,
    f.from,
    f.to,
    f.text,
    f.drafts,
    searched,
  ]);
}

function countsToMap<K extends string>(keys: readonly K[], counts: Int32Array): Map<K, number> {
  const map = new Map<K, number>();
  keys.forEach((key, i) => map.set(key, counts[i] ?? 0));
  return map;
}

function compute(index: DatasetIndex, f: Filters, text: DatasetText | null): FilterResult {
  const { dataset, eventKind, actorStart, actorList, amountStart, amountList, amountStage, amountEvent } =
    index;
  const am = actorMask(index, f);
  const km = kindMask(index, f);
  const dm = dateMask(index, f);
  const tm = textMask(index, f, text);
  const drm = draftMask(index, f);
  const flags = draftFlags(index);
  const stageOk = new Uint8Array(256);
  if (f.stages.length === 0) stageOk.fill(1);
  for (const stage of f.stages) {
    const s = STAGE_INDEX.get(stage);
    if (s !== undefined) stageOk[s] = 1;
  }
  const figureOk = (j: number): number =>
    figurePassesDrafts(flags, f, j) ? (stageOk[amountStage[j] ?? 255] ?? 0) : 0;

  const n = eventKind.length;
  const kept = new Uint8Array(n);
  const events: LeanEvent[] = [];
  const kindCounts = new Int32Array(EVENT_KINDS.length);
  const actorEvents = new Int32Array(index.actorIds.length);
  const actorFigures = new Int32Array(index.actorIds.length);
  const draftCounts = { all: 0, only: 0, hide: 0 };
  const actorCountsNeedActorPass = f.actorMatch === 'all';
  for (let i = 0; i < n; i++) {
    if ((dm !== null && dm[i] === 0) || (tm !== null && tm[i] === 0)) continue;
    const actorOk = am === null || am[i] === 1;
    const kindOk = km === null || km[i] === 1;
    if (actorOk && kindOk) {
      const draft = flags.event[i] ?? 0;
      draftCounts.all++;
      if (draft > 0) draftCounts.only++;
      if (draft !== 2) draftCounts.hide++;
    }
    if (drm !== null && drm[i] === 0) continue;
    const kind = eventKind[i] ?? 255;
    if (actorOk && kind < kindCounts.length) kindCounts[kind] = (kindCounts[kind] ?? 0) + 1;
    if (!kindOk) continue;
    const event = actorOk ? dataset.events[i] : undefined;
    if (event !== undefined) {
      kept[i] = 1;
      events.push(event);
    }
    if (!actorOk && actorCountsNeedActorPass) continue;
    let figures = 0;
    for (let j = amountStart[i] ?? 0, end = amountStart[i + 1] ?? 0; j < end; j++) {
      figures += figureOk(amountList[j] ?? 0);
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
    if (e < 0 || kept[e] === 0 || !figurePassesDrafts(flags, f, j)) continue;
    const stage = amountStage[j] ?? 255;
    if (stage < stageCounts.length) stageCounts[stage] = (stageCounts[stage] ?? 0) + 1;
    const amount = stageOk[stage] === 1 ? dataset.amounts[j] : undefined;
    if (amount !== undefined) amounts.push(amount);
  }

  return {
    // A view of every event is the dataset's own list: at 100k events a copy is half a megabyte.
    view: {
      events: events.length === dataset.events.length ? dataset.events : events,
      amounts: amounts.length === dataset.amounts.length ? dataset.amounts : amounts,
    },
    keptEvents: kept,
    counts: {
      actorEvents: countsToMap(index.actorIds, actorEvents),
      actorFigures: countsToMap(index.actorIds, actorFigures),
      kinds: countsToMap(EVENT_KINDS, kindCounts),
      stages: countsToMap(AMOUNT_STAGES, stageCounts),
      drafts: new Map(Object.entries(draftCounts) as [DraftChoice, number][]),
    },
  };
}

/** Whether two lists hold the same items in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The new view, keeping the last one's lists where they hold the same items: a change that keeps the
 * same events (a stage, which narrows figures only) leaves the views drawn from events untouched.
 */
function keepUnchanged(last: FilteredView, next: FilteredView): FilteredView {
  const events = sameItems(last.events, next.events) ? last.events : next.events;
  const amounts = sameItems(last.amounts, next.amounts) ? last.amounts : next.amounts;
  if (events === last.events && amounts === last.amounts) return last;
  return { events, amounts };
}

/**
 * The filtered view and the facet counts, from one pass; the last result per dataset is reused, and so
 * are the last view's lists when they come out the same. A search runs over the titles, and over the
 * summaries and quotes too once the events' text (`text`) is read.
 */
export function exploreDataset(dataset: LeanDataset, f: Filters, text: DatasetText | null): FilterResult {
  const index = datasetIndex(dataset);
  const key = filterKey(f, text);
  const last = lastResults.get(index);
  if (last?.key === key) return last.result;
  const computed = compute(index, f, text);
  let result = computed;
  if (last !== undefined) {
    const view = keepUnchanged(last.result.view, computed.view);
    const sameEvents = view.events === last.result.view.events;
    result = { ...computed, view, keptEvents: sameEvents ? last.result.keptEvents : computed.keptEvents };
  }
  lastResults.set(index, { key, result });
  return result;
}

/** Applies the filters to the dataset: figures follow their events, and the stage filter applies to figures. */
export function filterDataset(dataset: LeanDataset, f: Filters, text: DatasetText | null): FilteredView {
  return exploreDataset(dataset, f, text).view;
}

/** What each actor, kind and stage would show under the other active filters (see the notes above). */
export function facetCounts(dataset: LeanDataset, f: Filters, text: DatasetText | null): FacetCounts {
  return exploreDataset(dataset, f, text).counts;
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
