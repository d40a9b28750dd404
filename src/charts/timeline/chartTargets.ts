import { plural } from '../../model/counts';
import { formatEventDate, formatRange } from '../../model/dates';
import type { LanedEvents } from './readable/laneAssignment';
import type { ClusterMark, EventMark, LabelBox, ReadableLayout } from './readable/layoutTypes';
import { markKey } from './readable/ReadableMarks';
import type { FocusItem } from './readable/navigation';
import type { TooltipContent } from './TimelineTooltip';

/** The key of what the focus is on, as the marks are keyed. */
export const keyOfItem = (events: LanedEvents, item: FocusItem): string =>
  markKey(events, item.type === 'event' ? item.mark : item.cluster);

/** "13 events, 28 Sep 2023": how many events a cluster holds and when. */
export function clusterSpanText(events: LanedEvents, cluster: ClusterMark): string {
  const lastIndex = cluster.events[cluster.events.length - 1] ?? cluster.first;
  const first = events.events[cluster.first];
  const last = events.events[lastIndex];
  const when =
    first !== undefined && first.date === last?.date
      ? formatEventDate(first.date, first.datePrecision)
      : formatRange(events.start[cluster.first] ?? 0, (events.end[lastIndex] ?? 1) - 1);
  return `${plural(cluster.events.length, 'event')}, ${when}`;
}

/** The event the keyboard starts from: the earliest drawn, on its own or in a cluster. */
export function firstInView(layout: ReadableLayout, events: LanedEvents): number | null {
  const mark = layout.marks[0] ?? null;
  const cluster = layout.clusters[0] ?? null;
  if (mark === null && cluster === null) return events.events.length > 0 ? 0 : null;
  if (mark === null) return cluster?.first ?? null;
  if (cluster === null || mark.x <= cluster.x0) return mark.event;
  return cluster.first;
}

/** What the tooltip shows: what the pointer is on, else what has the keyboard focus (while no list is open). */
export function tooltipTarget(
  layout: ReadableLayout,
  events: LanedEvents,
  hoveredKey: string | null,
  focused: FocusItem | null,
): EventMark | ClusterMark | null {
  if (hoveredKey !== null)
    return (
      layout.marks.find((m) => markKey(events, m) === hoveredKey) ??
      layout.clusters.find((c) => markKey(events, c) === hoveredKey) ??
      null
    );
  if (focused === null) return null;
  return focused.type === 'event' ? focused.mark : focused.cluster;
}

/** The tooltip's content and the label box it is anchored to. */
export function tooltipOf(
  layout: ReadableLayout,
  events: LanedEvents,
  target: EventMark | ClusterMark | null,
  canZoom: boolean,
): { content: TooltipContent; box: LabelBox } | null {
  if (target === null) return null;
  const box = layout.labelBoxes[target.box];
  if (box === undefined) return null;
  if ('event' in target) {
    const event = events.events[target.event];
    return event === undefined ? null : { content: { type: 'event', event }, box };
  }
  const last = target.events[target.events.length - 1] ?? target.first;
  return {
    content: {
      type: 'cluster',
      count: target.events.length,
      from: events.start[target.first] ?? 0,
      to: (events.end[last] ?? 1) - 1,
      canZoom,
    },
    box,
  };
}

/** The list a cluster opened: its events, heading, where to anchor it, and the span to zoom in on. */
export function openListOf(
  layout: ReadableLayout,
  events: LanedEvents,
  open: { first: string; events: readonly number[] },
) {
  const cluster = layout.clusters.find((c) => events.events[c.first]?.id === open.first);
  const listed = open.events.map((i) => events.events[i]).filter((e) => e !== undefined);
  const firstIndex = open.events[0] ?? 0;
  const lastIndex = open.events[open.events.length - 1] ?? firstIndex;
  return {
    events: listed,
    heading: cluster === undefined ? plural(listed.length, 'event') : clusterSpanText(events, cluster),
    box: cluster === undefined ? undefined : layout.labelBoxes[cluster.box],
    span: [events.start[firstIndex] ?? 0, events.end[lastIndex] ?? 0] as const,
  };
}
