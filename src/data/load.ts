import type { DatasetFailure, DatasetFailureKind, DatasetOutcome, DatasetRequest } from './datasetWorker';
import { DATASET_REQUEST, DATASET_URL, takeEarlyResponse } from './earlyDataset';
import type { Dataset } from './schema';
import type { ValidationIssue } from './validate';
import { abortError, checkInWorker, markDatasetSettled, startWorker } from './workerCheck';

export { DATASET_URL };
/** Longer `?dataset=` values are refused before anything else is said about them. */
export const MAX_DATASET_PARAM_LENGTH = 500;

/** A `?dataset=` value that was not loaded, and why. */
export interface RefusedDataset {
  value: string;
  reason: string;
}

/** The dataset file to load, and the `?dataset=` value refused in its place, if any. */
export interface DatasetChoice {
  url: string;
  refused: RefusedDataset | null;
}

const SAFE_CHAR = /[\w\-./]/;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a `?dataset=` value may not be fetched, or null when it is a plain relative path to a .json file. */
export function datasetRefusal(value: string): string | null {
  if (value.trim() === '') return 'it is empty';
  if (value.length > MAX_DATASET_PARAM_LENGTH)
    return `it is longer than ${MAX_DATASET_PARAM_LENGTH} characters`;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value);
  if (scheme !== null)
    return `it is a full address (${scheme[1] ?? ''}:), and only files beside the app are loaded`;
  if (/^[/\\]{2}/.test(value)) return `it starts with ${value.slice(0, 2)}, which points to another site`;
  if (value.startsWith('/'))
    return 'it starts with /; give a path relative to the app, such as data/mine.json';
  if (value.split('/').includes('..')) return "it leaves the app's folder with ..";
  for (const char of value) {
    if (!SAFE_CHAR.test(char)) {
      const shown = char === ' ' ? 'a space' : VISIBLE.test(char) ? `“${char}”` : codePoint(char);
      return `it contains ${shown}; only letters, digits, -, _, . and / are allowed`;
    }
  }
  if (value.includes('//')) return 'it contains //, an empty folder name';
  const name = value.slice(value.lastIndexOf('/') + 1);
  if (/^.+\.json$/i.test(name) && !name.endsWith('.json'))
    return 'its extension must be .json, in lower case';
  if (!/^.+\.json$/.test(name)) return 'it does not name a .json file';
  return null;
}

/**
 * The dataset to load: `?dataset=path/to/file.json` names another file beside the app (a relative path
 * only, so nothing is ever fetched from another origin), else the bundled dataset. A refused value is
 * returned with its reason, so the page can say why the bundled dataset is shown instead.
 */
export function chooseDataset(search: string): DatasetChoice {
  const value = new URLSearchParams(search).get('dataset');
  if (value === null) return { url: DATASET_URL, refused: null };
  const reason = datasetRefusal(value);
  return reason === null ? { url: value, refused: null } : { url: DATASET_URL, refused: { value, reason } };
}

/** A failure to load the dataset, with what a person needs to know to fix it. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly kind: DatasetFailureKind,
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

/**
 * Shares the dataset's short strings (see shareStrings.ts), with code loaded on demand so it stays out of
 * the code the page needs first. It only saves memory: where its code cannot load (a site republished
 * under the open page, say), the dataset stays as parsed.
 */
async function shareStrings(json: unknown): Promise<void> {
  let share: (json: unknown) => Promise<void>;
  try {
    ({ shareStrings: share } = await import('./shareStrings'));
  } catch {
    return;
  }
  await share(json);
}

/** Parses and validates dataset text; rejects with a DatasetError that names the first problems. */
export async function parseDataset(text: string, url = DATASET_URL): Promise<Dataset> {
  const { parseDatasetText } = await loadValidator();
  return datasetFromOutcome(parseDatasetText(text, url));
}

/**
 * Fetches the dataset's bytes relative to the page, so the app works from any sub-folder; the bundled
 * dataset's first load takes the response the page asked for before the app's code had loaded.
 */
