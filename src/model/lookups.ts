import { group } from 'd3-array';
import { useDataset } from '../data/DatasetContext';
import type { Actor, Amount, Flag, Source } from '../data/schema';
import type { LeanDataset, LeanEvent } from '../data/leanDataset';

/** Maps from ids to the dataset's records, shared by every view of one dataset. */
export interface Lookups {
  eventsById: ReadonlyMap<string, LeanEvent>;
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
  amountsById: ReadonlyMap<string, Amount>;
  /**
   * Every figure of an event: its own first, then running totals (so that "$325M" is not read as the
   * "$35.4B" total since 2022 beside it), each in dataset order.
   */
  amountsByEvent: ReadonlyMap<string, readonly Amount[]>;
  /** The figures that are part of a figure (`partOf` its id), in dataset order. */
  partsByAmount: ReadonlyMap<string, readonly Amount[]>;
  /**
   * The flags about an id, in dataset order: a flag is about its first ref; the refs after it name what
   * it was compared with (the figure whose rate shows another's is wrong), which the flag does not doubt.
   */
  flagsAbout: ReadonlyMap<string, readonly Flag[]>;
  /** The flags that name an id in any of their refs, each once, in dataset order. */
  flagsNaming: ReadonlyMap<string, readonly Flag[]>;
}

/** Items by id, set one by one: a pair per item for the Map constructor cost twice as long at a million. */
export function mapById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/** Items grouped by a key, each group in the items' order; items without a key are left out. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | null | undefined): Map<string, T[]> {
  return group(
    items.filter((item) => key(item) != null),
    (item) => key(item) ?? '',
  );
}

function ownFiguresFirst(byEvent: Map<string, Amount[]>): Map<string, Amount[]> {
  for (const amounts of byEvent.values())
    if (amounts.length > 1) amounts.sort((a, b) => Number(a.cumulative) - Number(b.cumulative));
  return byEvent;
}

function flagsNaming(flags: readonly Flag[]): Map<string, Flag[]> {
  const map = new Map<string, Flag[]>();
  for (const flag of flags) {
    for (const ref of flag.refs) {
      const list = map.get(ref);
      if (list === undefined) map.set(ref, [flag]);
      else if (!list.includes(flag)) list.push(flag);
    }
  }
  return map;
}

function flagsAbout(flags: readonly Flag[]): Map<string, Flag[]> {
  return groupBy(flags, (flag) => flag.refs[0]);
}

/**
 * Each map is built the first time it is read: with 100,000 events, building them all up front costs a
 * noticeable part of the first render, and most are only needed once something is selected.
 */
class LazyLookups implements Lookups {
  readonly #dataset: LeanDataset;
  #eventsById?: Map<string, LeanEvent>;
  #actorsById?: Map<string, Actor>;
  #sourcesById?: Map<string, Source>;
  #amountsById?: Map<string, Amount>;
  #amountsByEvent?: Map<string, Amount[]>;
  #partsByAmount?: Map<string, Amount[]>;
  #flagsAbout?: Map<string, Flag[]>;
  #flagsNaming?: Map<string, Flag[]>;

  constructor(dataset: LeanDataset) {
    this.#dataset = dataset;
  }

  get eventsById(): ReadonlyMap<string, LeanEvent> {
    return (this.#eventsById ??= mapById(this.#dataset.events));
  }
  get actorsById(): ReadonlyMap<string, Actor> {
    return (this.#actorsById ??= mapById(this.#dataset.actors));
  }
  get sourcesById(): ReadonlyMap<string, Source> {
    return (this.#sourcesById ??= mapById(this.#dataset.sources));
  }
  get amountsById(): ReadonlyMap<string, Amount> {
    return (this.#amountsById ??= mapById(this.#dataset.amounts));
  }
  get amountsByEvent(): ReadonlyMap<string, readonly Amount[]> {
    return (this.#amountsByEvent ??= ownFiguresFirst(groupBy(this.#dataset.amounts, (a) => a.eventId)));
  }
  get partsByAmount(): ReadonlyMap<string, readonly Amount[]> {
    return (this.#partsByAmount ??= groupBy(this.#dataset.amounts, (a) => a.partOf));
  }
  get flagsAbout(): ReadonlyMap<string, readonly Flag[]> {
    return (this.#flagsAbout ??= flagsAbout(this.#dataset.flags));
  }
  get flagsNaming(): ReadonlyMap<string, readonly Flag[]> {
    return (this.#flagsNaming ??= flagsNaming(this.#dataset.flags));
  }
}

const cache = new WeakMap<LeanDataset, Lookups>();

/** The lookups of a dataset: one object per dataset, whose maps are built on first use and then kept. */
export function datasetLookups(dataset: LeanDataset): Lookups {
  let lookups = cache.get(dataset);
  if (lookups === undefined) {
    lookups = new LazyLookups(dataset);
    cache.set(dataset, lookups);
  }
  return lookups;
}

/** The lookups of the loaded dataset (inside <DatasetGate>), shared by every view. */
export function useLookups(): Lookups {
  return datasetLookups(useDataset());
}

/** An actor's name, or its id when the dataset does not know it. */
export function actorName(lookups: Lookups, id: string): string {
  return lookups.actorsById.get(id)?.name ?? id;
}

/** The names of an event's actors, in its order. */
export function actorNames(event: LeanEvent, lookups: Lookups): string[] {
  return event.actors.map((id) => actorName(lookups, id));
}

/** How many distinct sources an event's citations come from. */
export function sourceCount(event: LeanEvent): number {
  return new Set(event.citations.map((c) => c.source)).size;
}
