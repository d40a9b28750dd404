import type { AidEvent, Amount, Dataset } from '../data/schema';
import type { Filters } from '../state/filtersSlice';
import { sourcesUsed } from './describeSources';

export interface ExportJsonInput {
  dataset: Dataset;
  events: readonly AidEvent[];
  amounts: readonly Amount[];
  filters: Filters;
  caption: string;
  exportedAt: Date;
}

/**
 * The shown events and figures as JSON, shaped like the dataset (so the same schema reads it) with the
 * filters that chose them, and only the sources and actors they refer to.
 */
export function toJson(input: ExportJsonInput): string {
  const { dataset, events, amounts } = input;
  const actorIds = new Set<string>();
  for (const e of events) for (const id of e.actors) actorIds.add(id);
  for (const a of amounts) for (const id of [a.donor, a.recipient]) if (id != null) actorIds.add(id);
  const document = {
    schemaVersion: dataset.schemaVersion,
    title: dataset.title,
    exportedAt: input.exportedAt.toISOString(),
    filters: input.filters,
    caption: input.caption,
    sources: sourcesUsed(dataset, events, amounts),
    actors: dataset.actors.filter((a) => actorIds.has(a.id)),
    events,
    amounts,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
