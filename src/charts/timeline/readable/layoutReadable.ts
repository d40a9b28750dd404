import { bisectLeft, bisectRight } from 'd3-array';
import type { ScaleTime } from 'd3-scale';
import type { LanedEvents, ReadableLane } from './laneAssignment';
import { RowStack, type StackItem } from './stackRows';
import {
  measureText,
  wrapMeasured,
  wrapToWidth,
  type MeasureLabel,
  type TextMetrics,
  type WrappedLabel,
} from './wrapLabel';
import { itemAt } from './itemAt';

/** Sizes of the marks and text, in px. Chart text is drawn at 12 px or more. */
export interface ReadableGeometry {
  /** Width and height of an event's glyph. */
  glyph: number;
  /** Height of one row: a line of label text and the space around it. */
  row: number;
  /** Distance between the two lines of a wrapped label. */
  line: number;
  /** Space between a glyph and its label. */
  labelGap: number;
  /** Least horizontal space between two boxes in a row. */
  boxGap: number;
  /**
   * Width a lane's name takes for its measured width: it is drawn bolder than labels, at the start of
   * the lane's first row, and events stack around it.
   */
  laneName: (measured: number) => number;
  /** Space below each lane's rows, when there are several lanes. */
  lanePad: number;
  /** Horizontal padding inside an actor chip, and the space between chips. */
  chipPad: number;
  chipGap: number;
  /** Widths labels are wrapped to, tried widest first before any event is clustered. */
  wrapWidths: readonly number[];
  /**
   * Most events drawn one by one. Past it only sparse columns keep single events; the rest is clustered,
   * so the number of marks stays bounded whatever the number of events.
   */
  maxMarks: number;
  /** Narrowest column events are binned into when clustering; doubled until everything fits. */
  minColumn: number;
}

/** Label widths for a plot: wide enough that most titles take one line, narrow enough to leave room. */
export function defaultWrapWidths(width: number): number[] {
  return [Math.round(Math.min(340, width * 0.5)), Math.round(Math.min(190, width * 0.42))];
}

export const defaultGeometry: Omit<ReadableGeometry, 'wrapWidths'> = {
  glyph: 12,
  row: 18,
  line: 15,
  labelGap: 5,
  boxGap: 10,
  laneName: (measured) => Math.ceil(measured * 1.08) + 8,
  lanePad: 6,
  chipPad: 5,
  chipGap: 4,
  maxMarks: 200,
  minColumn: 16,
};

/** Up to this many events in view, every level of detail is tried in turn; past it, a binary search. */
const LINEAR_SEARCH_LIMIT = 1000;

/** Clusters hold columns with more events than `threshold`, in columns `column` px wide. */
const THRESHOLDS = [8, 4, 2, 1];

export interface ReadableSize {
  /** Width of the plot in px. */
  width: number;
  /** Most height the plot may take in px; the layout uses only what its rows need. */
  height: number;
}

/** One line of a label: `x` is where the text is anchored, `y` the middle of the line. */
export interface LabelLine {
  text: string;
  x: number;
  y: number;
}

/** An actor named by an event besides its lane's actor; `x` is the chip's left edge, `y` its middle. */
export interface LabelChip {
  text: string;
  x: number;
  y: number;
  width: number;
}

/** The box a mark and its label take: no two boxes of a layout intersect, and all are inside the plot. */
export interface LabelBox {
  owner: { type: 'event'; mark: number } | { type: 'cluster'; cluster: number };
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Whether the text starts at its lines' `x` (right of the glyph) or ends there (left of it). */
  anchor: 'start' | 'end';
  lines: LabelLine[];
  chips: LabelChip[];
}

/** An event drawn on its own. */
export interface EventMark {
  /** Position in `events`. */
  event: number;
  lane: number;
  /** Centre of the glyph. */
  x: number;
  y: number;
  /** For a date known to the week, month or year: the span it stands for (clipped to the plot). */
  range: [number, number] | null;
  /** Position of its box in `labelBoxes`. */
  box: number;
}

