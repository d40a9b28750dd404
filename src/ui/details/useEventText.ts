import { useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { eventText, type EventText } from '../../data/eventText';
import type { LeanEvent } from '../../data/leanDataset';
import { useDatasetText } from '../../data/useDatasetText';
import { datasetIndex, eventIndexOf } from '../../state/datasetIndex';

export type EventTextState =
  { status: 'loading' } | { status: 'ready'; text: EventText } | { status: 'failed'; message: string };

/** One event's summary and quotes: read (for the whole dataset) when first shown, then at once. */
export function useEventText(event: LeanEvent): EventTextState {
  const dataset = useDataset();
  const state = useDatasetText();
  return useMemo((): EventTextState => {
    if (state.status === 'failed') return state;
    if (state.status !== 'ready') return { status: 'loading' };
    const known = eventIndexOf(datasetIndex(dataset)).get(event.id);
    const index =
      known !== undefined && dataset.events[known] === event ? known : dataset.events.indexOf(event);
    if (index < 0)
      return { status: 'failed', message: `The event "${event.id}" is not in the dataset shown.` };
    return { status: 'ready', text: eventText(state.text, index) };
  }, [dataset, event, state]);
}
