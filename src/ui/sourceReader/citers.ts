import { citationsWithQuotes, eventText, type DatasetText } from '../../data/eventText';
import type { LeanDataset } from '../../data/leanDataset';
import { formatAmountLabel } from '../../model/money';
import type { Citer } from './passages';

const bySource = new WeakMap<DatasetText, Map<string, Citer[]>>();

/**
 * Every event and figure of the dataset that cites each source, with the quotes of the events' text
 * (`text`, the dataset's), built once per dataset.
 */
export function citersOf(dataset: LeanDataset, text: DatasetText, sourceId: string): Citer[] {
  let index = bySource.get(text);
  if (index === undefined) {
    index = new Map();
    const add = (citer: Citer) => {
      for (const source of new Set(citer.citations.map((c) => c.source))) {
        const list = index?.get(source) ?? [];
        list.push(citer);
        index?.set(source, list);
      }
    };
    dataset.events.forEach((e, i) => {
      add({
        type: 'event',
        id: e.id,
        eventId: e.id,
        label: e.title,
        draft: e.draft === true,
        citations: citationsWithQuotes(e, eventText(text, i)),
      });
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
    bySource.set(text, index);
  }
  return index.get(sourceId) ?? [];
}
