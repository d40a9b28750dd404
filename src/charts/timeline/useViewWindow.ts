import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useAppStore } from '../../state/store';
import { clampWindow, sameWindow, type Window } from './zoomMath';

/**
 * The timeline's visible window. At rest it is the store's. While the view moves (a gesture, a brush
 * drag, an animation) the chart holds the window itself and writes it to the store once the view comes to
 * rest, so that the address, the date filter and the rest of the page follow the view once per move,
 * not at every step of it.
 */
export interface ViewWindow {
  /** The window shown: the one in motion, or the store's (the whole span when it has none). */
  range: Window;
  /** Whether the view is in motion. */
  moving: boolean;
  /** Shows a window as a step of a move; the store keeps the window from before the move until `rest`. */
  move: (window: Window) => void;
  /** Ends a move: the store takes the window last shown. Does nothing when nothing moved. */
  rest: () => void;
  /** Goes to a window at once, and ends any move. */
  jump: (window: Window) => void;
}

/** The window in motion, outside React's state so that `rest` reads the last step before a render. */
function movingWindow() {
  let current: Window | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (window: Window | null) => {
      current = window;
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export function useViewWindow(domain: Window, plotWidth: number): ViewWindow {
  const storeWindow = useAppStore((s) => s.view.window);
  const setWindow = useAppStore((s) => s.setWindow);
  const [moving] = useState(movingWindow);
  // Read as an external store, a step is drawn in the task of its input event, as a store update is, not
  // in a task of its own after the browser may have painted a frame without it.
  const moved = useSyncExternalStore(moving.subscribe, moving.get);

  const jump = useCallback(
    (window: Window) => {
      const clamped = clampWindow(window, domain);
      // The store first: a render between the two updates then shows the new window, never the old one.
      setWindow(sameWindow(clamped, domain, plotWidth) ? null : clamped);
      moving.set(null);
    },
    [domain, plotWidth, setWindow, moving],
  );
  const move = useCallback(
    (window: Window) => {
      moving.set(clampWindow(window, domain));
    },
    [domain, moving],
  );
  const rest = useCallback(() => {
    const last = moving.get();
    if (last !== null) jump(last);
  }, [jump, moving]);

  const stored = useMemo(() => clampWindow(storeWindow ?? domain, domain), [storeWindow, domain]);
  const range = moved ?? stored;
  return useMemo(
    () => ({ range, moving: moved !== null, move, rest, jump }),
    [range, moved, move, rest, jump],
  );
}
