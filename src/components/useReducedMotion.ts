import { useMediaQuery } from './useMediaQuery';

/** Whether the person asked for less motion (then views jump instead of animating). */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
