import type { Actor } from '../../../data/schema';
import { EVENT_KINDS, type EventKind } from '../../../data/vocabulary';
import { KIND_LABELS } from '../../../model/eventKinds';
import type { ReadableEvents } from './readableEvents';

/** How events are split into horizontal lanes: not at all, by their main actor, or by kind. */
export type ReadableGrouping = 'none' | 'actor' | 'kind';

/** One horizontal band of the timeline. Each event sits in exactly one lane. */
export interface ReadableLane {
  key: string;
  /** The lane's name as shown; empty when there is a single lane. */
  label: string;
  type: 'all' | 'actor' | 'other' | 'kind';
  actorId: string | null;
  kind: EventKind | null;
  /** How many events the lane holds. */
  count: number;
}

export interface LanedEvents extends ReadableEvents {
  readonly grouping: ReadableGrouping;
  readonly lanes: readonly ReadableLane[];
  /** The lane of each event. */
  readonly laneOf: Int32Array;
  /** Per lane, positions in `events`, ascending. */
  readonly laneMembers: readonly Int32Array[];
  /** Per lane, `at` of each member, for binary search. */
  readonly laneAt: readonly Float64Array[];
  /** Per event, its position among its lane's members. */
  readonly memberIndex: Int32Array;
  /** The names of an event's actors other than its lane's actor (drawn as chips); none unless by actor. */
  readonly chips: (event: number) => readonly string[];
}

export interface LaneOptions {
  /** Most lanes when grouping by actor, an "Other actors" lane included. */
  maxActorLanes: number;
  /**
   * Actors whose events go in their lane even when another actor is named first (the actors the
   * person filtered by); they also get lanes first.
   */
  preferredActors?: readonly string[];
}

export const OTHER_LANE_KEY = 'other';
const NO_CHIPS: readonly string[] = [];

/** The actor whose lane an event goes in: the first preferred actor it names, else the first it names. */
function mainActor(actors: readonly string[], preferred: ReadonlySet<string>): string | null {
  return actors.find((a) => preferred.has(a)) ?? actors[0] ?? null;
}

function byActor(
  events: ReadableEvents,
  actors: readonly Actor[],
  options: LaneOptions,
): { lanes: ReadableLane[]; laneOf: Int32Array; chips: (event: number) => readonly string[] } {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const preferred = new Set(options.preferredActors ?? []);
  const main = events.events.map((e) => mainActor(e.actors, preferred));
  const counts = new Map<string, number>();
  for (const id of main) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = [...counts.keys()].sort(
    (a, b) =>
      Number(preferred.has(b)) - Number(preferred.has(a)) ||
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      nameOf(a).localeCompare(nameOf(b)),
  );
  const actorless = main.includes(null);
  const max = Math.max(1, options.maxActorLanes);
  const needsOther = ranked.length + (actorless ? 1 : 0) > max;
  const shown = needsOther ? ranked.slice(0, max - 1) : ranked;
  const laneOfActor = new Map(shown.map((id, lane) => [id, lane]));
  const otherLane = shown.length;
  const laneOf = Int32Array.from(main, (id) =>
    id === null ? otherLane : (laneOfActor.get(id) ?? otherLane),
  );
  const lanes: ReadableLane[] = shown.map((id) => ({
    key: `actor:${id}`,
    label: nameOf(id),
    type: 'actor',
    actorId: id,
    kind: null,
    count: counts.get(id) ?? 0,
  }));
  const otherCount = laneOf.reduce((sum, lane) => sum + (lane === otherLane ? 1 : 0), 0);
  if (otherCount > 0) {
    lanes.push({
      key: OTHER_LANE_KEY,
      label: needsOther ? 'Other actors' : 'No actor',
      type: 'other',
      actorId: null,
      kind: null,
      count: otherCount,
    });
  }
  // Computed for the events drawn, not for every event.
  const chips = (i: number) => {
    const actorIds = events.events[i]?.actors ?? [];
    const laneActor = lanes[laneOf[i] ?? 0]?.actorId ?? null;
    const others = actorIds.filter((id, at) => id !== laneActor && actorIds.indexOf(id) === at);
    return others.length === 0 ? NO_CHIPS : others.map(nameOf);
  };
  return { lanes, laneOf, chips };
}

function byKind(events: ReadableEvents): { lanes: ReadableLane[]; laneOf: Int32Array } {
  const counts = new Map<EventKind, number>();
  for (const e of events.events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const kinds = EVENT_KINDS.filter((k) => counts.has(k));
  const laneOfKind = new Map(kinds.map((k, lane) => [k, lane]));
  return {
    lanes: kinds.map((kind) => ({
      key: `kind:${kind}`,
      label: KIND_LABELS[kind],
      type: 'kind',
      actorId: null,
      kind,
      count: counts.get(kind) ?? 0,
    })),
    laneOf: Int32Array.from(events.events, (e) => laneOfKind.get(e.kind) ?? 0),
  };
}

/** Every event in one lane: its members are all the events, in order, so nothing is copied. */
function oneLane(events: ReadableEvents): LanedEvents {
  const n = events.events.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return {
    ...events,
    grouping: 'none',
    lanes: [{ key: 'all', label: '', type: 'all', actorId: null, kind: null, count: n }],
    laneOf: new Int32Array(n),
    laneMembers: [order],
    laneAt: [events.at],
    memberIndex: order.slice(),
    chips: () => NO_CHIPS,
  };
}

/**
 * Puts each event in exactly one lane: by its main actor (the actors with the most events get lanes,
 * preferred ones first, the rest share "Other actors"; the event's other actors become chips), by kind
 * (in the schema's order), or all in one lane.
 */
export function assignLanes(
  events: ReadableEvents,
  grouping: ReadableGrouping,
  actors: readonly Actor[],
  options: LaneOptions,
): LanedEvents {
  let lanes: ReadableLane[];
  let laneOf: Int32Array;
  let chips = (event: number): readonly string[] => (event < 0 ? [] : NO_CHIPS);
  if (grouping === 'actor') ({ lanes, laneOf, chips } = byActor(events, actors, options));
  else if (grouping === 'kind') ({ lanes, laneOf } = byKind(events));
  else return oneLane(events);
  const members: number[][] = lanes.map(() => []);
  const memberIndex = new Int32Array(laneOf.length);
  laneOf.forEach((lane, i) => {
    const list = members[lane];
    if (list === undefined) return;
    memberIndex[i] = list.length;
    list.push(i);
  });
  return {
    ...events,
    grouping,
    lanes,
    laneOf,
    laneMembers: members.map((list) => Int32Array.from(list)),
    laneAt: members.map((list) => Float64Array.from(list, (i) => events.at[i] ?? 0)),
    memberIndex,
    chips,
  };
}
