import type { Cell } from './binLane';

/**
 * Step 2 of the timeline layout, level of detail: the most glyphs a column may stack (a lane's full height of rows, else one)
 * that keeps the glyphs drawn within `maxGlyphs`; 0 when even one per column is too many, and every
 * column is drawn as a cluster. This is what bounds the marks whatever the number of events.
 */
export function stackRowsWithin(
  cellsPerLane: readonly (readonly Cell[])[],
  laneRows: number,
  maxGlyphs: number,
): number {
  const glyphsAt = (rows: number) => {
    let total = 0;
    for (const cells of cellsPerLane) {
      for (const c of cells) if (c.to - c.from <= rows) total += c.to - c.from;
    }
    return total;
  };
  return [laneRows, 1].find((rows) => glyphsAt(rows) <= maxGlyphs) ?? 0;
}
