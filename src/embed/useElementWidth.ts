import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element in px, kept current as its frame resizes; `initial` until it is
 * first measured.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, initial: number): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const node = ref.current;
    if (node === null) return;
    const measure = () => {
      setWidth(Math.floor(node.clientWidth));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
