import type { Dataset } from '../../data/schema';
import { formatAmountLabel } from '../../model/money';
import type { Citer } from './passages';

const bySource = new WeakMap<Dataset, Map<string, Citer[]>>();

/** Every event and figure of the dataset that cites each source, built once per dataset. */
export function citersOf(dataset: Dataset, sourceId: string): Citer[] {
  let index = bySource.get(dataset);
  if (index === undefined) {
    index = new Map();
    const add = (citer: Citer) => {
      for (const source of new Set(citer.citations.map((c) => c.source))) {
        const list = index?.get(source) ?? [];
        list.push(citer);
        index?.set(source, list);
      }
    };
    for (const e of dataset.events)
      add({
        type: 'event',
        id: e.id,
        eventId: e.id,
        label: e.title,
        draft: e.draft === true,
        citations: e.citations,
      });
    for (const a of dataset.amounts)
      add({
        type: 'amount',
        id: a.id,
        eventId: a.eventId,
        label: `${formatAmountLabel(a)} ${a.label}`,
        draft: a.draft === true,
        citations: a.citations,
      });
    bySource.set(dataset, index);
  }
  return index.get(sourceId) ?? [];
}
