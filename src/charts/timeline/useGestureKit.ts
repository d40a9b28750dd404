import { useEffect, useState } from 'react';

export type GestureKit = typeof import('./gestureKit');

let loading: Promise<GestureKit> | null = null;

/** The gesture code, fetched once. */
export function loadGestureKit(): Promise<GestureKit> {
  loading ??= import('./gestureKit');
  return loading;
}

/**
 * The gesture code once it has loaded (null before). It is asked for one frame after the frame that
 * painted the chart's first render: a task queued right after that paint could still run before other
 * work that follows the same paint, and the first marks come before any gesture.
 */
export function useGestureKit(): GestureKit | null {
  const [kit, setKit] = useState<GestureKit | null>(null);
  useEffect(() => {
    let live = true;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        setTimeout(() => {
          void loadGestureKit().then((loaded) => {
            if (live) setKit(() => loaded);
          });
        }, 0);
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, []);
  return kit;
}
