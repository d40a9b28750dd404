/** What layoutTimeline is given and what it returns (layout.ts lists the steps in between). */
import type { Lane } from './lanes';
import type { MeasureText } from './timelineText';

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
