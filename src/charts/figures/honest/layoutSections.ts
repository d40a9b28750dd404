/**
 * Geometry of the figures chart: sections (running totals, single figures, budgets) one under another
 * on one shared value axis, each with its heading, note and tick labels; in each, rows top to bottom,
 * a part indented under its whole with a "part of …" line and a marker of where its whole is.
 *
 * The mark follows the scale: on a linear scale a bar from zero (its length is the value); on a log
 * scale a dot (its position is the value; a bar's length on a log axis is not proportional, so none is
 * drawn). Pure: layout(placement, scale, size) -> marks; the component draws exactly this.
 */
import type { Bound } from '../../../data/schema';
import type { FigureGroup, FigureScale } from '../../../state/viewSlice';
import { boundPrefix, formatAmountLabel, formatMoney } from '../../../model/money';
import type { FigureRow } from '../figureRows';
import type { ValueScale } from '../scales';
import { sectionBlocks } from './blocks';
import { partOfText, type PlacedFigure, type Placement } from './placement';
import type { SectionId } from './sections';
import type { MeasureText } from './timeTicks';
import { valueAxisTicks, type AxisTick } from './valueAxis';
import { wrapLines } from './wrapLines';

export const CHART_FONT = 12;
export const HEADING_FONT = 14;
export const DOT_RADIUS = 5;
export const GLYPH_GUTTER = 18;
export const MARK_HEIGHT = 14;
export const MARKER = 9;
export const FLAG_SIZE = 14;
const LINE = 16;
const HEADING_LINE = 19;
const ROW_GAP = 10;
const SECTION_GAP = 22;
const BLOCK_GAP = 6;
const INDENT = 14;
const GAP = 6;
const TICK_ROW = 20;
const MIN_PLOT = 120;
const WHOLE_RING = 6;
/** Room above a part's mark for the line that shows its whole (linear). */
const EXTENT_ROOM = 5;

export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export type ValueMark =
  | { type: 'dot'; cx: number; cy: number; r: number }
  | { type: 'bar'; x: number; y: number; width: number; height: number };

/** Where a part's whole is: a line from zero to its value (linear), or a ring at its value (log). */
export type WholeMarker =
  { type: 'extent'; x1: number; x2: number; y: number } | { type: 'ring'; cx: number; cy: number; r: number };

export interface FigureGeom {
  key: string;
  entry: PlacedFigure<FigureRow>;
  /** The row's box (its hit area). */
  top: number;
  height: number;
  title: TextLine[];
  partOf: TextLine[];
  mark: ValueMark;
  /** The centre line of the mark. */
  markY: number;
  /** A range (valueHigh): from the value to its upper end, on the centre line. */
  range: { x1: number; x2: number } | null;
  bound: Bound;
  /** Where the bound marker sits: after the value (lower), before it (upper, log), at the end (linear). */
  boundX: number;
  whole: WholeMarker | null;
  value: TextLine & { anchor: 'start' | 'end' };
  flag: { x: number; y: number } | null;
  glyph: { x: number; y: number };
  /** A rule left of a part's text that ties it to its whole. */
  rule: { x: number; y1: number; y2: number } | null;
}

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

export interface SectionLayoutOptions {
  x: ValueScale;
  type: FigureScale;
  width: number;
  measure: MeasureText;
  group: FigureGroup;
}

/** The sentence that states the scale in the chart. */
export function scaleStatement(type: FigureScale): string {
  return type === 'log'
    ? 'Log scale: each gridline is ten times the one before. A dot’s position shows its value; no bars, as lengths on a log scale are not proportional to value. All sections share this scale.'
    : 'Linear scale from $0: a bar’s length is proportional to its value. All sections share this scale.';
}

/** The value label of a figure: both currencies and the bound ("≈ ₽10.8T ≈ $111B"). */
export function figureValueText(row: FigureRow): string {
  return formatAmountLabel(row.amount);
}

