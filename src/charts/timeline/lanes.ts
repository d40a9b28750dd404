import { group, range } from 'd3-array';
import type { Actor } from '../../data/schema';
import { EVENT_KINDS, type EventKind } from '../../data/vocabulary';
import type { LaneGrouping } from '../../state/viewSlice';
import { KIND_LABELS } from '../../model/eventKinds';
import type { TimedEvents } from './timeIndex';

/** One horizontal band of the timeline. */
export interface Lane {
  key: string;
  label: string;
  type: 'actor' | 'other' | 'kind';
  /** The actor of an actor lane; null otherwise. */
  actorId: string | null;
  /** The kind of a kind lane; null otherwise. */
  kind: EventKind | null;
  /** How many events the lane holds. */
  count: number;
}

/** Events sorted by time, grouped into lanes: each lane lists its events' positions and times. */
export interface TimelineIndex extends TimedEvents {
  readonly lanes: readonly Lane[];
  /** Per lane, indexes into `events`, ascending. An event with several actors is in several lanes. */
  readonly laneMembers: readonly Int32Array[];
  /** Per lane, `at` of each member: sorted, for binary search. */
  readonly laneAt: readonly Float64Array[];
}

export interface LaneOptions {
  /** Most lanes drawn when grouping by actor, the "Other" lane included. */
  maxActorLanes: number;
  /** Actors that get a lane first when there are more actors than lanes (e.g. the filtered actors). */
  preferredActors?: readonly string[];
}

export const OTHER_LANE_KEY = 'other';

function actorLanes(
  timed: TimedEvents,
  actors: readonly Actor[],
  options: LaneOptions,
): { lanes: Lane[]; members: number[][] } {
  const n = timed.events.length;
  const counts = new Int32Array(timed.actorIds.length);
  for (let a = 0; a < (timed.actorStart[n] ?? 0); a++) {
    const code = timed.actorList[a] ?? 0;
    counts[code] = (counts[code] ?? 0) + 1;
  }
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const preferred = new Set(options.preferredActors ?? []);
  const nameOf = (code: number) => {
    const id = timed.actorIds[code] ?? '';
    return names.get(id) ?? id;
  };
  const ranked: number[] = [];
  counts.forEach((count, code) => {
    if (count > 0) ranked.push(code);
  });
  ranked.sort(
    (a, b) =>
      Number(preferred.has(timed.actorIds[b] ?? '')) - Number(preferred.has(timed.actorIds[a] ?? '')) ||
      (counts[b] ?? 0) - (counts[a] ?? 0) ||
      nameOf(a).localeCompare(nameOf(b)),
  );
  let actorless = false;
  for (let i = 0; i < n && !actorless; i++) actorless = timed.actorStart[i] === timed.actorStart[i + 1];
  const max = Math.max(1, options.maxActorLanes);
  // Every actor gets a lane when they fit; otherwise the top ones do and an "Other" lane holds the rest.
  const needsOther = ranked.length + (actorless ? 1 : 0) > max;
  const shown = needsOther ? ranked.slice(0, max - 1) : ranked;
  const laneOfActor = new Int32Array(timed.actorIds.length).fill(-1);
  shown.forEach((code, lane) => (laneOfActor[code] = lane));
  const members: number[][] = shown.map(() => []);
  const other: number[] = [];
  for (let i = 0; i < n; i++) {
    let placed = false;
    for (let a = timed.actorStart[i] ?? 0; a < (timed.actorStart[i + 1] ?? 0); a++) {
      const lane = laneOfActor[timed.actorList[a] ?? 0] ?? -1;
      if (lane >= 0) {
        members[lane]?.push(i);
        placed = true;
      }
    }
    if (!placed) other.push(i);
  }
  const lanes: Lane[] = shown.map((code) => ({
    key: `actor:${timed.actorIds[code] ?? ''}`,
    label: nameOf(code),
    type: 'actor',
    actorId: timed.actorIds[code] ?? null,
    kind: null,
    count: counts[code] ?? 0,
  }));
  if (other.length > 0) {
    lanes.push({
      key: OTHER_LANE_KEY,
      label: needsOther ? 'Other actors' : 'No actor',
      type: 'other',
      actorId: null,
      kind: null,
      count: other.length,
    });
    members.push(other);
  }
  return { lanes, members };
}

function kindLanes(timed: TimedEvents): { lanes: Lane[]; members: number[][] } {
  const byKind = group(range(timed.events.length), (i) => timed.events[i]?.kind);
  const kinds = EVENT_KINDS.filter((k) => byKind.has(k));
  const lanes: Lane[] = kinds.map((kind) => ({
    key: `kind:${kind}`,
    label: KIND_LABELS[kind],
    type: 'kind',
    actorId: null,
    kind,
    count: byKind.get(kind)?.length ?? 0,
  }));
  return { lanes, members: kinds.map((k) => byKind.get(k) ?? []) };
}

/**
 * Groups time-sorted events into lanes, by actor (the actors with the most events, preferred ones first,
 * then "Other actors") or by kind (in the schema's order of kinds). Empty lanes are left out.
 */
export function buildTimelineIndex(
  timed: TimedEvents,
  actors: readonly Actor[],
  grouping: LaneGrouping,
  options: LaneOptions,
): TimelineIndex {
  const { lanes, members } = grouping === 'actor' ? actorLanes(timed, actors, options) : kindLanes(timed);
  const laneAt = members.map((list) => {
    const times = new Float64Array(list.length);
    for (let m = 0; m < list.length; m++) times[m] = timed.at[list[m] ?? 0] ?? 0;
    return times;
  });
  return { ...timed, lanes, laneMembers: members.map((list) => Int32Array.from(list)), laneAt };
}
