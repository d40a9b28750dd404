/** The USD value scale type of the figures charts, and the extent of the values they draw. */
import type { ScaleContinuousNumeric } from 'd3-scale';

export type ValueScale = ScaleContinuousNumeric<number, number>;

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
