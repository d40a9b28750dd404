/**
 * Geometry of the figures bar chart. Each row is a label line above a bar; the value label follows the
 * bar's end (after a bound marker: an arrow for "more than", a frayed end for "about", a whisker for a
 * range). Pure: the component draws exactly what this returns.
 */
import type { Bound } from '../../data/schema';
import { boundPrefix, formatAmountLabel, formatMoney } from '../../model/money';
import type { ChartItem } from './chartItems';
import { textWidth, truncateToWidth, type TextFont, type TextWidth } from '../../model/measureText';
import type { ValueScale } from './scales';

export const BAR_FONT_SIZE = 12;
/** The fonts FiguresBarChart draws labels and values in. */
const LABEL_FONT: TextFont = { size: BAR_FONT_SIZE, weight: 500 };
const GROUP_LABEL_FONT: TextFont = { size: BAR_FONT_SIZE, weight: 700 };
const VALUE_FONT: TextFont = { size: BAR_FONT_SIZE };
const LABEL_LINE = 16;
const BAR_HEIGHT = 14;
const GROUP_BAR_HEIGHT = 16;
const ROW_GAP = 10;
const VALUE_LINE = 15;
const GROUP_GAP = 10;
/** Room left of the bars for the stage glyph. */
export const GLYPH_GUTTER = 18;
const INDENT = 14;
const MARKER = 9;
const FLAG_SIZE = 14;
const GAP = 6;
export const AXIS_HEIGHT = 24;
const MIN_PLOT = 120;

export interface BarGeom {
  key: string;
  item: ChartItem;
  /** Top of the row and its height (the hit area). */
  y: number;
  height: number;
  label: string;
  labelX: number;
  labelY: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  /** End of a range whisker, or null. */
  highX: number | null;
  bound: Bound;
  /** Where the value label starts, and its text ('' when there is no value to draw). */
  valueX: number;
  valueY: number;
  valueText: string;
  /** Left edge of the warning marker, or null when the figure has no flag. */
  flagX: number | null;
  glyphX: number;
  glyphY: number;
}

export interface BarLayout {
  bars: BarGeom[];
  width: number;
  height: number;
  /** Pixel extent of the value axis. */
  plotStart: number;
  plotEnd: number;
}

/** The value label of a row: the figure in both currencies, or a group's sum. */
export function valueTextOf(item: ChartItem): string {
  if (item.type === 'figure') {
    const text = formatAmountLabel(item.row.amount);
    return item.grouped && !item.summed ? `${text} · not added` : text;
  }
  const { sum } = item.group;
  if (sum.added.length === 0) return 'not summed';
  return `sum ${boundPrefix(sum.bound)}${formatMoney(sum.usd, 'USD')}`;
}

function labelOf(item: ChartItem): string {
  if (item.type === 'figure') return item.row.title;
  const { group } = item;
  const count = group.rows.length;
  return `${group.label} · ${count} ${count === 1 ? 'figure' : 'figures'}`;
}

function valueOf(item: ChartItem): { usd: number; high: number | null; bound: Bound; flagged: boolean } {
  if (item.type === 'figure') {
    const { amount } = item.row;
    return {
      usd: amount.usd,
      high: item.row.usdHigh,
      bound: amount.bound,
      flagged: item.row.flags.length > 0,
    };
  }
  const { sum } = item.group;
  return { usd: sum.usd, high: null, bound: sum.bound, flagged: false };
}

/**
 * Right margin for value labels: wide enough for the widest label (so the longest bar keeps its label
 * in view), but never more than 45% of the chart.
 */
export function valueLabelReserve(
  items: readonly ChartItem[],
  width: number,
  measure: TextWidth = textWidth,
): number {
  let widest = 0;
  for (const item of items) widest = Math.max(widest, measure(valueTextOf(item), VALUE_FONT));
  return Math.min(widest + MARKER + FLAG_SIZE + 3 * GAP, Math.max(0, width * 0.45));
}

/** The pixel range of the value axis for a chart of `width` px. */
export function plotRange(
  items: readonly ChartItem[],
  width: number,
  measure: TextWidth = textWidth,
): [number, number] {
  const start = GLYPH_GUTTER;
  const end = Math.max(start + MIN_PLOT, width - valueLabelReserve(items, width, measure));
  return [start, end];
}

/** Lays out the rows top to bottom under the axis, with `x` mapping USD to pixels. */
export function layoutBars(
  items: readonly ChartItem[],
  scales: { x: ValueScale; width: number; measure?: TextWidth },
): BarLayout {
  const { x, width, measure = textWidth } = scales;
  const fitLabel = (text: string, room: number, font: TextFont) =>
    truncateToWidth(text, room, (t) => measure(t, font)) ?? '…';
  const [plotStart, plotEnd] = x.range() as [number, number];
  const bars: BarGeom[] = [];
  let y = AXIS_HEIGHT + 4;
  for (const [index, item] of items.entries()) {
    const isGroup = item.type === 'group';
    if (isGroup && index > 0) y += GROUP_GAP;
    const indent = item.type === 'figure' && item.grouped ? INDENT : 0;
    const barHeight = isGroup ? GROUP_BAR_HEIGHT : BAR_HEIGHT;
    const barY = y + LABEL_LINE + 2;
    const { usd, high, bound, flagged } = valueOf(item);
    const hasBar = !isGroup || item.group.sum.added.length > 0;
    const end = hasBar ? Math.max(plotStart, x(usd)) : plotStart;
    const highX = high === null ? null : Math.max(end, x(high));
    const markerEnd = (highX ?? end) + (bound === 'exact' || !hasBar ? 0 : MARKER);
    const flagX = flagged ? markerEnd + GAP : null;
    const valueText = valueTextOf(item);
    const afterBar = (flagX === null ? markerEnd : flagX + FLAG_SIZE) + GAP;
    // On narrow charts a long value label goes on its own line under the bar rather than off the edge.
    const below = afterBar + measure(valueText, VALUE_FONT) > width;
    const rowHeight = LABEL_LINE + 2 + barHeight + ROW_GAP + (below ? VALUE_LINE : 0);
    const labelX = plotStart + indent;
    bars.push({
      key: item.key,
      item,
      y,
      height: rowHeight,
      label: fitLabel(
        labelOf(item),
        Math.max(40, width - labelX - 4),
        isGroup ? GROUP_LABEL_FONT : LABEL_FONT,
      ),
      labelX,
      labelY: y + 12,
      barX: plotStart,
      barY,
      barWidth: end - plotStart,
      barHeight,
      highX,
      bound: hasBar ? bound : 'exact',
      valueX: below ? labelX : afterBar,
      valueY: below ? barY + barHeight + VALUE_LINE - 1 : barY + barHeight / 2 + 4,
      valueText,
      flagX,
      glyphX: plotStart - GLYPH_GUTTER / 2,
      glyphY: barY + barHeight / 2,
    });
    y += rowHeight;
  }
  return { bars, width, height: y + 4, plotStart, plotEnd };
}
