import type { AidEvent } from '../../data/schema';
import { DAY_MS, eventTimeSpan } from '../../model/dates';
import { eventActorIndex, pickEventActors, type EventActorIndex } from '../../model/eventActors';

/**
 * Events in the order they are drawn, with the times they stand for, in parallel typed arrays so that
 * the visible part of 100,000 events is found by binary search.
 */
export interface TimedEvents extends EventActorIndex {
  /** Sorted by `at`, ties kept in dataset order. */
  readonly events: readonly AidEvent[];
  /** Where the event is placed on the time axis (ms, UTC). */
  readonly at: Float64Array;
  /** Start and (exclusive) end of the span its date stands for at its precision. */
  readonly start: Float64Array;
  readonly end: Float64Array;
}

/**
 * Sorts events by time once. A day-precision event sits inside its day; several events of the same day
 * are spread evenly across it, in dataset order, so that a dense day can be zoomed into and each of its
 * events reached. Imprecise dates (week, month, year) sit in the middle of their span.
 */
export function timeEvents(events: readonly AidEvent[]): TimedEvents {
  const n = events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const at = new Float64Array(n);
  const sameDay = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const event = item(events, i);
    const [s, e] = eventTimeSpan(event.date, event.datePrecision);
    start[i] = s;
    end[i] = e;
    if (event.datePrecision === 'day') {
      const list = sameDay.get(event.date);
      if (list === undefined) sameDay.set(event.date, [i]);
      else list.push(i);
    } else {
      at[i] = s + (e - s) / 2;
    }
  }
  for (const list of sameDay.values()) {
    list.forEach((i, rank) => {
      at[i] = (start[i] ?? 0) + (DAY_MS * (rank + 0.5)) / list.length;
    });
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (at[a] ?? 0) - (at[b] ?? 0) || a - b);
  const sorted = order.map((i) => item(events, i));
  return {
    events: sorted,
    at: pick(at, order),
    start: pick(start, order),
    end: pick(end, order),
    ...eventActorIndex(sorted),
  };
}

/** The item at a position that is known to exist (a broken invariant throws rather than going on). */
function item<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new RangeError(`No item at position ${i} of ${list.length}`);
  return value;
}

function pick(values: Float64Array, positions: readonly number[]): Float64Array {
  const out = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = values[positions[i] ?? 0] ?? 0;
  return out;
}

/** The events of `all` that are in `keep`, in the same order, in linear time. */
export function subsetTimed(all: TimedEvents, keep: ReadonlySet<AidEvent>): TimedEvents {
  if (keep.size >= all.events.length && all.events.every((e) => keep.has(e))) return all;
  const picked: number[] = [];
  all.events.forEach((event, i) => {
    if (keep.has(event)) picked.push(i);
  });
  return {
    events: picked.map((i) => item(all.events, i)),
    at: pick(all.at, picked),
    start: pick(all.start, picked),
    end: pick(all.end, picked),
    ...pickEventActors(all, picked),
  };
}