/** Events too dense to draw one by one: named by the first of them, with how many more. */
export interface ClusterMark {
  lane: number;
  /** Positions in `events`, in drawing order (time, then kind and title): a view of the lane's members. */
  events: Int32Array;
  /** The event the label names: the first in that order. */
  first: number;
  /** Where the first and the last events sit. */
  x0: number;
  x1: number;
  /** Centre of the cluster's glyph, at `x0`. */
  y: number;
  box: number;
}

export interface LaneBand {
  lane: ReadableLane;
  index: number;
  y0: number;
  y1: number;
  /** Where the lane's name is drawn (left of its first row); null when there is a single lane. */
  name: { x0: number; y0: number; x1: number; y1: number } | null;
  /** Rows its boxes use. */
  rows: number;
}

/** The level of detail drawn: every event on its own, or columns of `column` px clustered past `threshold`. */
export interface DetailLevel {
  column: number;
  threshold: number;
  wrap: number;
}

export interface ReadableLayout {
  width: number;
  /** Height the lanes take: at most the size's height unless even the coarsest level did not fit. */
  height: number;
  lanes: LaneBand[];
  marks: EventMark[];
  clusters: ClusterMark[];
  labelBoxes: LabelBox[];
  /** Rows of boxes, all lanes together. */
  rows: number;
  level: DetailLevel;
  /** False when even the coarsest level needed more height than given (then `height` says how much). */
  fits: boolean;
  /** The time span where events are drawn: a glyph's half-width in from each edge of the plot. */
  span: [number, number];
}

/** A mark and its label before they are given a row. */
interface Draft {
  type: 'event' | 'cluster';
  lane: number;
  /** The event, or the first event of a cluster. */
  event: number;
  /** A cluster's members: positions [from, to) in its lane's members. */
  from: number;
  to: number;
  x: number;
  /** Span drawn behind the first row: an imprecise date, or a cluster's extent. */
  range: [number, number] | null;
  lines: readonly string[];
  chips: { text: string; width: number }[];
  textWidth: number;
  placement: 'right' | 'left' | 'below';
  textX: number;
  item: StackItem;
}

const metricsCache = new WeakMap<MeasureLabel, Map<string, TextMetrics>>();

/** Text metrics are cached per measuring function: they depend on nothing else, so the layout stays pure. */
function metricsOf(text: string, measure: MeasureLabel): TextMetrics {
  let cache = metricsCache.get(measure);
  if (cache === undefined) {
    cache = new Map();
    metricsCache.set(measure, cache);
  }
  let metrics = cache.get(text);
  if (metrics === undefined) {
    if (cache.size > 50_000) cache.clear();
    metrics = measureText(text, measure);
    cache.set(text, metrics);
  }
  return metrics;
}

interface Context {
  events: LanedEvents;
  x: ScaleTime<number, number>;
  width: number;
  measure: MeasureLabel;
  g: ReadableGeometry;
  /** Visible members of each lane: positions [from, to) in its members. */
  visible: [number, number][];
}

/** Lays the chips of an event on one line no wider than `maxWidth`; those that do not fit become "+N". */
function chipLine(names: readonly string[], maxWidth: number, c: Context): { text: string; width: number }[] {
  const chips: { text: string; width: number }[] = [];
  const widthOf = (text: string) => c.measure(text) + 2 * c.g.chipPad;
  let used = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] ?? '';
    const width = widthOf(name);
    const rest = names.length - i - 1;
    const more = rest > 0 ? c.g.chipGap + widthOf(`+${rest}`) : 0;
    if (used + width + more > maxWidth && chips.length > 0) {
      const text = `+${names.length - i}`;
      chips.push({ text, width: widthOf(text) });
      return chips;
    }
    chips.push({ text: name, width });
    used += width + c.g.chipGap;
  }
  return chips;
}

