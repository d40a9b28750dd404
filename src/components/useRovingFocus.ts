import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * One tab stop for a list of marks: the active mark has tabIndex 0, the others -1, and the arrow keys,
 * Home and End move focus between them.
 */
export function useRovingFocus(count: number) {
  const [active, setActive] = useState(0);
  const nodes = useRef<(HTMLOrSVGElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, count - 1));

  const focusAt = useCallback((index: number) => {
    setActive(index);
    nodes.current[index]?.focus();
  }, []);

  /** Handles a navigation key on the mark at `index`; returns whether it did. */
  const navigate = useCallback(
    (event: KeyboardEvent, index: number): boolean => {
      let target: number | null = null;
      if (NEXT.has(event.key)) target = Math.min(count - 1, index + 1);
      else if (PREVIOUS.has(event.key)) target = Math.max(0, index - 1);
      else if (event.key === 'Home') target = 0;
      else if (event.key === 'End') target = count - 1;
      if (target === null) return false;
      event.preventDefault();
      focusAt(target);
      return true;
    },
    [count, focusAt],
  );

  const refAt = useCallback(
    (index: number) => (node: HTMLOrSVGElement | null) => {
      nodes.current[index] = node;
    },
    [],
  );

  return { active: current, setActive, navigate, refAt };
}
