/**
 * Geometry of the figures chart: sections (running totals, single figures, budgets) one under another
 * on one shared value axis, each with its heading, note and tick labels; in each, rows top to bottom,
 * a part indented under its whole with a "part of …" line and a marker of where its whole is.
 *
 * The mark follows the scale: on a linear scale a bar from zero (its length is the value); on a log
 * scale a dot (its position is the value; a bar's length on a log axis is not proportional, so none is
 * drawn). Pure: layout(placement, scale, size) -> marks; the component draws exactly this.
 */
import type { FigureGroup, FigureScale } from '../../../state/viewSlice';
import { formatMoney } from '../../../model/money';
import type { FigureRow } from '../figureRows';
import type { ValueScale } from '../scales';
import { sectionBlocks } from './blocks';
import {
  CHART_FONT,
  FLAG_SIZE,
  GAP,
  GLYPH_GUTTER,
  MARKER,
  ROW_GAP,
  figureValueText,
  layoutFigure,
  lines,
  type FigureGeom,
  type RowLayoutOptions,
  type TextLine,
} from './layoutFigureRow';
import type { PlacedFigure, Placement } from './placement';
import type { SectionId } from './sections';
import type { MeasureText } from './timeTicks';
import { valueAxisTicks, type AxisTick } from './valueAxis';
import { wrapLines } from './wrapLines';

export {
  CHART_FONT,
  DOT_RADIUS,
  FLAG_SIZE,
  GLYPH_GUTTER,
  MARK_HEIGHT,
  MARKER,
  figureValueText,
  partOfLine,
  type FigureGeom,
  type TextLine,
  type ValueMark,
  type WholeMarker,
} from './layoutFigureRow';

export const HEADING_FONT = 14;
const LINE = 16;
const HEADING_LINE = 19;
const SECTION_GAP = 22;
const BLOCK_GAP = 6;
const TICK_ROW = 20;
const MIN_PLOT = 120;

export interface SectionGeom {
  id: SectionId;
  top: number;
  bottom: number;
  heading: TextLine[];
  note: TextLine[];
  /** "Also a single figure: …, drawn under the running total it is part of." */
  elsewhere: TextLine[];
  /** Gridlines, each with its label or none where labels would touch. */
  ticks: AxisTick[];
  tickY: number;
  gridTop: number;
  gridBottom: number;
  blocks: { key: string; label: TextLine }[];
  figures: FigureGeom[];
}

export interface SectionsLayout {
  width: number;
  height: number;
  /** What the scale is, stated in the chart (and so in every export). */
  scaleNote: TextLine[];
  sections: SectionGeom[];
  plotStart: number;
  plotEnd: number;
}

export interface SectionLayoutOptions extends RowLayoutOptions {
  group: FigureGroup;
}

/** The sentence that states the scale in the chart. */
export function scaleStatement(type: FigureScale): string {
  return type === 'log'
    ? 'Log scale: each gridline is ten times the one before. A dot’s position shows its value; no bars, as lengths on a log scale are not proportional to value. All sections share this scale.'
    : 'Linear scale from $0: a bar’s length is proportional to its value. All sections share this scale.';
}

/** Every USD value the chart must fit: values, upper ends of ranges, and the wholes of parts. */
export function placementValues(placement: Placement<FigureRow>): number[] {
  const values: number[] = [];
  for (const section of placement.sections) {
    for (const entry of section.entries) {
      values.push(entry.row.amount.usd);
      if (entry.row.usdHigh !== null) values.push(entry.row.usdHigh);
      if (entry.whole !== null) values.push(entry.whole.amount.usd);
    }
  }
  return values;
}

/**
 * The pixel range of the value axis: right of the glyph gutter, leaving room on the right for the
 * widest value label (so the largest figure keeps its label in view), but at most 42% of the width.
 */
