import type { LeanEvent } from '../../../data/leanDataset';
import { eventTimeSpan } from '../../../model/dates';
import { placeRank, sameDate, titleKey } from './eventOrder';
import { itemAt } from './itemAt';

/**
 * Events in drawing order, with the time each is placed at, in parallel typed arrays so that the visible
 * part of 100,000 events is found by binary search.
 */
export interface ReadableEvents {
  /** Sorted by `at`, then finer precision first, then kind and title (see `compareSameDate`). */
  readonly events: readonly LeanEvent[];
  /** Where the event sits on the time axis (ms, UTC): the middle of the span its date stands for. */
  readonly at: Float64Array;
  /** Start and (exclusive) end of that span. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /**
   * Position of the first event of the date stack each event belongs to: events with the same date at
   * the same precision are one stack, drawn at one place in a fixed order.
   */
  readonly stackStart: Int32Array;
  /** Each event's position in the list `readableEvents` was given (for the dataset's events, its index there). */
  readonly source: Int32Array;
}

/**
 * Sorts events once. Every event of a day sits at the middle of that day: dates known to the day carry
 * no time, so no order within the day is invented; the stack order is kind, then title.
 */
export function readableEvents(input: readonly LeanEvent[]): ReadableEvents {
  const n = input.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  // Where each event sits, plus its place rank in ms: mids are whole half-days apart, so one number
  // sorts by time, then precision and kind.
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const event = itemAt(input, i);
    const [s, e] = eventTimeSpan(event.date, event.datePrecision);
    start[i] = s;
    end[i] = e;
    key[i] = s + (e - s) / 2 + placeRank(event);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (key[a] ?? 0) - (key[b] ?? 0) || a - b);
  sortTiesByTitle(order, key, input);
  const events = new Array<LeanEvent>(n);
  const sorted = { start: new Float64Array(n), end: new Float64Array(n), at: new Float64Array(n) };
  const source = Int32Array.from(order);
  for (let p = 0; p < n; p++) {
    const i = order[p] ?? 0;
    events[p] = itemAt(input, i);
    sorted.start[p] = start[i] ?? 0;
    sorted.end[p] = end[i] ?? 0;
    sorted.at[p] = (start[i] ?? 0) + ((end[i] ?? 0) - (start[i] ?? 0)) / 2;
  }
  return { events, ...sorted, stackStart: stackStarts(events), source };
}

/** Orders each run of events at the same place, precision and kind by title, then id (see `compareSameDate`). */
function sortTiesByTitle(order: number[], key: Float64Array, input: readonly LeanEvent[]): void {
  let from = 0;
  while (from < order.length) {
    const k = key[order[from] ?? 0];
    let to = from + 1;
    while (to < order.length && key[order[to] ?? 0] === k) to++;
    if (to - from > 1) {
      const run = order.slice(from, to).map((i) => {
        const event = itemAt(input, i);
        return { i, title: titleKey(event.title), id: event.id };
      });
      run.sort((a, b) =>
        a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      );
      run.forEach((r, j) => (order[from + j] = r.i));
    }
    from = to;
  }
}

function stackStarts(events: readonly LeanEvent[]): Int32Array {
  const stackStart = new Int32Array(events.length);
  for (let i = 1; i < events.length; i++) {
    const prev = itemAt(events, i - 1);
    stackStart[i] = sameDate(prev, itemAt(events, i)) ? (stackStart[i - 1] ?? 0) : i;
  }
  return stackStart;
}

/**
 * The events of `all` whose `source` position is marked in `keep` (1: kept), in the same order, in linear
 * time over typed arrays (a filter change over up to 100,000 events).
 */
export function subsetReadable(all: ReadableEvents, keep: Uint8Array): ReadableEvents {
  const total = all.events.length;
  let n = 0;
  for (let i = 0; i < total; i++) n += keep[all.source[i] ?? -1] === 1 ? 1 : 0;
  if (n === total) return all;
  const events = new Array<LeanEvent>(n);
  const at = new Float64Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const source = new Int32Array(n);
  const stackStart = new Int32Array(n);
  // The events of a date stack are next to each other in `all`, so kept events share a stack exactly
  // when they shared one there: stacks follow from `all.stackStart` without comparing dates again.
  let lastStack = -1;
  for (let i = 0, j = 0; i < total; i++) {
    const from = all.source[i] ?? -1;
    if (keep[from] !== 1) continue;
    events[j] = itemAt(all.events, i);
    at[j] = all.at[i] ?? 0;
    start[j] = all.start[i] ?? 0;
    end[j] = all.end[i] ?? 0;
    source[j] = from;
    const stack = all.stackStart[i] ?? i;
    stackStart[j] = j > 0 && stack === lastStack ? (stackStart[j - 1] ?? j) : j;
    lastStack = stack;
    j++;
  }
  return { events, at, start, end, stackStart, source };
}

/** Where an event is in a list of readable events, by id (undefined: not in it). */
export interface EventPositions {
  get(id: string): number | undefined;
}

/**
 * The position of each of `events` by id, given how many events the list `readableEvents` was given
 * holds and each one's index there by id (`sourceIndex`, made once, and asked for only when an id is
 * first looked up): one typed array per filter change instead of a map of ids.
 */
export function positionsById(
  events: ReadableEvents,
  sourceCount: number,
  sourceIndex: () => ReadonlyMap<string, number>,
): EventPositions {
  const position = new Int32Array(sourceCount).fill(-1);
  events.source.forEach((from, p) => {
    position[from] = p;
  });
  return {
    get(id) {
      const from = sourceIndex().get(id);
      const p = from === undefined ? -1 : (position[from] ?? -1);
      return p < 0 ? undefined : p;
    },
  };
}
