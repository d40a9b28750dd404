import { bisectLeft, bisectRight } from 'd3-array';
import type { ScaleTime } from 'd3-scale';
import { assemble } from './assembleLayout';
import type { Context } from './labelDrafts';
import type { LanedEvents } from './laneAssignment';
import {
  defaultGeometry,
  defaultWrapWidths,
  type DetailLevel,
  type ReadableGeometry,
  type ReadableLayout,
  type ReadableSize,
} from './layoutTypes';
import { attempt, levels, type Attempt } from './levelOfDetail';
import { itemAt } from './itemAt';
import type { MeasureLabel } from './wrapLabel';

export * from './layoutTypes';

/** Up to this many events in view, every level of detail is tried in turn; past it, a binary search. */
const LINEAR_SEARCH_LIMIT = 1000;

/**
 * Lays out the readable timeline: a pure function of the events (sorted, in lanes), a time scale already
 * rescaled by the zoom transform, the plot's size and a text measure. Every event in view is drawn once,
 * either on its own (glyph and full title, wrapped to two lines at most) or in a cluster that names its
 * first event and how many more. Boxes are stacked in rows (see `stackRows`); the finest level of detail
 * whose rows fit the height is drawn: first every event on its own, then columns of events clustered
 * where they are densest, columns doubling in width until the rows fit.
 */
export function layoutReadable(
  events: LanedEvents,
  x: ScaleTime<number, number>,
  size: ReadableSize,
  measure: MeasureLabel,
  geometry: Partial<ReadableGeometry> = {},
): ReadableLayout {
  const width = Math.max(1, size.width);
  const g: ReadableGeometry = { ...defaultGeometry, wrapWidths: defaultWrapWidths(width), ...geometry };
  const from = x.invert(g.glyph / 2).getTime();
  const to = x.invert(width - g.glyph / 2).getTime();
  const visible = events.laneAt.map((laneAt): [number, number] => [
    bisectLeft(laneAt, from),
    bisectRight(laneAt, to),
  ]);
  const c: Context = { events, x, width, measure, g, visible };
  const visibleCount = visible.reduce((sum, [lo, hi]) => sum + hi - lo, 0);
  const tried = levels(visibleCount, width, g);
  // Every event on its own, if it fits: the common case, tried at each label width.
  const single = tried.filter((l) => l.column === 0);
  for (const level of single) {
    const found = attempt(level, size.height, c);
    if (found !== null) return assemble(found, level, true, c);
  }
  // With few events in view, the finest level that fits, trying each in turn.
  const linear = visibleCount <= LINEAR_SEARCH_LIMIT;
  if (linear) {
    for (const level of tried.slice(single.length)) {
      const found = attempt(level, size.height, c);
      if (found !== null) return assemble(found, level, true, c);
    }
  }
  // Coarser levels need fewer rows, nearly always: a binary search finds one that fits in a few
  // attempts, which keeps a zoom step at 100,000 events within a frame.
  let lo = linear ? tried.length : single.length;
  let hi = tried.length - 1;
  let best: { found: Attempt; level: DetailLevel } | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const level = itemAt(tried, mid);
    const found = attempt(level, size.height, c);
    if (found === null) lo = mid + 1;
    else {
      best = { found, level };
      hi = mid - 1;
    }
  }
  if (best !== null) return assemble(best.found, best.level, true, c);
  // Not even one cluster per column fits the height: draw the coarsest level, taller than asked.
  const coarsest = itemAt(tried, tried.length - 1);
  const found = attempt(coarsest, Infinity, c) ?? { drafts: [], rows: [], used: [], height: 0 };
  return assemble(found, coarsest, false, c);
}
