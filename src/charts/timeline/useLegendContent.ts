import { useMemo } from 'react';
import type { EventKind } from '../../data/schema';
import { EVENT_KINDS } from '../../data/vocabulary';
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

/** The key's content for the events a timeline shows; whether clusters are drawn is the chart's to say. */
export function useLegendContent(model: TimelineModel): LegendContent {
  const { events } = model.events;
  return useMemo(() => {
    const present = new Set(events.map((e) => e.kind));
    return {
      kinds: EVENT_KINDS.filter((k) => present.has(k)),
      drafts: events.some((e) => e.draft === true),
      inferred: events.some((e) => e.dateBasis === 'inferred'),
      ranges: events.some((e) => e.datePrecision !== 'day'),
    };
  }, [events]);
}