/** Places a label right of its glyph, else left of it, else under it; null when it cannot fit the plot. */
function place(
  draft: Omit<Draft, 'placement' | 'textX' | 'item'>,
  rows: number,
  below: boolean,
  c: Context,
): Draft | null {
  const half = c.g.glyph / 2;
  const need = half + c.g.labelGap + draft.textWidth;
  let placement: Draft['placement'];
  let textX: number;
  let x0: number;
  let x1: number;
  let height = rows;
  if (draft.x + need <= c.width) {
    placement = 'right';
    textX = draft.x + half + c.g.labelGap;
    x0 = draft.x - half;
    x1 = draft.x + need;
  } else if (draft.x - need >= 0) {
    placement = 'left';
    textX = draft.x - half - c.g.labelGap;
    x0 = draft.x - need;
    x1 = draft.x + half;
  } else {
    if (draft.textWidth > c.width) return null;
    placement = 'below';
    textX = Math.min(Math.max(0, draft.x - draft.textWidth / 2), c.width - draft.textWidth);
    x0 = Math.min(textX, draft.x - half);
    x1 = Math.max(textX + draft.textWidth, draft.x + half);
    height += 1;
  }
  if (draft.range !== null) {
    x0 = Math.min(x0, draft.range[0]);
    x1 = Math.max(x1, draft.range[1]);
  }
  return { ...draft, placement, textX, item: { x0, x1, rows: height, below } };
}

/** A label as wrapped, or, in a plot too narrow for it, broken into as many lines as it takes. */
function fitWidth(label: WrappedLabel, text: string, suffix: string | null, c: Context): WrappedLabel {
  if (label.width <= c.width) return label;
  return wrapToWidth(metricsOf(text, c.measure), c.width, c.measure, suffix);
}

function eventDraft(event: number, lane: number, below: boolean, wrap: number, c: Context): Draft | null {
  const { events, x, width, g } = c;
  const e = events.events[event];
  if (e === undefined) return null;
  const cx = x(events.at[event] ?? 0);
  let range: [number, number] | null = null;
  if (e.datePrecision !== 'day') {
    const a = Math.max(0, x(events.start[event] ?? 0));
    const b = Math.min(width, x(events.end[event] ?? 0));
    if (b - a > g.glyph) range = [a, b];
  }
  const label = fitWidth(wrapMeasured(metricsOf(e.title, c.measure), wrap), e.title, null, c);
  const names = events.chips(event);
  const chips = names.length === 0 ? [] : chipLine(names, Math.max(label.width, wrap), c);
  const chipsWidth = chips.reduce((sum, chip, i) => sum + chip.width + (i > 0 ? g.chipGap : 0), 0);
  return place(
    {
      type: 'event',
      lane,
      event,
      from: 0,
      to: 0,
      x: cx,
      range,
      lines: label.lines,
      chips,
      textWidth: Math.max(label.width, chipsWidth),
    },
    label.lines.length + (chips.length > 0 ? 1 : 0),
    below,
    c,
  );
}

function clusterDraft(lane: number, from: number, to: number, wrap: number, c: Context): Draft | null {
  const members = itemAt(c.events.laneMembers, lane);
  const first = members[from] ?? 0;
  const last = members[to - 1] ?? first;
  const x0 = c.x(c.events.at[first] ?? 0);
  const x1 = c.x(c.events.at[last] ?? 0);
  const text = `+ ${to - from - 1} more`;
  const title = c.events.events[first]?.title ?? '';
  const label = fitWidth(
    wrapMeasured(metricsOf(title, c.measure), wrap, { text, width: c.measure(` ${text}`) }),
    title,
    text,
    c,
  );
  return place(
    {
      type: 'cluster',
      lane,
      event: first,
      from,
      to,
      x: x0,
      range: x1 - x0 > 1 ? [x0, x1] : null,
      lines: label.lines,
      chips: [],
      textWidth: label.width,
    },
    label.lines.length,
    false,
    c,
  );
}

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

interface Attempt {
  drafts: Draft[][];
  rows: number[][];
  used: number[];
  height: number;
}

function laneNameWidth(lane: number, c: Context): number {
  return Math.min(c.width, c.g.laneName(c.measure(c.events.lanes[lane]?.label ?? '')));
}

