/**
 * Checking a fetched dataset: in a worker, or on the page where none can run. This module is loaded on
 * demand, so none of it is in the code the page needs before its first view.
 */
import { abortError, datasetErrorFromFailure, datasetFromOutcome } from './datasetError';
import { parseJson, utf8Text } from './datasetText';
import type { DatasetRequest, DatasetVerdict } from './datasetWorker';
import type { Dataset } from './schema';
import { shareStrings } from './shareStrings';

/**
 * The User Timing mark set once the work of loading the dataset on screen is done: it has passed its
 * check, the worker that ran it has ended, and its strings are shared (see shareStrings.ts; decoding
 * the columns file shares them as it goes).
 */
export const DATASET_SETTLED_MARK = 'aidline:dataset-settled';

/** Records, in the page's performance timeline, that the load of the dataset shown has settled. */
function markDatasetSettled(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(DATASET_SETTLED_MARK);
}

// The validator (and zod with it) runs in the worker; the page loads it only where no worker can run.
const loadValidator = () => import('./datasetWorker');

/** Resolves once the page is idle (its first view drawn), or after 2 s at the latest. */
function whenIdle(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(
        () => {
          resolve();
        },
        { timeout: 2_000 },
      );
    else setTimeout(resolve, 0);
  });
}

/** Shares the strings of a dataset that has passed its check once the page is idle, then marks the load settled. */
async function shareWhenIdle(dataset: unknown): Promise<void> {
  await whenIdle();
  await shareStrings(dataset);
  markDatasetSettled();
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

/** Parses and validates on the main thread: the fallback when no worker can run. */
async function parseOnMainThread(request: DatasetRequest): Promise<Dataset> {
  const { parseRequest } = await loadValidator();
  return datasetFromOutcome(await parseRequest(request));
}

/**
 * The worker's verdict on the bytes, or null when the worker could not run. The bytes are handed over,
 * not copied: the page no longer holds them. The worker is terminated as soon as it has answered (or
 * failed, or the load was aborted), so neither its heap nor anything it parsed outlives the check.
 */
function verdictFromWorker(
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

/** Validates the bytes in `worker`, which takes them, or with `onPage` where the worker cannot run. */
async function checkInWorker(
  worker: Worker,
  request: DatasetRequest,
  onPage: () => Promise<unknown>,
  signal?: AbortSignal,
): Promise<void> {
  const answer = await verdictFromWorker(worker, request, signal);
  if (answer === null) await onPage();
  else if (!answer.ok) throw datasetErrorFromFailure(answer.error);
}

/**
 * Checks a fetched file before it is drawn: a worker validates the bytes while the page parses its own
 * decoded text; the page validates itself where no worker runs or the bytes are not text. Resolves with
 * the page's parse once the worker has validated these very bytes. The strings are shared once the page
 * is idle after that, so the work competes neither with the worker nor with the first view.
 */
export async function checkNamedFile(
  request: DatasetRequest,
  worker: Worker | null,
  signal?: AbortSignal,
): Promise<Dataset> {
  const text = worker === null ? null : utf8Text(request.bytes);
  if (worker === null || text === null) {
    worker?.terminate();
    const dataset = await parseOnMainThread(request);
    void shareWhenIdle(dataset);
    return dataset;
  }
  const { url, contentType } = request;
  const onPage = async () => {
    const { parseDatasetText } = await loadValidator();
    return datasetFromOutcome(parseDatasetText(text, url, contentType));
  };
  const verdict = checkInWorker(worker, request, onPage, signal);
  const json = parseJson(text);
  await verdict;
  void shareWhenIdle(json);
  return json as Dataset;
}

/**
 * Checks the bytes of a dataset already drawn, in a worker that takes them; where it cannot run, the
 * file is fetched again (`refetch`) and checked on the page. The strings of `dataset`, the drawn dataset
 * as JSON.parse made it, are shared meanwhile (null where the load shared them already). Rejects with a
 * DatasetError naming the problems.
 */
export async function checkShownFile(
  request: DatasetRequest,
  dataset: unknown,
  refetch: () => Promise<DatasetRequest>,
  signal?: AbortSignal,
): Promise<void> {
  if (signal?.aborted) throw abortError();
  const worker = startWorker();
  const check =
    worker === null
      ? parseOnMainThread(request)
      : checkInWorker(worker, request, async () => parseOnMainThread(await refetch()), signal);
  await Promise.all([check, shareStrings(dataset)]);
  markDatasetSettled();
}
