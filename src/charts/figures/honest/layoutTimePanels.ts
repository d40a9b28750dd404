/**
 * Geometry of "figures over time": one panel per section (running totals, single figures, budgets),
 * stacked on one time axis and one value scale, so a mark's height means the same in every panel.
 *
 * The mark follows the scale: on log a dot (the stage glyph) at the value, as a stem from the bottom of
 * a log axis has a length that is not proportional; on linear a stem from zero with the glyph on top.
 * A part sits in its whole's panel with a thin link to its whole. Every figure gets a value label when
 * one fits near its mark; the others are counted, and stay reachable by keyboard, tooltip and table. Pure.
 */
import type { ScaleTime } from 'd3-scale';
import type { Bound } from '../../../data/schema';
import type { FigureScale } from '../../../state/viewSlice';
import type { FigureRow } from '../figureRows';
import { valueExtent, type ValueScale } from '../scales';
import { CHART_FONT, HEADING_FONT, type TextLine } from './layoutSections';
import type { PlacedFigure, Placement } from './placement';
import type { SectionId } from './sections';
import { timeAxisTicks, type MeasureText, type TimeTick } from './timeTicks';
import { chartValueScale, valueAxisTicks, type AxisTick } from './valueAxis';
import type { Box } from './labelGeometry';
import { placeLabels } from './timeLabels';
import { wrapLines } from './wrapLines';

const MARGIN = { left: 58, right: 12 };
/** From a panel's top to its plot: the heading, and room under it for the top tick label (centred on plotTop). */
const HEADING_ROOM = 32;
const PANEL_GAP = 28;
const AXIS_ROOM = 30;
const MARK_SIZE = 7;
const DODGE = 2 * MARK_SIZE;
/** The shortest link from a part to its whole that shows between their glyphs. */
const MIN_LINK = DODGE + 10;
const DAY_MS = 86_400_000;
const LABEL_ROOM = 150;
/** How far a bound's arrow reaches from the value. */
export const BOUND_ARROW = 16;

export interface TimeMarkGeom {
  key: string;
  entry: PlacedFigure<FigureRow>;
  x: number;
  /** The value's position. */
  y: number;
  /** Linear only: the stem from zero (y1) to the value (y2). */
  stem: { y1: number; y2: number } | null;
  label: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null;
  /** A line from the mark to a label that had to move away from it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** A thin line to the mark of the whole this figure is part of, when both are drawn. */
  link: { x1: number; y1: number; x2: number; y2: number } | null;
  /**
   * Top-left of the flag mark of a flagged figure: at the start of its label's box, or for a figure
   * without a label, placed clear of every glyph and label; null when none is drawn.
   */
  flag: { x: number; y: number } | null;
}

export interface TimePanelGeom {
  id: SectionId;
  heading: TextLine[];
  top: number;
  plotTop: number;
  plotBottom: number;
  /** Gridlines, each with its label or none where labels would touch. */
  yTicks: AxisTick[];
  marks: TimeMarkGeom[];
}

export interface TimeLayout {
  width: number;
  height: number;
  plot: { left: number; right: number };
  scaleNote: TextLine[];
  panels: TimePanelGeom[];
  xTicks: TimeTick[];
  axisY: number;
  /** Figures whose date falls in the time window, and how many of all placed figures there are. */
  inDomain: number;
  /** Drawn marks that found no label spot near them; the table lists their values. */
  unlabelled: number;
  /** Linear only: marks whose stem is shorter than their glyph reaches, so it cannot be seen above $0. */
  hiddenStems: number;
  total: number;
  /** Sections with figures, none of them in the time window: not drawn, named in a note instead. */
  notDrawn: { heading: string; count: number }[];
}

export interface TimeLayoutOptions {
  x: ScaleTime<number, number>;
  type: FigureScale;
  width: number;
  /** Height of each panel's plot area, px. */
  panelHeight: number;
  measure: MeasureText;
}

/**
 * The dates of the figures in view, padded so no mark sits on an edge: by 6% of the span, at least two
 * weeks, and, for a plot `plotWidth` px wide, room for a value label on either side (150 px, or 30% of
 * a narrow plot).
 */
