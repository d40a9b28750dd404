import type { Lane, TimelineIndex } from './lanes';
import { bisectLeft } from 'd3-array';
import { formatCount } from '../../model/counts';
import { estimateText, fitText, type MeasureText } from './timelineText';

/** The drawing area of the lanes, without the axis and the label gutter. */
export interface TimelineSize {
  /** Width of the plot in px. */
  width: number;
  /** Height of each lane in px. */
  laneHeight: number;
  /** Height at the top of each lane kept for its label (narrow screens); 0 when labels sit in a gutter. */
  laneLabelBand: number;
}

export interface LayoutOptions {
  /** Width of the columns events are binned into, in px: at least one glyph and a gap. */
  cellWidth: number;
  /** Width and height of an event glyph in px. */
  glyphSize: number;
  /** Vertical distance between stacked glyphs in px. */
  rowPitch: number;
  /** Most single glyphs drawn; past it, stacks give way to clusters (level of detail). */
  maxGlyphs: number;
  /** Narrowest title worth drawing, in px; narrower ones are hidden, never overlapped. */
  minLabelWidth: number;
  /** Badge text per event id (e.g. "$325M"). */
  badges: ReadonlyMap<string, string>;
  measure: MeasureText;
  /** Labels can be skipped for layouts that are only inspected (e.g. to find a window that reveals an event). */
  labels: boolean;
}

export const defaultLayoutOptions: LayoutOptions = {
  cellWidth: 18,
  glyphSize: 11,
  rowPitch: 12,
  maxGlyphs: 360,
  minLabelWidth: 44,
  badges: new Map(),
  measure: estimateText,
  labels: true,
};

/** A lane's band on screen. */
export interface LaneBox {
  lane: Lane;
  index: number;
  /** Top of the lane, px from the top of the plot. */
  y: number;
  height: number;
  /** Vertical centre of the lane's marks. */
  cy: number;
}

/** One event drawn in one lane. */
export interface GlyphMark {
  /** Index into the index's `events`. */
  event: number;
  lane: number;
  x: number;
  y: number;
  /** For a date known only to the week, month or year: the span it stands for, in px; null otherwise. */
  range: [number, number] | null;
}

/** Part of a cluster: a column and how many events it holds. */
export interface ClusterSegment {
  x0: number;
  x1: number;
  count: number;
  /** Height of the density band over this column. */
  height: number;
}

/** Events too dense to draw one by one, drawn as a density band with a count. */
export interface ClusterMark {
  lane: number;
  x0: number;
  x1: number;
  cy: number;
  count: number;
  /** Index into `events` of the cluster's first and last event (in time order). */
  first: number;
  last: number;
  segments: ClusterSegment[];
  /** The count as drawn ("12", "1.2k"), or null when it does not fit. */
  label: string | null;
}

/** The title and figure badge drawn to the right of a lone glyph. */
export interface LabelMark {
  event: number;
  lane: number;
  y: number;
  badge: { text: string; x: number; width: number } | null;
  title: { text: string; x: number } | null;
}

/** Links the glyphs of one event drawn in several lanes. */
export interface Connector {
  event: number;
  points: [number, number][];
}

export interface TimelineLayout {
  range: [number, number];
  width: number;
  height: number;
  lanes: LaneBox[];
  glyphs: GlyphMark[];
  clusters: ClusterMark[];
  labels: LabelMark[];
  connectors: Connector[];
  /** Most glyphs stacked in one column at this zoom (0: every event is in a cluster). */
  stackRows: number;
  /** The time span the marks account for: every lane member placed in it is in a glyph or a cluster. */
  span: [number, number];
}

interface Cell {
  /** Members of the lane in this cell: positions [from, to) in the lane's arrays. */
  from: number;
  to: number;
  x0: number;
  x1: number;
}

interface Stack {
  type: 'stack';
  x: number;
  /** Indexes into `events`. */
  events: number[];
}

interface Cluster {
  type: 'cluster';
  x0: number;
  x1: number;
  count: number;
  first: number;
  last: number;
  segments: { x0: number; x1: number; count: number }[];
}

const GAP = 2;

/** Height of a cluster's density band for a count: log-scaled, so that it stays stable as you pan. */
export function clusterHeight(count: number, minHeight: number, maxHeight: number): number {
  const t = Math.min(1, Math.log(Math.max(1, count)) / Math.log(1000));
  return minHeight + (maxHeight - minHeight) * t;
}

