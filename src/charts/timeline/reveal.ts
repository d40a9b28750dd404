import type { TimelineIndex } from './lanes';
import { layoutTimeline } from './layout';
import type { LayoutOptions, TimelineSize } from './layoutTypes';
import { centerWindow, clampWindow, MIN_WINDOW_MS, type Window } from './zoomMath';

/** Whether the event is drawn as its own glyph, inside the plot, in the layout of `window`. */
export function isEventShown(
  index: TimelineIndex,
  eventIndex: number,
  size: TimelineSize,
  window: Window,
  options: Partial<LayoutOptions>,
): boolean {
  const layout = layoutTimeline(index, size, window, { ...options, labels: false });
  return layout.glyphs.some((g) => g.event === eventIndex && g.x >= 0 && g.x <= layout.width);
}

/**
 * The window to show so that an event is drawn as its own glyph: the current one if it already is, else
 * the same span centred on the event, else halving the span until it is (down to a day).
 */
export function windowToReveal(
  index: TimelineIndex,
  eventIndex: number,
  size: TimelineSize,
  window: Window,
  domain: Window,
  options: Partial<LayoutOptions> = {},
): Window {
  const at = index.at[eventIndex];
  if (at === undefined) return window;
  if (isEventShown(index, eventIndex, size, window, options)) return window;
  let span = window[1] - window[0];
  let candidate = clampWindow(centerWindow(window, at, span), domain);
  for (;;) {
    if (isEventShown(index, eventIndex, size, candidate, options)) return candidate;
    if (span <= MIN_WINDOW_MS) return candidate;
    span = Math.max(MIN_WINDOW_MS, span / 2);
    candidate = clampWindow(centerWindow(window, at, span), domain);
  }
}
