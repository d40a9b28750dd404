import { interpolateZoom } from 'd3-interpolate';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useReducedMotion } from '../../components/useReducedMotion';
import type { ViewWindow } from './useViewWindow';
import { clampWindow, sameWindow, type Window } from './zoomMath';

const easeCubicInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Moves the visible window to a target: a smooth zoom-and-pan (van Wijk and Nuij, via d3-interpolate) at
 * the display's frame rate, or a jump when the person prefers reduced motion. Each frame is a step of a
 * move of the view; the last one brings it to rest.
 */
export interface WindowAnimator {
  animate: (from: Window, to: Window) => void;
  /** Stops an animation where it is (the view stays in motion, for the gesture that stopped it). */
  cancel: () => void;
}

export function useWindowAnimator(
  view: Pick<ViewWindow, 'move' | 'jump'>,
  domain: Window,
  width: number,
): WindowAnimator {
  const { move, jump } = view;
  const reducedMotion = useReducedMotion();
  const frame = useRef(0);

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
    },
    [],
  );

  const cancel = useCallback(() => {
    cancelAnimationFrame(frame.current);
  }, []);

  const animate = useCallback(
    (from: Window, target: Window) => {
      cancelAnimationFrame(frame.current);
      const to = clampWindow(target, domain);
      if (reducedMotion || sameWindow(from, to, width)) {
        jump(to);
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
        if (t === 1) {
          jump(to);
          return;
        }
        const [cx, , w] = zoom(easeCubicInOut(t));
        move([cx - w / 2, cx + w / 2]);
        frame.current = requestAnimationFrame(step);
      };
      frame.current = requestAnimationFrame(step);
    },
    [domain, width, reducedMotion, move, jump],
  );

  return useMemo(() => ({ animate, cancel }), [animate, cancel]);
}
