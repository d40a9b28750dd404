/**
 * The USD axis of the figures charts. Linear: from $0 to a round number above the largest value. Log:
 * from the decade at or below the smallest value to the decade at or above the largest, with a gridline
 * at every decade, so "each gridline is ten times the one before" is true of what is drawn. Labels are
 * left off some gridlines (at a steady stride) when they would touch.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import type { FigureScale } from '../../../state/viewSlice';
import { formatMoney } from '../../../model/money';
import type { ValueScale } from '../scales';
import type { MeasureText } from './timeTicks';

export interface AxisTick {
  value: number;
  position: number;
  /** The tick's label, or null for a gridline drawn without one. */
  label: string | null;
}

/**
 * Whole decades around [min, max] (min > 0), with a decade more at an end a value would nearly touch
 * (within 0.15 of a decade), so no dot sits on the edge of the plot.
 */
export function decadeDomain(min: number, max: number): [number, number] {
  const logMin = Math.log10(min);
  const logMax = Math.log10(Math.max(min, max));
  let lo = Math.floor(logMin + 1e-9);
  let hi = Math.ceil(logMax - 1e-9);
  if (logMin - lo < 0.15) lo -= 1;
  if (hi - logMax < 0.15) hi += 1;
  return [10 ** lo, 10 ** Math.max(hi, lo + 1)];
}

/** A scale from USD to pixels over `range` for a positive extent [min, max]. */
export function chartValueScale(
  type: FigureScale,
  extent: [number, number],
  range: [number, number],
): ValueScale {
  if (type === 'log') {
    const min = extent[0] > 0 ? extent[0] : 1;
    return scaleLog()
      .domain(decadeDomain(min, Math.max(min, extent[1])))
      .range(range)
      .clamp(true);
  }
  return scaleLinear()
    .domain([0, extent[1] > 0 ? extent[1] : 1])
    .nice()
    .range(range);
}

export interface AxisOptions {
  measure: MeasureText;
  fontSize: number;
  /** 'x': labels side by side (need their width); 'y': labels stacked (need their height). */
  orientation: 'x' | 'y';
}

function decades(scale: ValueScale): number[] {
  const [lo, hi] = scale.domain() as [number, number];
  const out: number[] = [];
  for (let p = Math.round(Math.log10(lo)); 10 ** p <= hi * (1 + 1e-9); p++) out.push(10 ** p);
  return out;
}

/** Whether labels at these values are clear of each other. */
function labelsClear(values: readonly number[], scale: ValueScale, options: AxisOptions): boolean {
  const gap = options.orientation === 'x' ? 10 : 4;
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1] ?? 0;
    const b = values[i] ?? 0;
    const distance = Math.abs(scale(b) - scale(a));
    const room =
      options.orientation === 'x'
        ? (options.measure(formatMoney(a, 'USD'), options.fontSize) +
            options.measure(formatMoney(b, 'USD'), options.fontSize)) /
            2 +
          gap
        : options.fontSize + gap;
    if (distance < room) return false;
  }
  return true;
}

/** Gridlines and labels for the axis (see the top of this file). */
export function valueAxisTicks(type: FigureScale, scale: ValueScale, options: AxisOptions): AxisTick[] {
  if (type === 'log') {
    const values = decades(scale);
    let stride = 1;
    while (
      stride < values.length &&
      !labelsClear(
        values.filter((_, i) => i % stride === 0),
        scale,
        options,
      )
    )
      stride++;
    return values.map((value, i) => ({
      value,
      position: scale(value),
      label: i % stride === 0 ? formatMoney(value, 'USD') : null,
    }));
  }
  const [a, b] = scale.range() as [number, number];
  const length = Math.abs(b - a);
  for (
    let count = Math.max(3, Math.floor(length / (options.orientation === 'x' ? 96 : 32)));
    count >= 1;
    count--
  ) {
    const values = scale.ticks(count);
    // A short axis keeps a gridline between its labels rather than one lone gridline to read bars by.
    for (const stride of count <= 3 ? [1, 2] : [1]) {
      const labelled = values.filter((_, i) => i % stride === 0);
      if (labelsClear(labelled, scale, options) || count === 1) {
        return values.map((value, i) => ({
          value,
          position: scale(value),
          label: i % stride === 0 ? formatMoney(value, 'USD') : null,
        }));
      }
    }
  }
  return [];
}
