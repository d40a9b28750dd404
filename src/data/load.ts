import type { DatasetFailure, DatasetOutcome, DatasetRequest, DatasetVerdict } from './datasetWorker';
import type { Dataset } from './schema';
import type { ValidationIssue } from './validate';

export const DATASET_URL = 'data/dataset.json';

/**
 * The dataset to load: `?dataset=path/to/file.json` names another file beside the app (a relative path
 * only, so nothing is ever fetched from another origin), else the bundled dataset.
 */
export function datasetUrlFromLocation(search: string): string {
  const requested = new URLSearchParams(search).get('dataset');
  if (requested === null) return DATASET_URL;
  const safe = /^(?!.*\.\.)(?!\/)[\w\-./]+\.json$/.test(requested) && !requested.includes('//');
  return safe ? requested : DATASET_URL;
}

/** A failure to load the dataset, with what a person needs to know to fix it. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'json' | 'invalid',
    readonly issues: readonly ValidationIssue[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** Rebuilds the error a worker (or the fallback) reported as plain data. */
export function datasetErrorFromFailure(failure: DatasetFailure): DatasetError {
  return new DatasetError(failure.message, failure.kind, failure.issues, failure.status);
}

function datasetFromOutcome(outcome: DatasetOutcome): Dataset {
  if (!outcome.ok) throw datasetErrorFromFailure(outcome.error);
  return outcome.dataset;
}

// The validator (and zod with it) is loaded on demand, so it stays out of the code the page needs first.
const loadValidator = () => import('./datasetWorker');

/** Parses and validates dataset text; rejects with a DatasetError that names the first problems. */
export async function parseDataset(text: string, url = DATASET_URL): Promise<Dataset> {
  const { parseDatasetText } = await loadValidator();
  return datasetFromOutcome(parseDatasetText(text, url));
}

function abortError(): DOMException {
  return new DOMException('The dataset request was aborted.', 'AbortError');
}

/** Fetches the dataset's bytes relative to the page, so the app works from any sub-folder. */
async function fetchDatasetBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal, cache: 'no-cache' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new DatasetError(`Could not reach ${url}: the network request failed.`, 'network');
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new DatasetError(`Loading ${url} failed with HTTP ${status}.`, 'http', [], response.status);
  }
  return response.arrayBuffer();
}

/** Starts the worker, or returns null where workers are unavailable or refused (by a policy, say). */
function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module', name: 'dataset' });
  } catch {
    return null;
  }
}

/** Parses and validates on the main thread: the fallback when no worker can run. */
async function parseOnMainThread(request: DatasetRequest): Promise<Dataset> {
  const { parseDatasetBytes } = await loadValidator();
  return datasetFromOutcome(parseDatasetBytes(request));
}

/** The worker's verdict on the bytes, or null when the worker could not run (the page then validates). */
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

/** JSON.parse of the fetched bytes, or undefined when they are not JSON (the verdict then says why). */
function parseJson(bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Fetches the dataset on the page (its resource timing stays the page's). A worker validates a copy of
 * the bytes while the page parses them, so a large file neither freezes the page nor is validated on it;
 * where no worker can start, the page validates itself.
 */
export async function loadDataset(url = DATASET_URL, signal?: AbortSignal): Promise<Dataset> {
  // The worker starts (and loads the validator) while the file downloads.
  const worker = startWorker();
  let bytes: ArrayBuffer;
  try {
    bytes = await fetchDatasetBytes(url, signal);
    if (signal?.aborted) throw abortError();
  } catch (error) {
    worker?.terminate();
    throw error;
  }
  if (worker === null) return parseOnMainThread({ url, bytes });
  const verdict = verdictFromWorker(worker, { url, bytes: bytes.slice(0) }, signal);
  const json = parseJson(bytes);
  const answer = await verdict;
  if (answer === null) return parseOnMainThread({ url, bytes });
  if (!answer.ok) throw datasetErrorFromFailure(answer.error);
  // The worker validated these very bytes, so what the page parsed is a valid dataset.
  return json as Dataset;
}
