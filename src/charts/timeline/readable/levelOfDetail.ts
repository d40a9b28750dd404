import { bisectLeft } from 'd3-array';
import { clusterDraft, eventDraft, widthOf, type Context, type Draft } from './labelDrafts';
import { CLUSTER_WRAP, type DetailLevel, type ReadableGeometry } from './layoutTypes';
import { itemAt } from './itemAt';
import { RowStack } from './stackRows';

/** Clusters hold columns with more events than `threshold`, in columns `column` px wide. */
const THRESHOLDS = [8, 4, 2, 1];

/**
 * Makes the drafts of one lane at a level of detail, in time order, and hands each to `accept` (which
 * stacks it); stops and returns false at the first that cannot fit the plot or is refused.
 */
function laneDrafts(lane: number, level: DetailLevel, c: Context, accept: (d: Draft) => boolean): boolean {
  const members = itemAt(c.events.laneMembers, lane);
  const laneAt = itemAt(c.events.laneAt, lane);
  const [lo, hi] = c.visible[lane] ?? [0, 0];
  let previous = -1;
  const single = (m: number): boolean => {
    const event = members[m] ?? 0;
    const below = previous >= 0 && c.events.stackStart[previous] === c.events.stackStart[event];
    const draft = eventDraft(event, lane, below, level.wrap, c);
    if (draft === null || !accept(draft)) return false;
    previous = event;
    return true;
  };
  if (level.column === 0) {
    for (let m = lo; m < hi; m++) if (!single(m)) return false;
    return true;
  }
  const [d0, d1] = c.x.domain().map(Number) as [number, number];
  const [r0, r1] = c.x.range() as [number, number];
  const columnMs = (level.column * (d1 - d0)) / Math.max(1e-9, r1 - r0);
  let m = lo;
  while (m < hi) {
    const k = Math.floor((laneAt[m] ?? 0) / columnMs);
    // A column of Infinity px holds the whole lane.
    const end = Number.isFinite(columnMs) ? (k + 1) * columnMs : Infinity;
    const next = Math.max(m + 1, bisectLeft(laneAt, end, m + 1, hi));
    if (next - m > level.threshold) {
      const draft = clusterDraft(lane, m, next, level.wrap, c);
      if (draft === null || !accept(draft)) return false;
      previous = -1;
    } else {
      for (let j = m; j < next; j++) if (!single(j)) return false;
    }
    m = next;
  }
  return true;
}

export interface Attempt {
  drafts: Draft[][];
  rows: number[][];
  used: number[];
  height: number;
}

export function laneNameWidth(lane: number, c: Context): number {
  return Math.min(c.width, c.g.laneName(widthOf(c.events.lanes[lane]?.label ?? '', c.measure)));
}

/** Stacks every lane at one level of detail within `height`, or returns null at the first box that does not fit. */
export function attempt(level: DetailLevel, height: number, c: Context): Attempt | null {
  const { lanes } = c.events;
  const several = lanes.length > 1;
  const pad = several ? c.g.lanePad : 0;
  const result: Attempt = { drafts: [], rows: [], used: [], height: 0 };
  let marks = 0;
  for (let lane = 0; lane < lanes.length; lane++) {
    // The lanes after this one need at least one row each.
    const reserved = (lanes.length - lane - 1) * (c.g.row + pad);
    const maxRows = Math.floor((height - result.height - reserved - pad) / c.g.row);
    const stack = new RowStack(maxRows, c.g.boxGap);
    // The lane's name is the first box of its first row.
    if (several && stack.place({ x0: 0, x1: laneNameWidth(lane, c), rows: 1, below: false }) === null)
      return null;
    const drafts: Draft[] = [];
    const rows: number[] = [];
    const stacked = laneDrafts(lane, level, c, (d) => {
      if (d.type === 'event' && ++marks > c.g.maxMarks) return false;
      const row = stack.place(d.item);
      if (row === null) return false;
      drafts.push(d);
      rows.push(row);
      return true;
    });
    if (!stacked) return null;
    result.drafts.push(drafts);
    result.rows.push(rows);
    result.used.push(stack.used);
    result.height += Math.max(1, stack.used) * c.g.row + pad;
  }
  return result.height <= height ? result : null;
}

/** The levels of detail to try, finest first: every event on its own, then ever coarser clusters. */
export function levels(visibleCount: number, width: number, g: ReadableGeometry): DetailLevel[] {
  const out: DetailLevel[] = [];
  if (visibleCount <= g.maxMarks)
    for (const wrap of g.wrapWidths) out.push({ column: 0, threshold: 0, wrap });
  // Clustered levels wrap at the widest up to CLUSTER_WRAP: a one-line label takes one row where boxes
  // collide anyway.
  const wrap = Math.min(CLUSTER_WRAP, g.wrapWidths[0] ?? 160);
  for (let column = g.minColumn; column < width; column *= 2) {
    for (const threshold of THRESHOLDS) out.push({ column, threshold, wrap });
  }
  // The coarsest: one cluster per lane.
  out.push({ column: Infinity, threshold: 1, wrap });
  return out;
}
