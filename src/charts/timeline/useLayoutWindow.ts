import type { ScaleTime } from 'd3-scale';
import { useState } from 'react';
import type { Window } from './readable/timeScale';
import { layoutIsStale, movingLayoutWindow } from './layoutWindow';

interface LaidOut {
  window: Window;
  base: ScaleTime<number, number>;
}

/**
 * The window the marks are laid out for. At rest it is the view's own. While the view moves (`moving`: a
 * gesture or an animation) the layout from before the move is drawn shifted to the view, and laid out
 * again only once it would leave an edge empty or zoom too far (see layoutIsStale), for a window that
 * reaches ahead of a zoom out (see movingLayoutWindow). A new base scale (a
 * new width or span) is laid out at once.
 */
export function useLayoutWindow(view: Window, base: ScaleTime<number, number>, moving: boolean): Window {
  const [laidOut, setLaidOut] = useState<LaidOut>({ window: view, base });
  const outdated =
    laidOut.base !== base || (moving ? layoutIsStale(laidOut.window, view) : laidOut.window !== view);
  if (!outdated) return laidOut.window;
  const window = moving && laidOut.base === base ? movingLayoutWindow(laidOut.window, view) : view;
  setLaidOut({ window, base });
  return window;
}