export function sectionPlotRange(
  placement: Placement<FigureRow>,
  width: number,
  measure: MeasureText,
): [number, number] {
  let widest = 0;
  for (const section of placement.sections) {
    for (const entry of section.entries) {
      widest = Math.max(widest, measure(figureValueText(entry.row), CHART_FONT));
    }
  }
  const reserve = Math.min(widest + MARKER + FLAG_SIZE + 3 * GAP, width * 0.42);
  return [GLYPH_GUTTER, Math.max(GLYPH_GUTTER + MIN_PLOT, width - reserve)];
}

/** Gridlines of the value axis; a label that would stick out of the chart is left off. */
function axisTicks(type: FigureScale, x: ValueScale, width: number, measure: MeasureText): AxisTick[] {
  return valueAxisTicks(type, x, { measure, fontSize: CHART_FONT, orientation: 'x' }).map((tick) => {
    if (tick.label === null) return tick;
    const half = measure(tick.label, CHART_FONT) / 2;
    return tick.position - half < 0 || tick.position + half > width ? { ...tick, label: null } : tick;
  });
}

function elsewhereText(entries: readonly PlacedFigure<FigureRow>[]): string | null {
  if (entries.length === 0) return null;
  const names = entries.map((e) => `${e.row.title}, ${formatMoney(e.row.amount.usd, 'USD')}`);
  const where =
    entries.length === 1
      ? 'is drawn under the figure it is part of'
      : 'are drawn under the figures they are part of';
  return `Also of this kind: ${names.join('; ')}. ${entries.length === 1 ? 'It' : 'They'} ${where}.`;
}

/** Lays out the sections of a placement top to bottom (see the top of this file). */
export function layoutSections(
  placement: Placement<FigureRow>,
  options: SectionLayoutOptions,
): SectionsLayout {
  const { x, type, width, measure, group } = options;
  const plot = x.range() as [number, number];
  const textWidth = Math.max(60, width - 4);
  const noteLines = wrapLines(scaleStatement(type), textWidth, CHART_FONT, measure);
  const scaleNote = lines(noteLines, 0, 12, LINE);
  let y = noteLines.length * LINE + 10;
  const ticks = axisTicks(type, x, width, measure);
  const sections: SectionGeom[] = [];
  for (const section of placement.sections) {
    const top = y;
    const heading = lines(
      wrapLines(section.info.heading, textWidth, HEADING_FONT, measure),
      0,
      y + 15,
      HEADING_LINE,
    );
    y += heading.length * HEADING_LINE + 2;
    const note = lines(wrapLines(section.info.note, textWidth, CHART_FONT, measure), 0, y + 12, LINE);
    y += note.length * LINE;
    const other = elsewhereText(section.elsewhere);
    const elsewhere =
      other === null ? [] : lines(wrapLines(other, textWidth, CHART_FONT, measure), 0, y + 12, LINE);
    y += elsewhere.length * LINE + 4;
    const tickY = y + 13;
    y += TICK_ROW;
    const gridTop = y;
    const blocks: SectionGeom['blocks'] = [];
    const figures: FigureGeom[] = [];
    for (const [i, block] of sectionBlocks(section, group).entries()) {
      if (block.label !== null) {
        if (i > 0) y += BLOCK_GAP;
        blocks.push({ key: block.key, label: { text: block.label, x: plot[0], y: y + 13 } });
        y += LINE + 4;
      }
      for (const entry of block.entries) {
        const geom = layoutFigure(entry, y, options, plot);
        figures.push(geom);
        y += geom.height;
      }
    }
    sections.push({
      id: section.info.id,
      top,
      bottom: y,
      heading,
      note,
      elsewhere,
      ticks,
      tickY,
      gridTop,
      gridBottom: y - ROW_GAP / 2,
      blocks,
      figures,
    });
    y += SECTION_GAP;
  }
  return { width, height: y - SECTION_GAP + 4, scaleNote, sections, plotStart: plot[0], plotEnd: plot[1] };
}
