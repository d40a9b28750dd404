import type { Window } from './readable/timeScale';

/** How much of the view, on either side, may show no layout before the marks are laid out again. */
export const MAX_UNCOVERED = 0.1;
/** How far in the view may zoom from the layout's window before the marks are laid out again. */
export const MAX_ZOOM_IN = 1.5;

/**
 * Whether a layout made for `laidOut` can no longer stand in for `view` while it moves: it leaves too much
 * of the view empty at an edge, or the view zoomed in so far that its clusters and labels are too coarse.
 */
export function layoutIsStale(laidOut: Window, view: Window): boolean {
  const span = view[1] - view[0];
  if (span <= 0) return laidOut[0] !== view[0] || laidOut[1] !== view[1];
  const uncovered = Math.max(laidOut[0] - view[0], view[1] - laidOut[1]) / span;
  return uncovered > MAX_UNCOVERED || (laidOut[1] - laidOut[0]) / span > MAX_ZOOM_IN;
}
