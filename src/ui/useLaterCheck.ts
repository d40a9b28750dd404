import { useEffect } from 'react';
import type { ShownDataset } from '../data/load';

/** Runs `task` once the page is idle (its view drawn), or after `timeout` ms at the latest. */
function whenIdle(task: () => void, timeout = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => {
      cancelIdleCallback(id);
    };
  }
  const id = setTimeout(task, 0);
  return () => {
    clearTimeout(id);
  };
}

/**
 * The check of a dataset shown ahead of its validation (`verify`), run once `drawn` resolves and the
 * page is idle; a failure is passed to `fail`, which replaces the view with the error. Waiting for the
 * view to be drawn keeps the check's code from being fetched while its first frame is painted.
 */
export function useLaterCheck(
  verify: ShownDataset['verify'],
  drawn: Promise<void>,
  fail: (error: Error) => void,
): void {
  useEffect(() => {
    if (verify === null) return;
    let live = true;
    let cancel: (() => void) | null = null;
    void drawn.then(() => {
      if (!live) return;
      cancel = whenIdle(() => {
        verify().catch((error: unknown) => {
          if (live && !(error instanceof DOMException && error.name === 'AbortError'))
            fail(error instanceof Error ? error : new Error(String(error)));
        });
      });
    });
    return () => {
      live = false;
      cancel?.();
    };
  }, [verify, drawn, fail]);
}