/** "part of NATO framework contracts for key ammunition ($2.53B)", or null. */
export function partOfLine(entry: PlacedFigure<FigureRow>): string | null {
  const text = partOfText(entry);
  if (text === null || entry.whole === null) return text;
  const { amount } = entry.whole;
  return `${text} (${boundPrefix(amount.bound)}${formatMoney(amount.usd, 'USD')})`;
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

function lines(texts: readonly string[], x: number, firstBaseline: number, lineHeight: number): TextLine[] {
  return texts.map((text, i) => ({ text, x, y: firstBaseline + i * lineHeight }));
}

/** Gridlines of the value axis; a label that would stick out of the chart is left off. */
function axisTicks(type: FigureScale, x: ValueScale, width: number, measure: MeasureText): AxisTick[] {
  return valueAxisTicks(type, x, { measure, fontSize: CHART_FONT, orientation: 'x' }).map((tick) => {
    if (tick.label === null) return tick;
    const half = measure(tick.label, CHART_FONT) / 2;
    return tick.position - half < 0 || tick.position + half > width ? { ...tick, label: null } : tick;
  });
}

interface Span {
  x0: number;
  x1: number;
}

const overlaps = (a: Span, b: Span) => a.x0 < b.x1 && b.x0 < a.x1;

function layoutFigure(
  entry: PlacedFigure<FigureRow>,
  top: number,
  options: SectionLayoutOptions,
  plot: [number, number],
): FigureGeom {
  const { x, type, width, measure } = options;
  const { row } = entry;
  const { amount } = row;
  const labelX = plot[0] + entry.depth * INDENT;
  const textWidth = Math.max(60, width - labelX - 4);
  const titleLines = wrapLines(row.title, textWidth, CHART_FONT, measure);
  const partText = partOfLine(entry);
  const partLines = partText === null ? [] : wrapLines(partText, textWidth, CHART_FONT, measure);
  const textLines = titleLines.length + partLines.length;
  const markTop = top + textLines * LINE + 2 + (entry.whole !== null && type === 'linear' ? EXTENT_ROOM : 0);
  const markY = markTop + MARK_HEIGHT / 2;

  const valueX = x(amount.usd);
  const highX = row.usdHigh === null ? null : Math.max(valueX, x(row.usdHigh));
  const bound = amount.bound;
  let mark: ValueMark;
  let start: number;
  let end: number;
  let boundX: number;
  if (type === 'linear') {
    const zero = x(0);
    const barEnd = Math.max(zero, valueX);
    mark = { type: 'bar', x: zero, y: markTop, width: barEnd - zero, height: MARK_HEIGHT };
    start = zero;
    end = Math.max(barEnd, highX ?? barEnd);
    boundX = end;
    if (bound === 'lower' || bound === 'upper') end += MARKER;
  } else {
    mark = { type: 'dot', cx: valueX, cy: markY, r: DOT_RADIUS };
    start = valueX - DOT_RADIUS;
    end = Math.max(valueX + DOT_RADIUS, (highX ?? valueX) + 1);
    if (bound === 'approximate') {
      start -= 3;
      end = Math.max(end, valueX + DOT_RADIUS + 3);
    }
    if (bound === 'lower') {
      boundX = end + 1;
      end = boundX + MARKER;
    } else if (bound === 'upper') {
      boundX = start - 1;
      start = boundX - MARKER;
    } else boundX = end;
  }

  let whole: WholeMarker | null = null;
  const obstacles: Span[] = [];
  if (entry.whole !== null) {
    const wholeX = x(entry.whole.amount.usd);
    if (type === 'linear') whole = { type: 'extent', x1: x(0), x2: Math.max(x(0), wholeX), y: markTop - 3 };
    else {
      whole = { type: 'ring', cx: wholeX, cy: markY, r: WHOLE_RING };
      obstacles.push({ x0: wholeX - WHOLE_RING - 1, x1: wholeX + WHOLE_RING + 1 });
    }
  }

  // The value label and the flag go together beside the mark: "⚠ label" after it, or "label ⚠" before
  // it on a log scale when the right side is taken; else the label drops to a line of its own.
  const flagged = row.flags.length > 0;
  const text = figureValueText(row);
  const w = measure(text, CHART_FONT);
  const flagRoom = flagged ? FLAG_SIZE + GAP : 0;
  const free = (span: Span) => !obstacles.some((o) => overlaps(o, span));
  const right = { x0: end + GAP, x1: end + GAP + flagRoom + w };
  const left = { x0: start - GAP - flagRoom - w, x1: start - GAP };
  let value: FigureGeom['value'];
  let flagX: number | null = null;
  let below = false;
  if (right.x1 <= width && free(right)) {
    flagX = flagged ? right.x0 : null;
    value = { text, x: right.x0 + flagRoom, y: markY + 4, anchor: 'start' };
  } else if (type === 'log' && left.x0 >= GLYPH_GUTTER + 2 && free(left)) {
    flagX = flagged ? left.x1 - FLAG_SIZE : null;
    value = { text, x: left.x0 + w, y: markY + 4, anchor: 'end' };
  } else {
    below = true;
    if (flagged) {
      const after = { x0: end + GAP, x1: end + GAP + FLAG_SIZE };
      flagX = after.x1 <= width && free(after) ? after.x0 : Math.max(0, start - GAP - FLAG_SIZE);
    }
    value = { text, x: labelX, y: markTop + MARK_HEIGHT + LINE - 2, anchor: 'start' };
  }
  const flag = flagX === null ? null : { x: flagX, y: markTop };
  const height = markTop - top + MARK_HEIGHT + (below ? LINE : 0) + ROW_GAP;
  return {
    key: row.id,
    entry,
    top,
    height,
    title: lines(titleLines, labelX, top + 12, LINE),
    partOf: lines(partLines, labelX, top + 12 + titleLines.length * LINE, LINE),
    mark,
    markY,
    range: highX === null || highX <= valueX ? null : { x1: valueX, x2: highX },
    bound,
    boundX,
    whole,
    value,
    flag,
    glyph: { x: GLYPH_GUTTER / 2, y: markY },
    rule:
      entry.depth === 0 ? null : { x: labelX - INDENT / 2 - 1, y1: top + 1, y2: top + textLines * LINE + 1 },
  };
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
