import type { AidEvent, Amount, Dataset } from '../data/schema';
import type { Filters } from './filtersSlice';

/** The part of the dataset the current filters let through. Derived, never stored. */
export interface FilteredView {
  events: AidEvent[];
  amounts: Amount[];
}

function eventMatches(event: AidEvent, f: Filters, text: string): boolean {
  if (f.kinds.length > 0 && !f.kinds.includes(event.kind)) return false;
  if (f.actors.length > 0) {
    const has = (id: string) => event.actors.includes(id);
    if (f.actorMatch === 'all' ? !f.actors.every(has) : !f.actors.some(has)) return false;
  }
  // Partial dates (YYYY-MM, YYYY) compare by their span: keep them when the span overlaps the range.
  if (f.from !== null && event.date < f.from.slice(0, event.date.length)) return false;
  if (f.to !== null && event.date > f.to.slice(0, event.date.length)) return false;
  if (text !== '') {
    const hay = [event.title, event.summary, ...event.citations.map((c) => c.quote)].join('\n').toLowerCase();
    if (!hay.includes(text)) return false;
  }
  return true;
}

/** Applies the filters to the dataset: figures follow their events, and the stage filter applies to figures. */
export function filterDataset(dataset: Dataset, f: Filters): FilteredView {
  const text = f.text.trim().toLowerCase();
  const events = dataset.events.filter((e) => eventMatches(e, f, text));
  const kept = new Set(events.map((e) => e.id));
  const amounts = dataset.amounts.filter(
    (a) => kept.has(a.eventId) && (f.stages.length === 0 || f.stages.includes(a.stage)),
  );
  return { events, amounts };
}
