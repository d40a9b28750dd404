/**
 * Geometry of one figure's row in the sections chart: its title and "part of …" lines, its mark (a bar
 * from zero on linear, a dot on log), where its whole is, its bound, flag and value label. Pure.
 */
import type { Bound } from '../../../data/schema';
import type { FigureScale } from '../../../state/viewSlice';
import { formatAmountLabel, formatUsdBound } from '../../../model/money';
import type { FigureRow } from '../figureRows';
import type { ValueScale } from '../scales';
import { partOfText, type PlacedFigure } from './placement';
import type { MeasureText } from './timeTicks';
import { wrapLines } from './wrapLines';

export const CHART_FONT = 12;
export const DOT_RADIUS = 5;
export const GLYPH_GUTTER = 18;
export const MARK_HEIGHT = 14;
export const MARKER = 9;
export const FLAG_SIZE = 14;
const LINE = 16;
export const ROW_GAP = 10;
const INDENT = 14;
export const GAP = 6;
/** Half the height of the tick that marks a part's whole on a log scale, and half its caps' width. */
const WHOLE_TICK = 6;
const WHOLE_CAP = 3;
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

/**
 * Where a part's whole is: a line from zero to its value (linear), or an upright tick at its value (log),
 * `r` above and below the row's value line, capped `cap` either side: never a ring, which reads as the "about" mark.
 */
export type WholeMarker =
  | { type: 'extent'; x1: number; x2: number; y: number }
  | { type: 'tick'; cx: number; cy: number; r: number; cap: number };

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

/** What a row's layout reads of the chart's options. */
export interface RowLayoutOptions {
  x: ValueScale;
  type: FigureScale;
  width: number;
  measure: MeasureText;
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
  return `${text} (${formatUsdBound(amount)})`;
}

export function lines(
  texts: readonly string[],
  x: number,
  firstBaseline: number,
  lineHeight: number,
): TextLine[] {
  return texts.map((text, i) => ({ text, x, y: firstBaseline + i * lineHeight }));
}

interface Span {
  x0: number;
  x1: number;
}

const overlaps = (a: Span, b: Span) => a.x0 < b.x1 && b.x0 < a.x1;

export function layoutFigure(
  entry: PlacedFigure<FigureRow>,
  top: number,
  options: RowLayoutOptions,
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
      whole = { type: 'tick', cx: wholeX, cy: markY, r: WHOLE_TICK, cap: WHOLE_CAP };
      obstacles.push({ x0: wholeX - WHOLE_CAP - 1, x1: wholeX + WHOLE_CAP + 1 });
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
