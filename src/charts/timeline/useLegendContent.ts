import { useMemo } from 'react';
import type { EventKind } from '../../data/schema';
import { EVENT_KINDS } from '../../data/vocabulary';
import type { TimelineModel } from './useTimelineModel';

/** What the timeline's key lists: the kinds of the events shown, in vocabulary order, and whether any is a draft. */
export function useLegendContent(model: TimelineModel): { kinds: EventKind[]; drafts: boolean } {
  const { events } = model.events;
  return useMemo(() => {
    const present = new Set(events.map((e) => e.kind));
    return { kinds: EVENT_KINDS.filter((k) => present.has(k)), drafts: events.some((e) => e.draft === true) };
  }, [events]);
}
