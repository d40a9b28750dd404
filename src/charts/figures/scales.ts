/**
 * The USD value axis of the figures charts: linear from zero, or logarithmic over whole decades with
 * readable ticks ($100M, $1B, $10B). Figures span several orders of magnitude, so log is the default.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import type { FigureScale } from '../../state/viewSlice';
import { estimateTextWidth } from '../../model/measureText';
import { formatMoney } from '../../model/money';

export type ValueScale = ScaleContinuousNumeric<number, number>;

export interface ValueTick {
  value: number;
  label: string;
}

/** Smallest 1, 2 or 5 × 10^k that is at least `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const decade = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    // Guard against 0.30000000000000004-style float error just above a round number.
    if (step * decade >= value * (1 - 1e-12)) return step * decade;
  }
  return 10 * decade;
}

/**
 * The log domain: from a whole decade below the smallest value (one more decade when the smallest bar
 * would barely show) to the nice ceiling of the largest.
 */
export function logDomain(min: number, max: number): [number, number] {
  const low = min > 0 ? min : 1;
  let floor = 10 ** Math.floor(Math.log10(low));
  if (low / floor < 2) floor /= 10;
  return [floor, niceCeiling(Math.max(max, low))];
}

/** The positive extent of a set of USD values (range ends included); [1, 1] when there is none. */
export function valueExtent(values: Iterable<number>): [number, number] {
  let min = Infinity;
  let max = 0;
  for (const v of values) {
    if (v > 0 && v < min) min = v;
    if (v > max) max = v;
  }
  return min === Infinity ? [1, 1] : [min, max];
}

/** A scale from USD to pixels over `range`. Values at or below the log floor map to its start. */
export function makeValueScale(
  type: FigureScale,
  extent: [number, number],
  range: [number, number],
): ValueScale {
  if (type === 'log') return scaleLog().domain(logDomain(extent[0], extent[1])).range(range).clamp(true);
  return scaleLinear().domain([0, extent[1]]).nice(6).range(range);
}

const TICK_LABEL_GAP = 12;
/** The widest label a value axis writes, in the axis font: ticks are kept at least this far apart. */
const WIDEST_TICK_LABEL = '$100M';

/** Ticks that fit in the pixel length of the scale: whole decades on log (adding 2× and 5× when few). */
export function valueTicks(type: FigureScale, scale: ValueScale): ValueTick[] {
  const [start, end] = scale.range() as [number, number];
  const length = Math.abs(end - start);
  const minSpacing = estimateTextWidth(WIDEST_TICK_LABEL, { size: 11 }) + TICK_LABEL_GAP;
  let values: number[];
  if (type === 'log') {
    const [lo, hi] = scale.domain() as [number, number];
    const decades: number[] = [];
    for (let p = Math.ceil(Math.log10(lo) - 1e-9); 10 ** p <= hi * (1 + 1e-9); p++) decades.push(10 ** p);
    values = decades;
    if (decades.length < 3) {
      values = decades.flatMap((d) => [d, 2 * d, 5 * d]).filter((v) => v >= lo && v <= hi * (1 + 1e-9));
    }
    values = thin(values, scale, minSpacing);
  } else {
    const count = Math.max(2, Math.floor(length / (minSpacing + 24)));
    values = scale.ticks(count);
  }
  return values.map((value) => ({ value, label: formatMoney(value, 'USD') }));
}

/** Keeps every k-th tick so neighbours are at least `spacing` pixels apart. */
function thin(values: number[], scale: ValueScale, spacing: number): number[] {
  for (let every = 1; every <= values.length; every++) {
    const kept = values.filter((_, i) => i % every === 0);
    const ok = kept.every((v, i) => i === 0 || Math.abs(scale(v) - scale(kept[i - 1] ?? v)) >= spacing);
    if (ok) return kept;
  }
  return values.slice(0, 1);
}

/** What the chart says about the scale that is on. */
export function scaleNote(type: FigureScale): string {
  return type === 'log'
    ? 'Log scale: each gridline is ten times the one before; bar lengths are not proportional to value.'
    : 'Linear scale: bar lengths are proportional to the USD value.';
}