export function figureTimeDomain(times: Iterable<number>, plotWidth = 0): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const t of times) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (min === Infinity) return null;
  const span = max - min;
  const room = Math.min(LABEL_ROOM, plotWidth * 0.3);
  const labelRoom = plotWidth > 2 * room ? (span * room) / (plotWidth - 2 * room) : 0;
  const pad = Math.max(span * 0.06, 14 * DAY_MS, labelRoom);
  return [min - pad, max + pad];
}

/** The sentence that states the scale in the chart over time. */
export function timeScaleStatement(type: FigureScale): string {
  return type === 'log'
    ? 'Log scale: each gridline is ten times the one below; a mark’s height shows its value. Panels share the scale.'
    : 'Linear scale from $0: a stem’s height is proportional to its value. Panels share the scale.';
}

function panelTicks(type: FigureScale, y: ValueScale, measure: MeasureText): AxisTick[] {
  return valueAxisTicks(type, y, { measure, fontSize: CHART_FONT, orientation: 'y' });
}

/** The box a mark's glyph covers, with the arrow of a bound above ("more than") or below ("less than") it. */
export function glyphBox(x: number, y: number, bound: Bound): Box {
  return {
    x0: x - MARK_SIZE,
    x1: x + MARK_SIZE,
    y0: y - (bound === 'lower' ? BOUND_ARROW : MARK_SIZE),
    y1: y + (bound === 'upper' ? BOUND_ARROW : MARK_SIZE),
  };
}

/** Boxes that only touch (to rounding, as x + DODGE - x may not be DODGE) do not overlap. */
const EPS = 1e-6;
const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 - EPS && b.x0 < a.x1 - EPS && a.y0 < b.y1 - EPS && b.y0 < a.y1 - EPS;

/**
 * Positions for the marks of one panel such that no mark covers another: in a stable order (date, then
 * the larger value, then id), a mark that would cover one already placed moves right of it by a mark's
 * width. On linear a stem counts too, except that a part whose glyph clears its whole's sits on the
 * whole's stem, inside it.
 */
function dodgeMarks(
  entries: readonly PlacedFigure<FigureRow>[],
  xOf: (e: PlacedFigure<FigureRow>) => number,
  yOf: (e: PlacedFigure<FigureRow>) => number,
  type: FigureScale,
): { entry: PlacedFigure<FigureRow>; x: number; y: number }[] {
  const order = entries
    .slice()
    .sort(
      (a, b) =>
        a.row.time - b.row.time ||
        b.row.amount.usd - a.row.amount.usd ||
        (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0),
    );
  const placed: { entry: PlacedFigure<FigureRow>; x: number; y: number; box: Box }[] = [];
  for (const entry of order) {
    const y = yOf(entry);
    const { bound } = entry.row.amount;
    let x = xOf(entry);
    const whole = placed.find((p) => p.entry.row.id === entry.whole?.id && Math.abs(p.x - x) < DODGE);
    const covers = (px: number, p: (typeof placed)[number]) => {
      if (overlaps(glyphBox(px, y, bound), p.box)) return true;
      if (type === 'log' || p === whole) return false;
      // Stems: the lower mark's glyph on the other's stem, or the two stems drawn as one line.
      return Math.abs(p.x - px) < DODGE - EPS;
    };
    if (whole !== undefined) x = whole.x;
    for (let moved = true; moved;) {
      moved = false;
      for (const p of placed) {
        // Only ever rightwards, so the walk ends.
        if (covers(x, p) && p.x + DODGE > x) {
          x = p.x + DODGE;
          moved = true;
        }
      }
    }
    placed.push({ entry, x, y, box: glyphBox(x, y, bound) });
  }
  return placed.map(({ entry, x, y }) => ({ entry, x, y }));
}

