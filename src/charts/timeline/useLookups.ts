import { useDataset } from '../../data/DatasetContext';
import type { Actor, AidEvent, Amount, Dataset, Source } from '../../data/schema';

/** Maps from ids to the dataset's records, built once per dataset. */
export interface Lookups {
  eventsById: ReadonlyMap<string, AidEvent>;
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
  amountsById: ReadonlyMap<string, Amount>;
  /** Every figure of an event, in dataset order. */
  amountsByEvent: ReadonlyMap<string, readonly Amount[]>;
  /** Actor ids in dataset order, for `actorColor`. */
  actorIds: readonly string[];
}

export function buildLookups(dataset: Dataset): Lookups {
  const amountsByEvent = new Map<string, Amount[]>();
  for (const amount of dataset.amounts) {
    const list = amountsByEvent.get(amount.eventId);
    if (list === undefined) amountsByEvent.set(amount.eventId, [amount]);
    else list.push(amount);
  }
  return {
    eventsById: new Map(dataset.events.map((e) => [e.id, e])),
    actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    amountsById: new Map(dataset.amounts.map((a) => [a.id, a])),
    amountsByEvent,
    actorIds: dataset.actors.map((a) => a.id),
  };
}

const cache = new WeakMap<Dataset, Lookups>();

/** The lookups of the loaded dataset, built once and shared by every view. */
export function useLookups(): Lookups {
  const dataset = useDataset();
  let lookups = cache.get(dataset);
  if (lookups === undefined) {
    lookups = buildLookups(dataset);
    cache.set(dataset, lookups);
  }
  return lookups;
}

/** The names of an event's actors, in its order (unknown ids as they are). */
export function actorNames(event: AidEvent, lookups: Lookups): string[] {
  return event.actors.map((id) => lookups.actorsById.get(id)?.name ?? id);
}

/** How many distinct sources an event's citations come from. */
export function sourceCount(event: AidEvent): number {
  return new Set(event.citations.map((c) => c.source)).size;
}