/** Stacks every lane at one level of detail within `height`, or returns null at the first box that does not fit. */
function attempt(level: DetailLevel, height: number, c: Context): Attempt | null {
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
function levels(visibleCount: number, width: number, g: ReadableGeometry): DetailLevel[] {
  const out: DetailLevel[] = [];
  if (visibleCount <= g.maxMarks)
    for (const wrap of g.wrapWidths) out.push({ column: 0, threshold: 0, wrap });
  // Clustered levels wrap at the widest: a one-line label takes one row where boxes collide anyway.
  const wrap = g.wrapWidths[0] ?? 160;
  for (let column = g.minColumn; column < width; column *= 2) {
    for (const threshold of THRESHOLDS) out.push({ column, threshold, wrap });
  }
  // The coarsest: one cluster per lane.
  out.push({ column: Infinity, threshold: 1, wrap });
  return out;
}

/** Turns stacked drafts into marks, clusters and label boxes in plot coordinates. */
function assemble(found: Attempt, level: DetailLevel, fits: boolean, c: Context): ReadableLayout {
  const { lanes } = c.events;
  const several = lanes.length > 1;
  const { g } = c;
  const marks: EventMark[] = [];
  const clusters: ClusterMark[] = [];
  const labelBoxes: LabelBox[] = [];
  const bands: LaneBand[] = [];
  let y = 0;
  let rows = 0;
  lanes.forEach((lane, index) => {
    const y0 = y;
    const top = y0;
    const drafts = found.drafts[index] ?? [];
    const laneRows = found.rows[index] ?? [];
    drafts.forEach((d, i) => {
      const boxTop = top + (laneRows[i] ?? 0) * g.row;
      const glyphY = boxTop + g.row / 2;
      const textTop = d.placement === 'below' ? glyphY + g.row : glyphY;
      const anchor = d.placement === 'left' ? 'end' : 'start';
      const lines = d.lines.map((text, k) => ({ text, x: d.textX, y: textTop + k * g.line }));
      const chipsY = textTop + d.lines.length * g.line + 2;
      const chips: LabelChip[] = [];
      const chipsWidth = d.chips.reduce((sum, chip, k) => sum + chip.width + (k > 0 ? g.chipGap : 0), 0);
      let chipX = anchor === 'start' ? d.textX : d.textX - chipsWidth;
      for (const chip of d.chips) {
        chips.push({ text: chip.text, x: chipX, y: chipsY, width: chip.width });
        chipX += chip.width + g.chipGap;
      }
      const boxIndex = labelBoxes.length;
      const owner: LabelBox['owner'] =
        d.type === 'event'
          ? { type: 'event', mark: marks.length }
          : { type: 'cluster', cluster: clusters.length };
      labelBoxes.push({
        owner,
        x0: d.item.x0,
        x1: d.item.x1,
        y0: boxTop,
        y1: boxTop + d.item.rows * g.row,
        anchor,
        lines,
        chips,
      });
      if (d.type === 'event') {
        marks.push({ event: d.event, lane: index, x: d.x, y: glyphY, range: d.range, box: boxIndex });
      } else {
        const members = itemAt(c.events.laneMembers, index);
        clusters.push({
          lane: index,
          events: members.subarray(d.from, d.to),
          first: d.event,
          x0: d.x,
          x1: d.range?.[1] ?? d.x,
          y: glyphY,
          box: boxIndex,
        });
      }
    });
    const used = found.used[index] ?? 0;
    rows += used;
    y = top + Math.max(1, used) * g.row + (several ? g.lanePad : 0);
    const name = several ? { x0: 0, y0, x1: laneNameWidth(index, c), y1: y0 + g.row } : null;
    bands.push({ lane, index, y0, y1: y, name, rows: used });
  });
  const span: [number, number] = [
    c.x.invert(g.glyph / 2).getTime(),
    c.x.invert(c.width - g.glyph / 2).getTime(),
  ];
  return { width: c.width, height: y, lanes: bands, marks, clusters, labelBoxes, rows, level, fits, span };
}

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
