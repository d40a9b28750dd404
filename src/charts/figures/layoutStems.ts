/**
 * Geometry of "figures over time": a stem per figure at its date, its height the USD value (log by
 * default), on the same time axis as the timeline. Pure: the component draws what this returns.
 */
import { scaleUtc } from 'd3-scale';
import type { FigureScale } from '../../state/viewSlice';
import { DATE_FORMATS } from '../../model/dates';
import { formatMoney } from '../../model/money';
import { largest } from './chartItems';
import type { FigureRow } from './figureRows';
import { makeValueScale, valueExtent, valueTicks, type ValueScale } from './scales';
import { textWidth, type TextWidth } from '../../model/measureText';

export const STEM_FONT_SIZE = 11;
const MARGIN = { top: 26, right: 14, bottom: 30, left: 54 };
/** Stems drawn at most; the note says how many more the table holds. */
export const DEFAULT_STEM_LIMIT = 300;
const MAX_LABELS = 24;
const DODGE = 5;

export interface StemGeom {
  key: string;
  row: FigureRow;
  x: number;
  yTop: number;
  yBase: number;
  /** Value label, or null when it would collide with a larger figure's label. */
  label: string | null;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface AxisTick {
  position: number;
  label: string;
}

export interface StemLayout {
  stems: StemGeom[];
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  y: ValueScale;
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Figures inside the time domain, and how many of them have a stem. */
  inDomain: number;
  shown: number;
}

export interface StemOptions {
  width: number;
  height: number;
  domain: [number, number];
  scale: FigureScale;
  /** How text is measured (the page's canvas by default). */
  measure?: TextWidth;
  limit?: number;
}

function timeTickLabel(date: Date, index: number): string {
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return DATE_FORMATS.year(date);
  return index === 0 ? DATE_FORMATS.month(date) : DATE_FORMATS.monthOnly(date);
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Lays out the stems of `rows` whose dates fall in `domain`. */
export function layoutStems(rows: readonly FigureRow[], options: StemOptions): StemLayout {
  const { width, height, domain, scale, limit = DEFAULT_STEM_LIMIT, measure = textWidth } = options;
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  const inDomain = rows.filter((r) => r.time >= domain[0] && r.time <= domain[1]);
  const visible = inDomain.length > limit ? largest(inDomain, limit) : inDomain;
  const x = scaleUtc().domain(domain).range([plot.left, plot.right]);
  const y = makeValueScale(scale, valueExtent(visible.map((r) => r.amount.usd)), [plot.bottom, plot.top]);

  const byTime = visible.slice().sort((a, b) => a.time - b.time || b.amount.usd - a.amount.usd);
  const stems: StemGeom[] = [];
  let previousX = -Infinity;
  for (const row of byTime) {
    let stemX = x(row.time);
    if (stemX - previousX < DODGE) stemX = previousX + DODGE;
    previousX = stemX;
    stems.push({
      key: row.id,
      row,
      x: stemX,
      yTop: Math.min(plot.bottom, y(row.amount.usd)),
      yBase: plot.bottom,
      label: null,
      labelX: stemX + 7,
      labelY: 0,
      labelAnchor: 'start',
    });
  }

  const placed: Box[] = [];
  const largestFirst = stems.slice().sort((a, b) => b.row.amount.usd - a.row.amount.usd);
  for (const stem of largestFirst) {
    if (placed.length >= MAX_LABELS) break;
    const text = formatMoney(stem.row.amount.usd, 'USD');
    const labelWidth = measure(text, { size: STEM_FONT_SIZE });
    const anchor = stem.x + 7 + labelWidth > width ? 'end' : 'start';
    const x0 = anchor === 'start' ? stem.x + 7 : stem.x - 7 - labelWidth;
    const labelY = Math.max(plot.top + 4, stem.yTop + 4);
    const box = { x0, x1: x0 + labelWidth, y0: labelY - STEM_FONT_SIZE, y1: labelY + 2 };
    if (placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    stem.label = text;
    stem.labelX = anchor === 'start' ? stem.x + 7 : stem.x - 7;
    stem.labelY = labelY;
    stem.labelAnchor = anchor;
  }

  const xTickCount = Math.max(3, Math.floor((plot.right - plot.left) / 80));
  const xTicks = x.ticks(xTickCount).map((d, i) => ({ position: x(d), label: timeTickLabel(d, i) }));
  const yTicks = valueTicks(scale, y).map((t) => ({ position: y(t.value), label: t.label }));
  return { stems, xTicks, yTicks, y, width, height, plot, inDomain: inDomain.length, shown: stems.length };
}
