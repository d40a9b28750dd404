/**
 * The geometry labels are placed with: boxes, their gaps, and whether a line crosses a box or another
 * line. Pure.
 */

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A straight line from (x1, y1) to (x2, y2): a leader or a link. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const hits = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
export const grown = (b: Box, by: number): Box => ({
  x0: b.x0 - by,
  x1: b.x1 + by,
  y0: b.y0 - by / 3,
  y1: b.y1 + by / 3,
});

/** The gap between two boxes, 0 where they touch or overlap. */
export function boxGap(a: Box, b: Box): number {
  const dx = Math.max(0, a.x0 - b.x1, b.x0 - a.x1);
  const dy = Math.max(0, a.y0 - b.y1, b.y0 - a.y1);
  return Math.hypot(dx, dy);
}

/** Whether two segments cross or touch (leaders of different marks never start at one point). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (x1: number, y1: number, x2: number, y2: number, px: number, py: number) =>
    Math.sign((x2 - x1) * (py - y1) - (y2 - y1) * (px - x1));
  const d1 = side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d2 = side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const d3 = side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d4 = side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  if (d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) return true;
  // Collinear or touching: overlapping boxes of the two segments count as a cross.
  if (d1 === 0 || d2 === 0 || d3 === 0 || d4 === 0) {
    const within = (p: number, q: number, r: number, s: number) =>
      Math.max(p, q) >= Math.min(r, s) && Math.max(r, s) >= Math.min(p, q);
    return (
      within(a.x1, a.x2, b.x1, b.x2) &&
      within(a.y1, a.y2, b.y1, b.y2) &&
      ((d1 === 0 && d2 === 0) || d1 !== d2) &&
      ((d3 === 0 && d4 === 0) || d3 !== d4)
    );
  }
  return false;
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through the box's inside (Liang–Barsky clipping). */
export function crosses(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x1 - b.x0],
    [dx, b.x1 - x1],
    [-dy, y1 - b.y0],
    [dy, b.y1 - y1],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}