/** Lays out the panels of a placement over the time window of `x` (see the top of this file). */
export function layoutTimePanels(placement: Placement<FigureRow>, options: TimeLayoutOptions): TimeLayout {
  const { x, type, width, panelHeight, measure } = options;
  const plot = { left: MARGIN.left, right: width - MARGIN.right };
  const [from, to] = x.domain().map((d) => d.getTime()) as [number, number];
  const inWindow = (e: PlacedFigure<FigureRow>) => e.row.time >= from && e.row.time <= to;
  const visible = placement.sections.map((s) => s.entries.filter(inWindow));
  const values = visible.flat().map((e) => e.row.amount.usd);
  const scaleNote = wrapLines(timeScaleStatement(type), width - 4, CHART_FONT, measure).map((text, i) => ({
    text,
    x: 0,
    y: 12 + i * 16,
  }));
  let top = scaleNote.length * 16 + 8;
  const extent = valueExtent(values);
  const base = chartValueScale(type, extent, [panelHeight, 0]);

  const panels: TimePanelGeom[] = [];
  const notDrawn: TimeLayout['notDrawn'] = [];
  for (const [i, section] of placement.sections.entries()) {
    const entries = visible[i] ?? [];
    if (section.entries.length === 0) continue;
    // An empty panel reads as "nothing happened here": the section is named in a note instead.
    if (entries.length === 0) {
      notDrawn.push({ heading: section.info.heading, count: section.entries.length });
      continue;
    }
    const count = entries.length;
    const outside = section.entries.length - count;
    const figures = `${count} ${count === 1 ? 'figure' : 'figures'}`;
    const heading = wrapLines(
      `${section.info.heading} · ${figures}${outside > 0 ? ` (${outside} outside this window)` : ''}`,
      width - 4,
      HEADING_FONT,
      measure,
    ).map((text, j) => ({ text, x: 0, y: top + 15 + j * 19 }));
    const plotTop = top + HEADING_ROOM + (heading.length - 1) * 19;
    const plotBottom = plotTop + panelHeight;
    const y = base.copy().range([plotBottom, plotTop]);

    const marks = dodgeMarks(
      entries,
      (e) => x(e.row.time),
      (e) => Math.min(plotBottom, y(e.row.amount.usd)),
      type,
    ).map(({ entry, x: mx, y: my }): TimeMarkGeom => ({
      key: entry.row.id,
      entry,
      x: mx,
      y: my,
      stem: type === 'linear' ? { y1: y(0), y2: my } : null,
      label: null,
      leader: null,
      link: null,
      flag: null,
    }));
    const byId = new Map(marks.map((m) => [m.key, m]));
    for (const m of marks) {
      const whole = m.entry.wholeDrawn && m.entry.whole !== null ? byId.get(m.entry.whole.id) : undefined;
      // A link hidden under the glyphs, or along the whole's stem, shows nothing: the label says "part of".
      const shows =
        whole !== undefined &&
        Math.hypot(whole.x - m.x, whole.y - m.y) >= MIN_LINK &&
        (type === 'log' || Math.abs(whole.x - m.x) >= 1);
      if (whole !== undefined && shows) m.link = { x1: m.x, y1: m.y, x2: whole.x, y2: whole.y };
    }

    const glyphs = marks.map((m) => ({ key: m.key, box: glyphBox(m.x, m.y, m.entry.row.amount.bound) }));
    const stems = marks.flatMap((m) =>
      m.stem === null ? [] : [{ key: m.key, box: { x0: m.x - 1.5, x1: m.x + 1.5, y0: m.y, y1: m.stem.y1 } }],
    );
    // Down to 8 px under $0, so that a mark at $0 can take a label level with it; the time axis's
    // labels start 10 px under it.
    const bounds = { x0: plot.left + 2, x1: width - 4, y0: plotTop - 6, y1: plotBottom + 8 };
    placeLabels(marks, [...glyphs, ...stems], glyphs, bounds, measure);
    panels.push({
      id: section.info.id,
      heading,
      top,
      plotTop,
      plotBottom,
      yTicks: panelTicks(type, y, measure),
      marks,
    });
    top = plotBottom + PANEL_GAP;
  }
  const axisY = top - PANEL_GAP;
  const xTicks = timeAxisTicks(x, { measure, fontSize: CHART_FONT, bounds: [0, width] });
  return {
    width,
    height: axisY + AXIS_ROOM,
    plot,
    scaleNote,
    panels,
    xTicks,
    axisY,
    inDomain: visible.reduce((n, v) => n + v.length, 0),
    unlabelled: panels.reduce((n, p) => n + p.marks.filter((m) => m.label === null).length, 0),
    hiddenStems: panels.reduce(
      (n, p) => n + p.marks.filter((m) => m.stem !== null && m.stem.y1 - m.stem.y2 < MARK_SIZE).length,
      0,
    ),
    total: placement.shown,
    notDrawn,
  };
}
