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
import { dayToIso, eventDaySpan } from '../../model/dates';
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

function compute(dataset: LeanDataset): DatasetFacets {
  const involvement = new Map<string, number>();
  const months = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  const kinds = new Map<string, number>();
  const figuresOfEvent = new Map<string, number>();
  const stageFigures = new Map<string, number>();
  for (const amount of dataset.amounts) {
    figuresOfEvent.set(amount.eventId, (figuresOfEvent.get(amount.eventId) ?? 0) + 1);
    stageFigures.set(amount.stage, (stageFigures.get(amount.stage) ?? 0) + 1);
  }
  const actorFigures = new Map<string, number>();
  for (const event of dataset.events) {
    kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
    const actors = event.actors;
    const figures = figuresOfEvent.get(event.id) ?? 0;
    // Each actor counts once per event; most events name one or two, so a Set per event is avoided.
    actors.forEach((id, i) => {
      if (actors.indexOf(id) !== i) return;
      involvement.set(id, (involvement.get(id) ?? 0) + 1);
      actorFigures.set(id, (actorFigures.get(id) ?? 0) + figures);
    });
    const span = eventDaySpan(event.date, event.datePrecision);
    if (span === null) continue;
    min = Math.min(min, span.start);
    max = Math.max(max, span.end);
    const month = event.date.slice(0, 7);
    if (month.length === 7) months.set(month, (months.get(month) ?? 0) + 1);
  }
  const byInvolvement = (a: Actor, b: Actor) =>
    (involvement.get(b.id) ?? 0) - (involvement.get(a.id) ?? 0) || a.name.localeCompare(b.name);
  return {
    actorGroups: ACTOR_TYPES.map((type) => ({
      type,
      actors: dataset.actors.filter((a) => a.type === type).sort(byInvolvement),
    })).filter((group) => group.actors.length > 0),
    kinds: EVENT_KINDS.filter((k) => kinds.has(k)),
    stages: AMOUNT_STAGES.filter((s) => stageFigures.has(s)),
    extent: Number.isFinite(min) ? { min: dayToIso(min), max: dayToIso(max) } : null,
    months: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, events]) => ({ month, events })),
    widest: {
      kindEvents: largest(kinds.values()),
      stageFigures: largest(stageFigures.values()),
      actorEvents: largest(involvement.values()),
      actorFigures: largest(actorFigures.values()),
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

/** Each event's month as an index into `datasetFacets(dataset).months`, or -1 for an undated event. */
const monthOfEvent = new WeakMap<LeanDataset, Int32Array>();

function eventMonths(dataset: LeanDataset): Int32Array {
  let found = monthOfEvent.get(dataset);
  if (found === undefined) {
    const position = new Map(datasetFacets(dataset).months.map(({ month }, i) => [month, i]));
    found = Int32Array.from(dataset.events, (e) =>
      eventDaySpan(e.date, e.datePrecision) === null ? -1 : (position.get(e.date.slice(0, 7)) ?? -1),
    );
    monthOfEvent.set(dataset, found);
  }
  return found;
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
