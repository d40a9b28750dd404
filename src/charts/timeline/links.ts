import { group } from 'd3-array';
import type { Connector, GlyphMark } from './layoutTypes';

/** Step 5 of the timeline layout, links: one line through the glyphs of each event drawn in several lanes, top to bottom. */
export function connectorsOf(glyphs: readonly GlyphMark[]): Connector[] {
  const connectors: Connector[] = [];
  for (const [event, marks] of group(glyphs, (g) => g.event)) {
    if (marks.length < 2) continue;
    const points = marks.map((g): [number, number] => [g.x, g.y]).sort((a, b) => a[1] - b[1]);
    connectors.push({ event, points });
  }
  return connectors;
}
