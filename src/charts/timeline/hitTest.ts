import type { TimelineLayout } from './layoutTypes';
import type { MeasureText } from './timelineText';

export type TimelineHit =
  { type: 'event'; event: number; x: number; y: number } | { type: 'cluster'; cluster: number } | null;

/**
 * What is under a point of the plot: the nearest glyph within reach, else a cluster, else an event's
 * label. Pointer handling uses this instead of an invisible target per glyph, which would double the DOM.
 */
export function hitTest(
  layout: TimelineLayout,
  x: number,
  y: number,
  measure: MeasureText,
  reach = 8,
): TimelineHit {
  let best: TimelineHit = null;
  let bestDistance = Infinity;
  for (const g of layout.glyphs) {
    const dx = Math.abs(g.x - x);
    const dy = Math.abs(g.y - y);
    if (dx > reach || dy > reach - 1) continue;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { type: 'event', event: g.event, x: g.x, y: g.y };
    }
  }
  if (best !== null) return best;
  for (let i = 0; i < layout.clusters.length; i++) {
    const c = layout.clusters[i];
    if (c === undefined) continue;
    const height = Math.max(...c.segments.map((s) => s.height));
    if (x >= c.x0 - 2 && x <= c.x1 + 2 && Math.abs(y - c.cy) <= height / 2 + 2)
      return { type: 'cluster', cluster: i };
  }
  for (const l of layout.labels) {
    if (Math.abs(y - l.y) > 8) continue;
    const start = l.badge?.x ?? l.title?.x ?? 0;
    const end = l.title !== null ? l.title.x + measure(l.title.text, 'label') : start + (l.badge?.width ?? 0);
    if (x >= start && x <= end) {
      const glyph = layout.glyphs.find((g) => g.event === l.event && g.lane === l.lane);
      return { type: 'event', event: l.event, x: glyph?.x ?? start, y: l.y };
    }
  }
  return null;
}
