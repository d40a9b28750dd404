import { useDataset } from '../../data/DatasetContext';
import { datasetLookups, type Lookups } from '../../data/lookups';
import type { AidEvent, Dataset } from '../../data/schema';

export type { Lookups };

/** The lookups of a dataset (shared with every other view of it; see src/data/lookups.ts). */
export function buildLookups(dataset: Dataset): Lookups {
  return datasetLookups(dataset);
}

/** The lookups of the loaded dataset, built once and shared by every view. */
export function useLookups(): Lookups {
  return datasetLookups(useDataset());
}

/** The names of an event's actors, in its order (unknown ids as they are). */
export function actorNames(event: AidEvent, lookups: Lookups): string[] {
  return event.actors.map((id) => lookups.actorsById.get(id)?.name ?? id);
}

/** How many distinct sources an event's citations come from. */
export function sourceCount(event: AidEvent): number {
  return new Set(event.citations.map((c) => c.source)).size;
}
