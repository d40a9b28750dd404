import { useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { datasetTimeDomain } from '../../model/timeDomain';
import { useFilteredView } from '../../state/useFilteredView';
import { groupByDate, type DateGroup } from './readable/dateGroups';
import { readableEvents, subsetReadable, type ReadableEvents } from './readable/readableEvents';
import { summarizeTimeline } from './readable/summarize';
import type { Window } from './readable/timeScale';

export interface TimelineModel {
  /** The filtered events in drawing order (time, then kind and title within a date). */
  events: ReadableEvents;
  /** The span the axis and the overview cover: the whole dataset, so filtering does not move the axis. */
  domain: Window;
  /** The filtered events by date, for the reading view and the screen-reader structure. */
  groups: DateGroup[];
  /** The filtered events in one sentence ("29 events from 24 Feb 2022 to Nov 2024; busiest day ..."). */
  summary: string;
}

/**
 * What the timeline, its reading view and its table draw, derived from the dataset and the filters: the
 * dataset is sorted once; a filter change only picks the kept events, in linear time.
 */
export function useTimelineModel(): TimelineModel {
  const dataset = useDataset();
  const view = useFilteredView();
  const all = useMemo(() => readableEvents(dataset.events), [dataset]);
  const domain = datasetTimeDomain(dataset);
  const events = useMemo(() => subsetReadable(all, new Set(view.events)), [all, view.events]);
  const groups = useMemo(() => groupByDate(events), [events]);
  const summary = useMemo(() => summarizeTimeline(groups), [groups]);
  return { events, domain, groups, summary };
}
