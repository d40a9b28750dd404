import { useEffect, useState } from 'react';

/**
 * False until the first frame after the component mounted has been painted, then true: for a part of
 * the page no one sees, such as a structure for screen readers, which need not hold up that frame.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task posted from a frame's callback runs once that frame's style, layout and paint are done.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setPainted(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
