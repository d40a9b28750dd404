/**
 * Step 1 of the timeline layout, bin: a lane's events fall into columns of equal time, aligned to
 * multiples of the column's duration so that columns do not move when the view pans.
 */
import { bisectLeft } from 'd3-array';

/** A column of one lane, from x0 to x1 px. */
export interface Cell {
  /** Members of the lane in this cell: positions [from, to) in the lane's arrays. */
  from: number;
  to: number;
  x0: number;
  x1: number;
}

/** The columns of one lane's members (times `laneAt`, sorted) inside `span`, by binary search. */
export function binLane(
  laneAt: Float64Array,
  span: [number, number],
  cellMs: number,
  r0: number,
  msPerPx: number,
): Cell[] {
  const cells: Cell[] = [];
  let i = bisectLeft(laneAt, span[0]);
  const stop = bisectLeft(laneAt, span[1], i);
  while (i < stop) {
    const k = Math.floor((laneAt[i] ?? 0) / cellMs);
    const cellEnd = (k + 1) * cellMs;
    const j = Math.max(i + 1, bisectLeft(laneAt, cellEnd, i, stop));
    cells.push({ from: i, to: j, x0: (k * cellMs - r0) / msPerPx, x1: (cellEnd - r0) / msPerPx });
    i = j;
  }
  return cells;
}