async function fetchDataset(url: string, signal?: AbortSignal): Promise<DatasetRequest> {
  let response: Response;
  try {
    response = await (takeEarlyResponse(url) ?? fetch(url, { ...DATASET_REQUEST, signal }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new DatasetError(`Could not reach ${url}: the network request failed.`, 'network');
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new DatasetError(`Loading ${url} failed with HTTP ${status}.`, 'http', [], response.status);
  }
  return { url, bytes: await response.arrayBuffer(), contentType: response.headers.get('content-type') };
}

/** Parses and validates on the main thread: the fallback when no worker can run. */
async function parseOnMainThread(request: DatasetRequest): Promise<Dataset> {
  const { parseDatasetBytes } = await loadValidator();
  return datasetFromOutcome(parseDatasetBytes(request));
}

/** The bytes as text, or null when they are not UTF-8 (the validator then says which byte is wrong). */
function utf8Text(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** JSON.parse of the fetched text, or undefined when it is not JSON (the validator then says why). */
function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Validates fetched bytes: in `worker`, which takes them, while the page goes on with `text` (the same
 * bytes, decoded); on the page where no worker runs or the bytes are not text.
 */
async function validateFetched(
  request: DatasetRequest,
  text: string | null,
  worker: Worker | null,
  signal?: AbortSignal,
): Promise<void> {
  if (worker === null || text === null) {
    worker?.terminate();
    await parseOnMainThread(request);
    return;
  }
  const { url, contentType } = request;
  const onPage = async () => {
    const { parseDatasetText } = await loadValidator();
    datasetFromOutcome(parseDatasetText(text, url, contentType));
  };
  await checkInWorker(worker, request, onPage, datasetErrorFromFailure, signal);
}

/**
 * Fetches the dataset on the page (its resource timing stays the page's). A worker validates the bytes
 * while the page parses its own decoded text, so a large file neither freezes the page nor is validated
 * on it; where no worker can start, the page validates itself. The page keeps only the parsed dataset,
 * its short strings shared (see shareStrings.ts).
 */
export async function loadDataset(url = DATASET_URL, signal?: AbortSignal): Promise<Dataset> {
  // The worker starts (and loads the validator) while the file downloads.
  const worker = startWorker();
  let request: DatasetRequest;
  try {
    request = await fetchDataset(url, signal);
    if (signal?.aborted) throw abortError();
  } catch (error) {
    worker?.terminate();
    throw error;
  }
  if (worker === null) {
    const dataset = await parseOnMainThread(request);
    void shareStrings(dataset).then(markDatasetSettled);
    return dataset;
  }
  const text = utf8Text(request.bytes);
  const verdict = validateFetched(request, text, worker, signal);
  const json = parseJson(text);
  // The strings are shared while the worker validates, and after if it answers first: it never waits for them.
  const sharing = shareStrings(json);
  await verdict;
  void sharing.then(markDatasetSettled);
  // The worker validated these very bytes, so what the page parsed is a valid dataset.
  return json as Dataset;
}

/** A dataset on its way to the screen, and the check still to run on it, if any. */
export interface ShownDataset {
  dataset: Dataset;
  /**
   * Validates the same bytes in a worker; rejects with a DatasetError naming the problems. Null when the
   * dataset was validated before it was returned.
   */
  verify: (() => Promise<void>) | null;
}

/** The top-level shape the views rely on, checked before a dataset is drawn ahead of its validation. */
function hasDatasetShape(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const fields = json as Record<string, unknown>;
  return ['sources', 'actors', 'events', 'amounts'].every((key) => Array.isArray(fields[key]));
}

/**
 * Loads the dataset the app ships with. The compiler proved that file when it was built (and
 * `npm run data:check` proves it again in CI), so the page draws it as soon as it has parsed it and the
 * worker validates the same bytes afterwards (`verify`), off the path to the first view; a failure then
 * replaces the view with the error. Anything without a dataset's shape is validated first, as any file.
 */
export async function loadShippedDataset(url = DATASET_URL, signal?: AbortSignal): Promise<ShownDataset> {
  const request = await fetchDataset(url, signal);
  if (signal?.aborted) throw abortError();
  const text = utf8Text(request.bytes);
  const json = parseJson(text);
  if (!hasDatasetShape(json)) {
    await validateFetched(request, text, startWorker(), signal);
    void shareStrings(json).then(markDatasetSettled);
    return { dataset: json as Dataset, verify: null };
  }
  // Until the check starts the page holds the bytes; the worker then takes them, and ends with its verdict.
  let pending: DatasetRequest | null = request;
  const verify = async () => {
    const bytes = pending;
    pending = null;
    if (bytes === null) return;
    const worker = startWorker();
    // Where the worker cannot run, the bytes it took are fetched again (the server revalidates them).
    const check =
      worker === null
        ? parseOnMainThread(bytes)
        : checkInWorker(
            worker,
            bytes,
            async () => {
              await parseOnMainThread(await fetchDataset(url, signal));
            },
            datasetErrorFromFailure,
            signal,
          );
    await Promise.all([check, shareStrings(json)]);
    markDatasetSettled();
  };
  return { dataset: json as Dataset, verify };
}
