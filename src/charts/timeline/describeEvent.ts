import type { LeanEvent } from '../../data/leanDataset';
import { formatEventDate } from '../../model/dates';
import { KIND_LABELS } from '../../model/eventKinds';
import { actorNames, type Lookups } from '../../model/lookups';

/** What a screen reader hears when an event gets the keyboard focus. */
export function describeEvent(event: LeanEvent, position: number, total: number, lookups: Lookups): string {
  const date = `${formatEventDate(event.date, event.datePrecision)}${event.dateBasis === 'inferred' ? ' (inferred)' : ''}`;
  const actors = actorNames(event, lookups);
  const figures = lookups.amountsByEvent.get(event.id)?.length ?? 0;
  const parts = [
    `${date}: ${event.title}.`,
    `${KIND_LABELS[event.kind]}${actors.length > 0 ? `, ${actors.join(', ')}` : ''}.`,
    figures > 0 ? `${figures} figure${figures === 1 ? '' : 's'}.` : '',
    `Event ${position + 1} of ${total}.`,
  ];
  return parts.filter((p) => p !== '').join(' ');
}
