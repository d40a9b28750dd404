import { useEffect, type RefObject } from 'react';
import { HEIGHT_MESSAGE, type HeightMessage } from '../ui/exportMenu/embedSnippet';

/**
 * Tells the parent page the embed's height whenever it changes (fonts, data, a narrower column), so the
 * host's iframe fits it without scrollbars. The height is the content's, never the viewport's: a page
 * that reported its viewport would never shrink. Nothing is sent when the page is not framed.
 */
export function usePostHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const node = ref.current;
    if (node === null || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(node.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
      // The height is no secret and the host's origin is unknown: the host checks where it comes from.
      window.parent.postMessage(message, '*');
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(node);
    window.addEventListener('load', post);
    return () => {
      observer.disconnect();
      window.removeEventListener('load', post);
    };
  }, [ref]);
}
