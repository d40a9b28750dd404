import type { Window } from './readable/timeScale';

/** How much of the view, on either side, may show no layout before the marks are laid out again. */
export const MAX_UNCOVERED = 0.1;
/** How far in the view may zoom from the layout's window before the marks are laid out again. */
export const MAX_ZOOM_IN = 2;

/**
 * Whether a layout made for `laidOut` can no longer stand in for `view` while it moves: the view zoomed out
 * past it (its labels would be drawn closer together than they were laid out, and could overlap), it leaves
 * too much of the view empty at an edge, or the view zoomed in so far that its groups are too coarse.
 */
export function layoutIsStale(laidOut: Window, view: Window): boolean {
  const span = view[1] - view[0];
  if (span <= 0) return laidOut[0] !== view[0] || laidOut[1] !== view[1];
  if (zoomedOutPast(laidOut, view)) return true;
  const laidSpan = laidOut[1] - laidOut[0];
  const uncovered = Math.max(laidOut[0] - view[0], view[1] - laidOut[1]) / span;
  return uncovered > MAX_UNCOVERED || laidSpan / span > MAX_ZOOM_IN;
}

/** Whether `view` zoomed out past the window `laidOut`: it is wider (a pan keeps the span but for rounding). */
function zoomedOutPast(laidOut: Window, view: Window): boolean {
  return view[1] - view[0] > (laidOut[1] - laidOut[0]) * (1 + 1e-9);
}

/** How far ahead of a zoom-out gesture a layout made while it moves reaches: its window is this much wider. */
export const ZOOM_OUT_AHEAD = 1.9;

/**
 * The window to lay out for `view` while the view moves, once the layout made for `laidOut` is stale. When
 * the view zoomed out, the layout reaches ahead of the gesture: it is made for the window the view would
 * show after zooming out `ZOOM_OUT_AHEAD` times more about the same point, so the next steps out need no
 * layout (its clusters are those of that wider window until the view rests). A pan or a zoom in is laid out
 * for the view itself.
 */
export function movingLayoutWindow(laidOut: Window, view: Window): Window {
  const span = view[1] - view[0];
  const laidSpan = laidOut[1] - laidOut[0];
  if (!zoomedOutPast(laidOut, view) || laidSpan <= 0) return view;
  // The point both windows share under the zoom that takes one to the other, as a fraction of the view.
  const fixed = (laidOut[0] * span - view[0] * laidSpan) / (span - laidSpan);
  const at = Math.min(1, Math.max(0, (fixed - view[0]) / span));
  const start = view[0] - at * span * (ZOOM_OUT_AHEAD - 1);
  return [start, start + span * ZOOM_OUT_AHEAD];
}
