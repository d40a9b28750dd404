/**
 * Geometry of "figures over time": one panel per section (running totals, single figures, budgets),
 * stacked on one time axis and one value scale, so a mark's height means the same in every panel.
 *
 * The mark follows the scale: on log a dot (the stage glyph) at the value, as a stem from the bottom of
 * a log axis has a length that is not proportional; on linear a stem from zero with the glyph on top.
 * A part sits in its whole's panel with a thin link to its whole. Every figure gets a value label when
 * one fits anywhere around its mark; the others stay reachable by keyboard, tooltip and table. Pure.
 */
import type { ScaleTime } from 'd3-scale';
import type { FigureScale } from '../../../state/viewSlice';
import type { FigureRow } from '../figureRows';
import { valueExtent, type ValueScale } from '../scales';
import { CHART_FONT, HEADING_FONT, type TextLine } from './layoutSections';
import type { PlacedFigure, Placement } from './placement';
import type { SectionId } from './sections';
import { timeAxisTicks, type MeasureText, type TimeTick } from './timeTicks';
import { chartValueScale, valueAxisTicks, type AxisTick } from './valueAxis';
import { placeLabels } from './timeLabels';
import { wrapLines } from './wrapLines';

const MARGIN = { left: 58, right: 12 };
/** From a panel's top to its plot: the heading, and room under it for the top tick label (centred on plotTop). */
const HEADING_ROOM = 32;
const PANEL_GAP = 28;
const AXIS_ROOM = 30;
const MARK_SIZE = 7;
const DODGE = 2 * MARK_SIZE;
const DAY_MS = 86_400_000;
const LABEL_ROOM = 150;
/**
 * How far a bound's arrow reaches from the value, and where the flag of an unlabelled mark sits (a
 * labelled one carries "⚠" in its label).
 */
export const BOUND_ARROW = 16;
export const FLAG_LEFT = 20;

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
  total: number;
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
  for (const [i, section] of placement.sections.entries()) {
    const entries = visible[i] ?? [];
    if (section.entries.length === 0) continue;
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

    const byTime = entries
      .slice()
      .sort((a, b) => a.row.time - b.row.time || b.row.amount.usd - a.row.amount.usd);
    const marks: TimeMarkGeom[] = [];
    const placed: { key: string; x: number; y: number }[] = [];
    for (const entry of byTime) {
      let mx = x(entry.row.time);
      const my = Math.min(plotBottom, y(entry.row.amount.usd));
      // A part dated with its whole sits on the whole's stem, inside it. Other figures on one day would
      // hide each other: each moves right of the one it would cover.
      const whole = placed.find((p) => p.key === entry.whole?.id && Math.abs(p.x - mx) < DODGE);
      if (whole !== undefined) mx = whole.x;
      else {
        for (const p of placed) {
          if (Math.abs(p.x - mx) < DODGE && (type === 'linear' || Math.abs(p.y - my) < 2 * MARK_SIZE))
            mx = p.x + DODGE;
        }
      }
      placed.push({ key: entry.row.id, x: mx, y: my });
      marks.push({
        key: entry.row.id,
        entry,
        x: mx,
        y: my,
        stem: type === 'linear' ? { y1: y(0), y2: my } : null,
        label: null,
        leader: null,
        link: null,
      });
    }
    const byId = new Map(marks.map((m) => [m.key, m]));
    for (const m of marks) {
      const whole = m.entry.wholeDrawn && m.entry.whole !== null ? byId.get(m.entry.whole.id) : undefined;
      if (whole !== undefined) m.link = { x1: m.x, y1: m.y, x2: whole.x, y2: whole.y };
    }

    const obstacles = marks.flatMap((m) => {
      const { bound } = m.entry.row.amount;
      // The glyph, with the arrow of a bound above ("more than") or below ("less than") it.
      const glyph = {
        x0: m.x - MARK_SIZE,
        x1: m.x + MARK_SIZE,
        y0: m.y - (bound === 'lower' ? BOUND_ARROW : MARK_SIZE),
        y1: m.y + (bound === 'upper' ? BOUND_ARROW : MARK_SIZE),
      };
      const stem = m.stem === null ? [] : [{ x0: m.x - 1.5, x1: m.x + 1.5, y0: m.y, y1: m.stem.y1 }];
      return [glyph, ...stem].map((box) => ({ key: m.key, box }));
    });
    const bounds = { x0: plot.left + 2, x1: width, y0: plotTop - 6, y1: plotBottom + 6 };
    placeLabels(marks, obstacles, bounds, measure);
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
    total: placement.shown,
  };
}
