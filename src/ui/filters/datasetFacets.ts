import type { Actor } from '../../data/schema';
import type { DatasetText } from '../../data/eventText';
import type { LeanDataset } from '../../data/leanDataset';
import {
  ACTOR_TYPES,
  AMOUNT_STAGES,
  EVENT_KINDS,
  type ActorType,
  type AmountStage,
  type EventKind,
} from '../../data/vocabulary';
import { dayToIso } from '../../model/dates';
import { datasetIndex } from '../../state/datasetIndex';
import { actorMask, draftMask, kindMask, textMask } from '../../state/filterMasks';
import type { Filters } from '../../state/filtersSlice';

/** What the dataset offers to filter by, independent of the filters; computed once per dataset. */
export interface DatasetFacets {
  /** Actors by type, each list ordered by how many events involve the actor, then by name. */
  actorGroups: { type: ActorType; actors: Actor[] }[];
  /** Event kinds and figure stages that occur, in schema order. */
  kinds: EventKind[];
  stages: AmountStage[];
  /** First and last day any event covers (ISO dates), or null for a dataset without events. */
  extent: { min: string; max: string } | null;
  /** Months with events (`YYYY-MM`), oldest first, with how many events each has. */
  months: { month: string; events: number }[];
  /**
   * The largest count each column of counts can show: its count with no filter set, which no filter can
   * raise. The columns are sized to it, so they never change width as the filters change.
   */
  widest: { kindEvents: number; stageFigures: number; actorEvents: number; actorFigures: number };
}

const largest = (counts: Iterable<number>) => Math.max(0, ...counts);

const cache = new WeakMap<LeanDataset, DatasetFacets>();

/** Each event's month as an index into `datasetFacets(dataset).months`, or -1 for an undated event. */
const monthOfEvent = new WeakMap<LeanDataset, Int32Array>();

/**
 * One pass over the filters' index of the dataset (integer codes and day numbers, see datasetIndex.ts):
 * at a million events, counting by string keys took seconds.
 */
function compute(dataset: LeanDataset): DatasetFacets {
  const index = datasetIndex(dataset);
  const { actorStart, actorList, eventStart, eventEnd, eventKind, amountStart, amountStage } = index;
  const n = dataset.events.length;
  const involvement = new Float64Array(index.actorIds.length);
  const actorFigures = new Float64Array(index.actorIds.length);
  const kindEvents = new Float64Array(EVENT_KINDS.length);
  const stageFigures = new Float64Array(AMOUNT_STAGES.length);
  for (const stage of amountStage)
    if (stage < AMOUNT_STAGES.length) stageFigures[stage] = (stageFigures[stage] ?? 0) + 1;
  // Months by slot, in order of first appearance; dates repeat, so each distinct date is read once.
  const slotOfDate = new Map<string, number>();
  const slotOfMonth = new Map<string, number>();
  const monthEvents: number[] = [];
  const eventSlot = new Int32Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const kind = eventKind[i] ?? 255;
    if (kind < EVENT_KINDS.length) kindEvents[kind] = (kindEvents[kind] ?? 0) + 1;
    const figures = (amountStart[i + 1] ?? 0) - (amountStart[i] ?? 0);
    // The index lists each actor once per event.
    for (let a = actorStart[i] ?? 0; a < (actorStart[i + 1] ?? 0); a++) {
      const code = actorList[a] ?? 0;
      involvement[code] = (involvement[code] ?? 0) + 1;
      actorFigures[code] = (actorFigures[code] ?? 0) + figures;
    }
    const start = eventStart[i] ?? 0;
    const end = eventEnd[i] ?? 0;
    eventSlot[i] = -1;
    // An unreadable date has an empty span.
    if (start > end) continue;
    min = Math.min(min, start);
    max = Math.max(max, end);
    const date = dataset.events[i]?.date ?? '';
    let slot = slotOfDate.get(date);
    if (slot === undefined) {
      const month = date.slice(0, 7);
      slot = month.length === 7 ? slotOfMonth.get(month) : -1;
      if (slot === undefined) {
        slot = monthEvents.length;
        slotOfMonth.set(month, slot);
        monthEvents.push(0);
      }
      slotOfDate.set(date, slot);
    }
    eventSlot[i] = slot;
    if (slot >= 0) monthEvents[slot] = (monthEvents[slot] ?? 0) + 1;
  }
  const months = [...slotOfMonth].sort(([a], [b]) => a.localeCompare(b));
  const rank = new Int32Array(months.length);
  months.forEach(([, slot], i) => (rank[slot] = i));
  monthOfEvent.set(
    dataset,
    eventSlot.map((slot) => (slot < 0 ? -1 : (rank[slot] ?? -1))),
  );
  const involved = (actor: Actor) => involvement[index.actorIndex.get(actor.id) ?? -1] ?? 0;
  const byInvolvement = (a: Actor, b: Actor) => involved(b) - involved(a) || a.name.localeCompare(b.name);
  return {
    actorGroups: ACTOR_TYPES.map((type) => ({
      type,
      actors: dataset.actors.filter((a) => a.type === type).sort(byInvolvement),
    })).filter((group) => group.actors.length > 0),
    kinds: EVENT_KINDS.filter((_, k) => (kindEvents[k] ?? 0) > 0),
    stages: AMOUNT_STAGES.filter((_, s) => (stageFigures[s] ?? 0) > 0),
    extent: Number.isFinite(min) ? { min: dayToIso(min), max: dayToIso(max) } : null,
    months: months.map(([month, slot]) => ({ month, events: monthEvents[slot] ?? 0 })),
    widest: {
      kindEvents: largest(kindEvents),
      stageFigures: largest(stageFigures),
      actorEvents: largest(involvement),
      actorFigures: largest(actorFigures),
    },
  };
}

export function datasetFacets(dataset: LeanDataset): DatasetFacets {
  let facets = cache.get(dataset);
  if (facets === undefined) {
    facets = compute(dataset);
    cache.set(dataset, facets);
  }
  return facets;
}

function eventMonths(dataset: LeanDataset): Int32Array {
  datasetFacets(dataset);
  return monthOfEvent.get(dataset) ?? new Int32Array(dataset.events.length).fill(-1);
}

/**
 * How many events each month of the dataset holds under every filter but the dates (which the month
 * menu itself sets), in the order of `datasetFacets(dataset).months`.
 */
export function monthCounts(dataset: LeanDataset, filters: Filters, text: DatasetText | null): number[] {
  const index = datasetIndex(dataset);
  const masks = [
    actorMask(index, filters),
    kindMask(index, filters),
    textMask(index, filters, text),
    draftMask(index, filters),
  ].filter((m): m is Uint8Array => m !== null);
  const months = eventMonths(dataset);
  const counts = new Array<number>(datasetFacets(dataset).months.length).fill(0);
  for (let i = 0; i < months.length; i++) {
    const m = months[i] ?? -1;
    if (m >= 0 && masks.every((mask) => mask[i] === 1)) counts[m] = (counts[m] ?? 0) + 1;
  }
  return counts;
}
