import type { ReadableLane } from './laneAssignment';

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

/** The widest a cluster's label is wrapped to: "First title + 12 more" reads as well on two lines. */
export const CLUSTER_WRAP = 340;

/**
 * Label widths for a plot, widest first: on a wide plot every title on one line where rows allow, then
 * most titles on one line, then narrow enough to leave room; never more than half the plot.
 */
export function defaultWrapWidths(width: number): number[] {
  const widths = [460, CLUSTER_WRAP].map((w) => Math.round(Math.min(w, width * 0.5)));
  return [...new Set([...widths, Math.round(Math.min(190, width * 0.42))])];
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

/**
 * A chip under a label: an actor named by the event besides its lane's actor, or the mark of a draft
 * entry no curator has reviewed yet. `x` is the chip's left edge, `y` its middle.
 */
export interface LabelChip {
  text: string;
  x: number;
  y: number;
  width: number;
  draft?: boolean;
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
  /** Its events are the lane's members from `from` up to `to`. */
  from: number;
  to: number;
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
