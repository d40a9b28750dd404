import type { ScaleTime } from 'd3-scale';
import { useEffect, useState } from 'react';
import type { Window } from './readable/timeScale';
import { layoutIsStale, SETTLE_MS } from './layoutWindow';

interface LaidOut {
  window: Window;
  base: ScaleTime<number, number>;
}

/**
 * The window the marks are laid out for. While the view moves (a wheel, a drag, an animation) the last
 * layout is drawn shifted to it, and laid out again only once it would leave an edge empty or zoom too
 * far (see layoutIsStale); once the view has been still for `SETTLE_MS`, the layout is the view's own.
 * A new base scale (a new width or span) is laid out at once.
 */
export function useLayoutWindow(view: Window, base: ScaleTime<number, number>): Window {
  const [laidOut, setLaidOut] = useState<LaidOut>({ window: view, base });
  let current = laidOut;
  if (laidOut.base !== base || layoutIsStale(laidOut.window, view)) {
    current = { window: view, base };
    setLaidOut(current);
  }
  const settled = current.window === view;
  useEffect(() => {
    if (settled) return;
    const timer = setTimeout(() => {
      setLaidOut({ window: view, base });
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [settled, view, base]);
  return current.window;
}