/** Bins one lane's members into cells aligned to multiples of `cellMs`, so bins do not move when panning. */
function scanCells(
  laneAt: Float64Array,
  span: [number, number],
  cellMs: number,
  r0: number,
  msPerPx: number,
): Cell[] {
  const cells: Cell[] = [];
  let i = bisectLeft(laneAt, span[0]);
  const stop = bisectLeft(laneAt, span[1], i);
  while (i < stop) {
    const k = Math.floor((laneAt[i] ?? 0) / cellMs);
    const cellEnd = (k + 1) * cellMs;
    const j = Math.max(i + 1, bisectLeft(laneAt, cellEnd, i, stop));
    cells.push({ from: i, to: j, x0: (k * cellMs - r0) / msPerPx, x1: (cellEnd - r0) / msPerPx });
    i = j;
  }
  return cells;
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
function placeColumns(columns: (Stack | Cluster)[], rows: number, glyphSize: number): (Stack | Cluster)[] {
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

/**
 * Lays out the timeline: a pure function of the indexed events, the size of the plot and the visible time
 * range. Events are binned per lane into columns of `cellWidth` px aligned to time; a column with few
 * events is a stack of glyphs, a dense one a counted cluster. When the visible glyphs would exceed
 * `maxGlyphs`, stacks shrink to one glyph, then to none, so the number of marks stays bounded whatever
 * the number of events. Labels are placed only where they fit before the next mark.
 */
export function layoutTimeline(
  index: TimelineIndex,
  size: TimelineSize,
  range: [number, number],
  options: Partial<LayoutOptions> = {},
): TimelineLayout {
  const o: LayoutOptions = { ...defaultLayoutOptions, ...options };
  const width = Math.max(1, size.width);
  const r0 = range[0];
  const r1 = Math.max(range[1], range[0] + 1);
  const msPerPx = (r1 - r0) / width;
  const cellMs = o.cellWidth * msPerPx;
  // One extra cell on each side so that marks at the edges are binned as they are when panned into view.
  const span: [number, number] = [
    (Math.floor(r0 / cellMs) - 1) * cellMs,
    (Math.floor(r1 / cellMs) + 2) * cellMs,
  ];
  const half = o.glyphSize / 2;
  const markArea = size.laneHeight - size.laneLabelBand;
  const laneRows = Math.max(1, Math.floor((markArea - 2) / o.rowPitch));
  const lanes: LaneBox[] = index.lanes.map((lane, i) => ({
    lane,
    index: i,
    y: i * size.laneHeight,
    height: size.laneHeight,
    cy: i * size.laneHeight + size.laneLabelBand + markArea / 2,
  }));
  const xOf = (t: number) => (t - r0) / msPerPx;

  const cellsPerLane = index.laneAt.map((laneAt) => scanCells(laneAt, span, cellMs, r0, msPerPx));

  // Level of detail: the most rows per stack that keeps the glyph count within budget.
  const glyphsAt = (rows: number) => {
    let total = 0;
    for (const cells of cellsPerLane) {
      for (const c of cells) if (c.to - c.from <= rows) total += c.to - c.from;
    }
    return total;
  };
  const stackRows = [laneRows, 1].find((rows) => glyphsAt(rows) <= o.maxGlyphs) ?? 0;

  const glyphs: GlyphMark[] = [];
  const clusters: ClusterMark[] = [];
  const labels: LabelMark[] = [];
  const minHeight = Math.min(16, markArea - 2);
  const maxHeight = Math.max(minHeight, markArea - 4);

  cellsPerLane.forEach((cells, laneIndex) => {
    const members = index.laneMembers[laneIndex];
    const laneAt = index.laneAt[laneIndex];
    const box = lanes[laneIndex];
    if (members === undefined || laneAt === undefined || box === undefined) return;
    const columns: (Stack | Cluster)[] = cells.map((cell) => {
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
    const marks = placeColumns(columns, Math.max(stackRows, 1), o.glyphSize);

    marks.forEach((mark, m) => {
      if (mark.type === 'cluster') {
        const text = formatCount(mark.count);
        const fits = o.measure(text, 'count') <= mark.x1 - mark.x0 + 6;
        clusters.push({
          lane: laneIndex,
          x0: mark.x0,
          x1: mark.x1,
          cy: box.cy,
          count: mark.count,
          first: mark.first,
          last: mark.last,
          segments: mark.segments.map((s) => ({
            ...s,
            height: clusterHeight(s.count, minHeight, maxHeight),
          })),
          label: fits ? text : null,
        });
        return;
      }
      const n = mark.events.length;
      mark.events.forEach((event, row) => {
        const precise = index.events[event]?.datePrecision === 'day';
        let range: [number, number] | null = null;
        if (!precise) {
          const a = xOf(index.start[event] ?? 0);
          const b = xOf(index.end[event] ?? 0);
          if (b - a > o.glyphSize) range = [Math.max(a, -o.glyphSize), Math.min(b, width + o.glyphSize)];
        }
        glyphs.push({
          event,
          lane: laneIndex,
          x: mark.x,
          y: box.cy + (row - (n - 1) / 2) * o.rowPitch,
          range,
        });
      });
      if (!o.labels || n !== 1 || mark.x < -half || mark.x > width) return;
      const event = mark.events[0] ?? 0;
      const next = marks[m + 1];
      const limit = Math.min(
        width - 2,
        next === undefined ? Infinity : next.type === 'stack' ? next.x - half - 6 : next.x0 - 6,
      );
      let left = mark.x + half + 4;
      const badgeText = o.badges.get(index.events[event]?.id ?? '');
      let badge: LabelMark['badge'] = null;
      if (badgeText !== undefined) {
        const badgeWidth = o.measure(badgeText, 'badge') + 8;
        if (left + badgeWidth <= limit) {
          badge = { text: badgeText, x: left, width: badgeWidth };
          left += badgeWidth + 4;
        }
      }
      const titleText = fitText(index.events[event]?.title ?? '', limit - left, o.measure, o.minLabelWidth);
      const title = titleText === null ? null : { text: titleText, x: left };
      if (badge !== null || title !== null) labels.push({ event, lane: laneIndex, y: box.cy, badge, title });
    });
  });

  const byEvent = new Map<number, [number, number][]>();
  for (const g of glyphs) {
    const points = byEvent.get(g.event);
    if (points === undefined) byEvent.set(g.event, [[g.x, g.y]]);
    else points.push([g.x, g.y]);
  }
  const connectors: Connector[] = [];
  for (const [event, points] of byEvent) {
    if (points.length > 1) connectors.push({ event, points: points.sort((a, b) => a[1] - b[1]) });
  }

  return {
    range: [r0, r1],
    width,
    height: lanes.length * size.laneHeight,
    lanes,
    glyphs,
    clusters,
    labels,
    connectors,
    stackRows,
    span,
  };
}
