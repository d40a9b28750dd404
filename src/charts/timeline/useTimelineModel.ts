import { useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useFilteredView } from '../../state/useFilteredView';
import { figureBadges } from './figureBadges';
import { datasetTimeDomain } from '../../model/timeDomain';
import { subsetTimed, timeEvents, type TimedEvents } from './timeIndex';
import type { Window } from './zoomMath';

export interface TimelineModel {
  /** The filtered events in time order. */
  timed: TimedEvents;
  /** The span the axis and the overview cover: the whole dataset, so filtering does not move the axis. */
  domain: Window;
  /** Figure badge per event id ("$325M"), from the filtered figures. */
  badges: Map<string, string>;
}

/**
 * What the timeline and its table draw, derived from the dataset and the filters: the dataset is sorted
 * by time once; a filter change only picks the kept events, in linear time.
 */
export function useTimelineModel(): TimelineModel {
  const dataset = useDataset();
  const view = useFilteredView();
  const all = useMemo(() => timeEvents(dataset.events), [dataset]);
  const domain = datasetTimeDomain(dataset);
  const timed = useMemo(() => subsetTimed(all, new Set(view.events)), [all, view.events]);
  const badges = useMemo(() => figureBadges(view.amounts), [view.amounts]);
  return { timed, domain, badges };
}
