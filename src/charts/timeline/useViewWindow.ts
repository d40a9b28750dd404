import { useCallback, useMemo, useState } from 'react';
import { createStore, useStore } from 'zustand';
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

export function useViewWindow(domain: Window, plotWidth: number): ViewWindow {
  const storeWindow = useAppStore((s) => s.view.window);
  const setWindow = useAppStore((s) => s.setWindow);
  // The window in motion, in a store of its own rather than React state: a step is drawn in the task of its
  // input event, as an app store update is, not in a task of its own after the browser may have painted a
  // frame without it; and `rest` reads the last step before any render.
  const [moving] = useState(() => createStore<{ window: Window | null }>(() => ({ window: null })));
  const moved = useStore(moving, (s) => s.window);

  const jump = useCallback(
    (window: Window) => {
      const clamped = clampWindow(window, domain);
      // The store first: a render between the two updates then shows the new window, never the old one.
      setWindow(sameWindow(clamped, domain, plotWidth) ? null : clamped);
      moving.setState({ window: null });
    },
    [domain, plotWidth, setWindow, moving],
  );
  const move = useCallback(
    (window: Window) => {
      moving.setState({ window: clampWindow(window, domain) });
    },
    [domain, moving],
  );
  const rest = useCallback(() => {
    const last = moving.getState().window;
    if (last !== null) jump(last);
  }, [jump, moving]);

  const stored = useMemo(() => clampWindow(storeWindow ?? domain, domain), [storeWindow, domain]);
  const range = moved ?? stored;
  return useMemo(
    () => ({ range, moving: moved !== null, move, rest, jump }),
    [range, moved, move, rest, jump],
  );
}
