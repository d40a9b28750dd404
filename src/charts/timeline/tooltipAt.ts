import type { TimelineHit } from './hitTest';
import type { TimelineIndex } from './lanes';
import type { GlyphMark, TimelineLayout } from './layoutTypes';
import type { TooltipContent } from './TimelineTooltip';
import { MIN_WINDOW_MS, type Window } from './zoomMath';

export interface TooltipQuery {
  /** What the pointer is on, if anything. */
  hover: TimelineHit;
  /** The keyboard-focused event, when the timeline has keyboard focus. */
  focusedIndex: number | null;
  glyphsByEvent: ReadonlyMap<number, readonly GlyphMark[]>;
  layout: TimelineLayout;
  index: TimelineIndex;
  range: Window;
  plotWidth: number;
}

/** The tooltip to show and where (plot coordinates): for what the pointer is on, else for the focused event. */
export function tooltipAt(query: TooltipQuery): { content: TooltipContent; x: number; y: number } | null {
  const { hover, focusedIndex, glyphsByEvent, layout, index, range, plotWidth } = query;
  if (hover?.type === 'cluster') {
    const c = layout.clusters[hover.cluster];
    if (c === undefined) return null;
    const from = index.start[c.first] ?? 0;
    const to = (index.end[c.last] ?? 1) - 1;
    const canZoom = range[1] - range[0] > MIN_WINDOW_MS * 1.01;
    return {
      content: { type: 'cluster', count: c.count, from, to, canZoom },
      x: Math.min(plotWidth, Math.max(0, (c.x0 + c.x1) / 2)),
      y: c.cy,
    };
  }
  const eventIndex = hover?.type === 'event' ? hover.event : focusedIndex;
  if (eventIndex === null) return null;
  const event = index.events[eventIndex];
  const glyph = glyphsByEvent.get(eventIndex)?.[0];
  if (event === undefined || glyph === undefined || glyph.x < 0 || glyph.x > plotWidth) return null;
  return { content: { type: 'event', event }, x: glyph.x, y: glyph.y };
}
