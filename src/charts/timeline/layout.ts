import { formatCount } from '../../model/counts';
import { binLane } from './binLane';
import { labelBeside } from './labels';
import { clusterHeight, laneColumns, placeColumns, type Cluster, type Stack } from './laneColumns';
import type { TimelineIndex } from './lanes';
import type {
  ClusterMark,
  GlyphMark,
  LabelMark,
  LaneBox,
  LayoutOptions,
  TimelineLayout,
  TimelineSize,
} from './layoutTypes';
import { stackRowsWithin } from './levelOfDetail';
import { connectorsOf } from './links';
import { estimateText } from './timelineText';

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

/** Where a range of time falls on the plot. */
interface Frame {
  r0: number;
  r1: number;
  width: number;
  msPerPx: number;
  cellMs: number;
  /** The time the marks account for: the range and one extra column on each side. */
  span: [number, number];
}

function frameOf(size: TimelineSize, range: [number, number], cellWidth: number): Frame {
  const width = Math.max(1, size.width);
  const r0 = range[0];
  const r1 = Math.max(range[1], range[0] + 1);
  const msPerPx = (r1 - r0) / width;
  const cellMs = cellWidth * msPerPx;
  // One extra cell on each side so that marks at the edges are binned as they are when panned into view.
  const span: [number, number] = [
    (Math.floor(r0 / cellMs) - 1) * cellMs,
    (Math.floor(r1 / cellMs) + 2) * cellMs,
  ];
  return { r0, r1, width, msPerPx, cellMs, span };
}

function laneBoxes(index: TimelineIndex, size: TimelineSize): LaneBox[] {
  const markArea = size.laneHeight - size.laneLabelBand;
  return index.lanes.map((lane, i) => ({
    lane,
    index: i,
    y: i * size.laneHeight,
    height: size.laneHeight,
    cy: i * size.laneHeight + size.laneLabelBand + markArea / 2,
  }));
}

/**
 * Lays out the timeline: a pure function of the indexed events, the size of the plot and the visible time
 * range, in named steps: events are binned per lane into columns of `cellWidth` px aligned to time
 * (binLane); the level of detail decides how many glyphs a column may stack within `maxGlyphs`
 * (levelOfDetail); each column becomes a stack of glyphs or a counted cluster, merged so nothing overlaps
 * (laneColumns); lone glyphs get a badge and title where they fit (labels); an event in several lanes is
 * linked across them (links). The number of marks stays bounded whatever the number of events.
 */
export function layoutTimeline(
  index: TimelineIndex,
  size: TimelineSize,
  range: [number, number],
  options: Partial<LayoutOptions> = {},
): TimelineLayout {
  const o: LayoutOptions = { ...defaultLayoutOptions, ...options };
  const frame = frameOf(size, range, o.cellWidth);
  const { r0, width, msPerPx } = frame;
  const xOf = (t: number) => (t - r0) / msPerPx;
  const half = o.glyphSize / 2;
  const markArea = size.laneHeight - size.laneLabelBand;
  const lanes = laneBoxes(index, size);

  const cellsPerLane = index.laneAt.map((laneAt) => binLane(laneAt, frame.span, frame.cellMs, r0, msPerPx));
  const laneRows = Math.max(1, Math.floor((markArea - 2) / o.rowPitch));
  const stackRows = stackRowsWithin(cellsPerLane, laneRows, o.maxGlyphs);

  const glyphs: GlyphMark[] = [];
  const clusters: ClusterMark[] = [];
  const labels: LabelMark[] = [];
  const minHeight = Math.min(16, markArea - 2);
  const maxHeight = Math.max(minHeight, markArea - 4);

  const drawCluster = (mark: Cluster, lane: number, cy: number) => {
    const text = formatCount(mark.count);
    clusters.push({
      lane,
      x0: mark.x0,
      x1: mark.x1,
      cy,
      count: mark.count,
      first: mark.first,
      last: mark.last,
      segments: mark.segments.map((s) => ({ ...s, height: clusterHeight(s.count, minHeight, maxHeight) })),
      label: o.measure(text, 'count') <= mark.x1 - mark.x0 + 6 ? text : null,
    });
  };

  const drawStack = (mark: Stack, lane: number, cy: number) => {
    const n = mark.events.length;
    mark.events.forEach((event, row) => {
      let dateRange: [number, number] | null = null;
      if (index.events[event]?.datePrecision !== 'day') {
        const a = xOf(index.start[event] ?? 0);
        const b = xOf(index.end[event] ?? 0);
        if (b - a > o.glyphSize) dateRange = [Math.max(a, -o.glyphSize), Math.min(b, width + o.glyphSize)];
      }
      glyphs.push({ event, lane, x: mark.x, y: cy + (row - (n - 1) / 2) * o.rowPitch, range: dateRange });
    });
  };

  cellsPerLane.forEach((cells, lane) => {
    const members = index.laneMembers[lane];
    const laneAt = index.laneAt[lane];
    const box = lanes[lane];
    if (members === undefined || laneAt === undefined || box === undefined) return;
    const columns = laneColumns(cells, members, laneAt, stackRows, xOf);
    const marks = placeColumns(columns, Math.max(stackRows, 1), o.glyphSize);
    marks.forEach((mark, m) => {
      if (mark.type === 'cluster') {
        drawCluster(mark, lane, box.cy);
        return;
      }
      drawStack(mark, lane, box.cy);
      if (!o.labels || mark.events.length !== 1 || mark.x < -half || mark.x > width) return;
      const event = mark.events[0] ?? 0;
      const label = labelBeside(
        { x: mark.x, half, next: marks[m + 1], width },
        { badge: o.badges.get(index.events[event]?.id ?? ''), title: index.events[event]?.title ?? '' },
        o.measure,
        o.minLabelWidth,
      );
      if (label !== null) labels.push({ event, lane, y: box.cy, ...label });
    });
  });

  return {
    range: [r0, frame.r1],
    width,
    height: lanes.length * size.laneHeight,
    lanes,
    glyphs,
    clusters,
    labels,
    connectors: connectorsOf(glyphs),
    stackRows,
    span: frame.span,
  };
}
