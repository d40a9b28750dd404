import type { Dataset } from '../data/schema';
import type { Filters } from '../state/filtersSlice';

function actorName(dataset: Dataset, id: string): string {
  return dataset.actors.find((a) => a.id === id)?.name ?? id;
}

/** The date range in words: "2023-09-01 to 2023-12-31", "from 2023-09-01", or "all dates". */
export function describeDates(from: string | null, to: string | null): string {
  if (from !== null && to !== null) return from === to ? `on ${from}` : `${from} to ${to}`;
  if (from !== null) return `from ${from}`;
  if (to !== null) return `up to ${to}`;
  return 'all dates';
}

/**
 * The active filters and date range as one sentence for a caption, e.g.
 * `Filters: actors NATO or Ukraine; event kinds contract; text “kyiv”. Dates: 2023-09-01 to 2023-12-31.`
 */
export function describeFilters(filters: Filters, dataset: Dataset): string {
  const parts: string[] = [];
  if (filters.actors.length > 0) {
    const joiner = filters.actorMatch === 'all' ? ' and ' : ' or ';
    const names = filters.actors.map((id) => actorName(dataset, id)).join(joiner);
    parts.push(`${filters.actors.length > 1 ? 'actors' : 'actor'} ${names}`);
  }
  if (filters.kinds.length > 0) {
    parts.push(`${filters.kinds.length > 1 ? 'event kinds' : 'event kind'} ${filters.kinds.join(', ')}`);
  }
  if (filters.stages.length > 0) {
    parts.push(`${filters.stages.length > 1 ? 'stages' : 'stage'} ${filters.stages.join(', ')}`);
  }
  const text = filters.text.trim();
  if (text !== '') parts.push(`text “${text}”`);
  const filterPart = parts.length === 0 ? 'No filters' : `Filters: ${parts.join('; ')}`;
  const dates = describeDates(filters.from, filters.to);
  return `${filterPart}. Dates: ${dates}.`;
}

/** How much of the dataset is shown: "12 of 30 events, 4 of 11 figures shown." */
export function describeCounts(shown: { events: number; amounts: number }, dataset: Dataset): string {
  return `${shown.events} of ${dataset.events.length} events, ${shown.amounts} of ${dataset.amounts.length} figures shown.`;
}

/** The timeline's zoom window in words, or null when it shows everything. */
export function describeWindow(window: readonly [number, number] | null): string | null {
  if (window === null) return null;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return `Timeline zoomed to ${day(window[0])} to ${day(window[1])}.`;
}
