import { bisectRight } from 'd3-array';
import type { LanedEvents } from './laneAssignment';
import type { ClusterMark, EventMark, ReadableLayout } from './layoutTypes';

/** What the keyboard focus is on: an event drawn on its own or a cluster, both found by an event. */
export type FocusItem = { type: 'event'; mark: EventMark } | { type: 'cluster'; cluster: ClusterMark };

/** The cluster of the layout that holds an event, found by binary search on its lane's members. */
export function clusterOf(events: LanedEvents, layout: ReadableLayout, event: number): ClusterMark | null {
  const lane = events.laneOf[event] ?? -1;
  const member = events.memberIndex[event] ?? -1;
  const inLane = layout.clusters.filter((c) => c.lane === lane);
  const at = bisectRight(
    inLane.map((c) => c.from),
    member,
  );
  const cluster = inLane[at - 1];
  return cluster !== undefined && member < cluster.to ? cluster : null;
}

/** Where an event is drawn in the layout: on its own, in a cluster, or (out of view) nowhere. */
export function itemOf(events: LanedEvents, layout: ReadableLayout, event: number): FocusItem | null {
  const mark = layout.marks.find((m) => m.event === event);
  if (mark !== undefined) return { type: 'event', mark };
  const cluster = clusterOf(events, layout, event);
  return cluster === null ? null : { type: 'cluster', cluster };
}

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

const centre = (item: FocusItem) =>
  item.type === 'event'
    ? { lane: item.mark.lane, x: item.mark.x, y: item.mark.y }
    : { lane: item.cluster.lane, x: item.cluster.x0, y: item.cluster.y };

/**
 * The event the keyboard focus moves to from `event`. Left and right move in time within the lane, over
 * every event of the lane, in or out of view (a cluster is stepped over as one); Home and End go to the
 * lane's first and last event. Up and down move to what is drawn nearest in time in the lane above or
 * below, or, in a single lane, in the rows above or below. Returns null when there is nowhere to go.
 */
export function moveFocus(
  events: LanedEvents,
  layout: ReadableLayout,
  event: number,
  key: NavigationKey,
): number | null {
  const lane = events.laneOf[event] ?? 0;
  const members = events.laneMembers[lane];
  if (members === undefined || members.length === 0) return null;
  const member = events.memberIndex[event] ?? 0;
  const cluster = clusterOf(events, layout, event);
  const [from, to] = cluster === null ? [member, member + 1] : [cluster.from, cluster.to];
  switch (key) {
    case 'ArrowLeft':
      return from > 0 ? (members[from - 1] ?? null) : null;
    case 'ArrowRight':
      return to < members.length ? (members[to] ?? null) : null;
    case 'Home':
      return members[0] ?? null;
    case 'End':
      return members[members.length - 1] ?? null;
    case 'ArrowUp':
    case 'ArrowDown':
      return nearestAcross(events, layout, event, key === 'ArrowUp' ? -1 : 1);
  }
}

/** The item nearest in time in the next lane (or row) up or down, as the event it stands for. */
function nearestAcross(
  events: LanedEvents,
  layout: ReadableLayout,
  event: number,
  direction: -1 | 1,
): number | null {
  const from = itemOf(events, layout, event);
  if (from === null) return null;
  const here = centre(from);
  const several = layout.lanes.length > 1;
  const items: FocusItem[] = [
    ...layout.marks.map((mark): FocusItem => ({ type: 'event', mark })),
    ...layout.clusters.map((cluster): FocusItem => ({ type: 'cluster', cluster })),
  ];
  let best: { item: FocusItem; cost: number } | null = null;
  for (const item of items) {
    const c = centre(item);
    if (several ? c.lane !== here.lane + direction : Math.sign(c.y - here.y) !== direction) continue;
    // Time first; among items as near in time, the nearest row.
    const cost = Math.abs(c.x - here.x) + Math.abs(c.y - here.y) * 0.25;
    if (best === null || cost < best.cost) best = { item, cost };
  }
  if (best === null) return null;
  return best.item.type === 'event' ? best.item.mark.event : best.item.cluster.first;
}

/** The box under a point of the plot: the event or cluster there, if any. */
export function hitTest(layout: ReadableLayout, x: number, y: number): FocusItem | null {
  for (const box of layout.labelBoxes) {
    if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) continue;
    if (box.owner.type === 'event') {
      const mark = layout.marks[box.owner.mark];
      return mark === undefined ? null : { type: 'event', mark };
    }
    const cluster = layout.clusters[box.owner.cluster];
    return cluster === undefined ? null : { type: 'cluster', cluster };
  }
  return null;
}
