import { useEffect, useState } from 'react';

export type GestureKit = typeof import('./gestureKit');

let loading: Promise<GestureKit> | null = null;

/** The gesture code, fetched once. */
export function loadGestureKit(): Promise<GestureKit> {
  loading ??= import('./gestureKit');
  return loading;
}

/**
 * The gesture code once it has loaded (null before). It is asked for once the frame after the chart's
 * first render has been painted, so that it is never fetched ahead of the first marks.
 */
export function useGestureKit(): GestureKit | null {
  const [kit, setKit] = useState<GestureKit | null>(null);
  useEffect(() => {
    let live = true;
    const frame = requestAnimationFrame(() => {
      setTimeout(() => {
        void loadGestureKit().then((loaded) => {
          if (live) setKit(() => loaded);
        });
      }, 0);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, []);
  return kit;
}
