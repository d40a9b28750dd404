import { useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { datasetTimeDomain } from '../../model/timeDomain';
import { datasetIndex, eventIndexOf } from '../../state/datasetIndex';
import { useFilterResult } from '../../state/useFilteredView';
import { groupByDate, type DateGroup } from './readable/dateGroups';
import {
  positionsById,
  readableEvents,
  subsetReadable,
  type EventPositions,
  type ReadableEvents,
} from './readable/readableEvents';
import { summarizeTimeline } from './readable/summarize';
import type { Window } from './readable/timeScale';

export interface TimelineModel {
  /**
   * The filtered events in drawing order (time, then kind and title within a date); `source` is each
   * one's index in the dataset's events.
   */
  events: ReadableEvents;
  /** Each filtered event's position in `events`, by id. */
  indexById: EventPositions;
  /** The span the axis and the overview cover: the whole dataset, so filtering does not move the axis. */
  domain: Window;
  /** The filtered events by date, for the reading view and the screen-reader structure. */
  groups: DateGroup[];
  /** The filtered events in one sentence ("29 events from 24 Feb 2022 to Nov 2024; busiest day ..."). */
  summary: string;
}

/**
 * What the timeline, its reading view and its table draw, derived from the dataset and the filters: the
 * dataset is sorted once; a filter change only picks the kept events (the filters' mask), in linear time.
 */
export function useTimelineModel(): TimelineModel {
  const dataset = useDataset();
  const { keptEvents } = useFilterResult();
  const all = useMemo(() => readableEvents(dataset.events), [dataset]);
  const domain = datasetTimeDomain(dataset);
  const events = useMemo(() => subsetReadable(all, keptEvents), [all, keptEvents]);
  const indexById = useMemo(
    () => positionsById(events, dataset.events.length, () => eventIndexOf(datasetIndex(dataset))),
    [events, dataset],
  );
  const groups = useMemo(() => groupByDate(events), [events]);
  const summary = useMemo(() => summarizeTimeline(groups), [groups]);
  return { events, indexById, domain, groups, summary };
}
