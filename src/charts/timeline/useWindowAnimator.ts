import { interpolateZoom } from 'd3-interpolate';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../state/store';
import { useReducedMotion } from '../../components/useReducedMotion';
import { clampWindow, sameWindow, type Window } from './zoomMath';

const easeCubicInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Moves the visible window to a target: a smooth zoom-and-pan (van Wijk and Nuij, via d3-interpolate) at
 * the display's frame rate, or a jump when the person prefers reduced motion. A window equal to the
 * domain is stored as null ("fit all").
 */
export interface WindowAnimator {
  animate: (from: Window, to: Window) => void;
  cancel: () => void;
  /** Whether an animation is under way. */
  running: boolean;
}

export function useWindowAnimator(domain: Window, width: number): WindowAnimator {
  const setWindow = useAppStore((s) => s.setWindow);
  const reducedMotion = useReducedMotion();
  const frame = useRef(0);
  const [running, setRunning] = useState(false);

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
    },
    [],
  );

  const cancel = useCallback(() => {
    cancelAnimationFrame(frame.current);
    setRunning(false);
  }, []);

  const animate = useCallback(
    (from: Window, target: Window) => {
      cancelAnimationFrame(frame.current);
      const to = clampWindow(target, domain);
      const store = (w: Window) => {
        setWindow(sameWindow(w, domain, width) ? null : w);
      };
      if (reducedMotion || sameWindow(from, to, width)) {
        setRunning(false);
        store(to);
        return;
      }
      const zoom = interpolateZoom(
        [(from[0] + from[1]) / 2, 0, from[1] - from[0]],
        [(to[0] + to[1]) / 2, 0, to[1] - to[0]],
      );
      const duration = Math.min(600, Math.max(200, zoom.duration * 0.6));
      const started = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - started) / duration);
        const [cx, , w] = zoom(easeCubicInOut(t));
        if (t === 1) setRunning(false);
        store(t === 1 ? to : clampWindow([cx - w / 2, cx + w / 2], domain));
        if (t < 1) frame.current = requestAnimationFrame(step);
      };
      setRunning(true);
      frame.current = requestAnimationFrame(step);
    },
    [domain, width, reducedMotion, setWindow],
  );

  return useMemo(() => ({ animate, cancel, running }), [animate, cancel, running]);
}
