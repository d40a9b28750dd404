import type { DatasetFailure, DatasetRequest, DatasetVerdict } from './datasetWorker';

/**
 * The User Timing mark set once the work of loading the dataset on screen is done: it has passed its
 * check, the worker that ran it has ended, and its strings are shared (see shareStrings.ts).
 */
export const DATASET_SETTLED_MARK = 'aidline:dataset-settled';

/** Records, in the page's performance timeline, that the load of the dataset shown has settled. */
export function markDatasetSettled(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(DATASET_SETTLED_MARK);
}

export function abortError(): DOMException {
  return new DOMException('The dataset request was aborted.', 'AbortError');
}

/** Starts the worker, or returns null where workers are unavailable or refused (by a policy, say). */
export function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module', name: 'dataset' });
  } catch {
    return null;
  }
}

/**
 * The worker's verdict on the bytes, or null when the worker could not run. The bytes are handed over,
 * not copied: the page no longer holds them. The worker is terminated as soon as it has answered (or
 * failed, or the load was aborted), so neither its heap nor anything it parsed outlives the check.
 */
export function verdictFromWorker(
  worker: Worker,
  request: DatasetRequest,
  signal?: AbortSignal,
): Promise<DatasetVerdict | null> {
  return new Promise<DatasetVerdict | null>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<DatasetVerdict>) => {
      finish();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      resolve(null);
    });
    worker.postMessage(request, [request.bytes]);
  });
}

/**
 * Validates the request's bytes in `worker`, which takes them; where the worker cannot run,
 * `onPage` validates on the page instead. Resolves once the dataset is valid, else rejects with
 * the failure as `toError` makes it.
 */
export async function checkInWorker(
  worker: Worker,
  request: DatasetRequest,
  onPage: () => Promise<void>,
  toError: (failure: DatasetFailure) => Error,
  signal?: AbortSignal,
): Promise<void> {
  const answer = await verdictFromWorker(worker, request, signal);
  if (answer === null) await onPage();
  else if (!answer.ok) throw toError(answer.error);
}
