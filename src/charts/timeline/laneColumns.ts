/**
 * Step 3 of the timeline layout, columns: each column of a lane becomes a stack of glyphs (few events)
 * or a counted cluster (many), then columns closer than a glyph merge so that no two marks overlap.
 */
import type { Cell } from './binLane';

/** A few events drawn one above the other. */
export interface Stack {
  type: 'stack';
  x: number;
  /** Indexes into `events`. */
  events: number[];
}

/** Events too dense to draw one by one, with the columns they were merged from. */
export interface Cluster {
  type: 'cluster';
  x0: number;
  x1: number;
  count: number;
  first: number;
  last: number;
  segments: { x0: number; x1: number; count: number }[];
}

const GAP = 2;

/** A lane's columns as stacks (up to `stackRows` events) or clusters, at the mean time of their events. */
export function laneColumns(
  cells: readonly Cell[],
  members: Int32Array,
  laneAt: Float64Array,
  stackRows: number,
  xOf: (t: number) => number,
): (Stack | Cluster)[] {
  return cells.map((cell) => {
    const count = cell.to - cell.from;
    if (count <= stackRows) {
      let sum = 0;
      const events: number[] = [];
      for (let m = cell.from; m < cell.to; m++) {
        sum += xOf(laneAt[m] ?? 0);
        events.push(members[m] ?? 0);
      }
      return { type: 'stack', x: sum / count, events };
    }
    const x0 = cell.x0 + 1;
    const x1 = cell.x1 - 1;
    return {
      type: 'cluster',
      x0,
      x1,
      count,
      first: members[cell.from] ?? 0,
      last: members[cell.to - 1] ?? 0,
      segments: [{ x0, x1, count }],
    };
  });
}

/** Height of a cluster's density band for a count: log-scaled, so that it stays stable as you pan. */
export function clusterHeight(count: number, minHeight: number, maxHeight: number): number {
  const t = Math.min(1, Math.log(Math.max(1, count)) / Math.log(1000));
  return minHeight + (maxHeight - minHeight) * t;
}

function toCluster(mark: Stack, half: number): Cluster {
  const first = mark.events[0] ?? 0;
  const last = mark.events[mark.events.length - 1] ?? 0;
  return {
    type: 'cluster',
    x0: mark.x - half,
    x1: mark.x + half,
    count: mark.events.length,
    first,
    last,
    segments: [{ x0: mark.x - half, x1: mark.x + half, count: mark.events.length }],
  };
}

function absorb(cluster: Cluster, other: Cluster): Cluster {
  const before = other.x0 < cluster.x0;
  return {
    type: 'cluster',
    x0: Math.min(cluster.x0, other.x0),
    x1: Math.max(cluster.x1, other.x1),
    count: cluster.count + other.count,
    first: before ? other.first : cluster.first,
    last: before ? cluster.last : other.last,
    segments: before ? [...other.segments, ...cluster.segments] : [...cluster.segments, ...other.segments],
  };
}

/**
 * Places one lane's columns left to right so that no two marks overlap: columns closer than a glyph merge
 * into a taller stack, or into a cluster when the stack would not fit; counts are always kept.
 */
export function placeColumns(
  columns: (Stack | Cluster)[],
  rows: number,
  glyphSize: number,
): (Stack | Cluster)[] {
  const half = glyphSize / 2;
  const out: (Stack | Cluster)[] = [];
  for (const column of columns) {
    const prev = out[out.length - 1];
    if (prev === undefined) {
      out.push(column);
      continue;
    }
    if (prev.type === 'stack' && column.type === 'stack') {
      if (column.x - prev.x >= glyphSize + GAP) out.push(column);
      else {
        const events = [...prev.events, ...column.events];
        const x = (prev.x * prev.events.length + column.x * column.events.length) / events.length;
        out[out.length - 1] =
          events.length <= rows
            ? { type: 'stack', x, events }
            : absorb(toCluster(prev, half), toCluster(column, half));
      }
    } else if (prev.type === 'cluster' && column.type === 'stack') {
      if (column.x - half >= prev.x1 + GAP) out.push(column);
      else out[out.length - 1] = absorb(prev, toCluster(column, half));
    } else if (prev.type === 'stack' && column.type === 'cluster') {
      if (column.x0 >= prev.x + half + GAP) out.push(column);
      else out[out.length - 1] = absorb(column, toCluster(prev, half));
    } else if (prev.type === 'cluster' && column.type === 'cluster') {
      if (column.x0 > prev.x1 + GAP + 0.01) out.push(column);
      else out[out.length - 1] = absorb(prev, column);
    }
  }
  return out;
}
