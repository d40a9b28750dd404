import { useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import type { EventKind } from '../../data/schema';
import { EVENT_KINDS } from '../../data/vocabulary';
import {
  datasetIndex,
  EVENT_DRAFT,
  EVENT_INFERRED,
  EVENT_RANGE,
  type DatasetIndex,
} from '../../state/datasetIndex';
import type { ReadableEvents } from './readable/readableEvents';
import type { TimelineModel } from './useTimelineModel';

/** What the timeline's key lists: only what the events shown are drawn with. */
export interface LegendContent {
  /** The kinds of the events shown, in vocabulary order. */
  kinds: EventKind[];
  /** Whether any event shown is a draft (drawn with a "draft" chip). */
  drafts: boolean;
  /** Whether any has an inferred date (a hollow glyph). */
  inferred: boolean;
  /** Whether any date is known only to the week, month or year (a bar spans it). */
  ranges: boolean;
}

const ALL_TRAITS = EVENT_DRAFT | EVENT_INFERRED | EVENT_RANGE;

/**
 * The key's content for `shown`, whose `source` indexes the dataset's events: their kinds and traits are
 * read from the dataset's index, made once, so a filter change reads typed arrays only.
 */
export function legendContent(
  shown: ReadableEvents,
  { eventKind, eventTraits }: Pick<DatasetIndex, 'eventKind' | 'eventTraits'>,
): LegendContent {
  const present = new Uint8Array(EVENT_KINDS.length);
  let kinds = 0;
  let found = 0;
  for (const from of shown.source) {
    found |= eventTraits[from] ?? 0;
    const k = eventKind[from] ?? 255;
    if (k < present.length && present[k] === 0) {
      present[k] = 1;
      kinds++;
    }
    if (found === ALL_TRAITS && kinds === present.length) break;
  }
  return {
    kinds: EVENT_KINDS.filter((_, k) => present[k] === 1),
    drafts: (found & EVENT_DRAFT) !== 0,
    inferred: (found & EVENT_INFERRED) !== 0,
    ranges: (found & EVENT_RANGE) !== 0,
  };
}

/** The key's content for the events a timeline shows; whether clusters are drawn is the chart's to say. */
export function useLegendContent(model: TimelineModel): LegendContent {
  const dataset = useDataset();
  const { events } = model;
  return useMemo(() => legendContent(events, datasetIndex(dataset)), [events, dataset]);
}
