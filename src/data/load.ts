import { datasetInColumns } from './columns';
import { abortError, DatasetError, datasetErrorFromFailure, datasetFromOutcome } from './datasetError';
import { parseJson, utf8Text } from './datasetText';
import type { DatasetRequest } from './datasetWorker';
import { COLUMNS_URL, DATASET_REQUEST, DATASET_URL, takeEarlyResponse } from './earlyDataset';
import { textOfEvents } from './eventText';
import type { LeanDataset } from './leanDataset';
import type { Dataset } from './schema';
import { TextSource } from './textSource';

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

export { DatasetError, datasetErrorFromFailure };

// The checks (and the validator with them) are loaded on demand, so they stay out of the code the page
// needs first.
const loadChecks = () => import('./datasetChecks');

/** Parses and validates dataset text; rejects with a DatasetError that names the first problems. */
export async function parseDataset(text: string, url = DATASET_URL): Promise<Dataset> {
  const { parseDatasetText } = await import('./datasetWorker');
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

/**
 * Fetches the dataset on the page (its resource timing stays the page's). A worker validates the bytes
 * while the page parses its own decoded text, so a large file neither freezes the page nor is validated
 * on it; where no worker can start, the page validates itself (see datasetChecks.ts). The page keeps
 * only the parsed dataset, its short strings shared (see shareStrings.ts).
 */
export async function loadDataset(url = DATASET_URL, signal?: AbortSignal): Promise<Dataset> {
  // The checks' code and the worker start (and load the validator) while the file downloads.
  const checks = loadChecks();
  const worker = checks.then(
    (c) => c.startWorker(),
    () => null,
  );
  let request: DatasetRequest;
  try {
    request = await fetchDataset(url, signal);
    if (signal?.aborted) throw abortError();
  } catch (error) {
    void worker.then((w) => w?.terminate());
    throw error;
  }
  return (await checks).checkNamedFile(request, await worker, signal);
}

/** A dataset on its way to the screen, its events' text, and the check still to run on it, if any. */
export interface ShownDataset {
  dataset: LeanDataset;
  text: TextSource;
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
 * Verifies, once, the bytes a dataset was drawn from: the worker takes them (the page holds them until
 * then), and where it cannot run they are fetched again (the server revalidates them).
 */
function laterCheck(request: DatasetRequest, shown: unknown, signal?: AbortSignal): () => Promise<void> {
  let pending: DatasetRequest | null = request;
  return async () => {
    const bytes = pending;
    pending = null;
    if (bytes === null) return;
    const { checkShownFile } = await loadChecks();
    const refetch = async () => ({
      ...(await fetchDataset(request.url, signal)),
      columns: request.columns,
      base: request.base,
    });
    await checkShownFile(bytes, shown, refetch, signal);
  };
}

/**
 * The dataset the app ships with, from its columns file (see columns.ts), or null when that file is
 * missing, unreachable or not in the layout this version reads: the caller then loads dataset.json.
 */
async function loadShippedColumns(signal?: AbortSignal): Promise<ShownDataset | null> {
  let request: DatasetRequest;
  try {
    const base = typeof document === 'undefined' ? undefined : document.baseURI;
    request = { ...(await fetchDataset(COLUMNS_URL, signal)), columns: true, base };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return null;
  }
  if (signal?.aborted) throw abortError();
  const content = datasetInColumns(parseJson(utf8Text(request.bytes)));
  if (content === null) return null;
  const { dataset, textKey } = content;
  // The reader of the text file is loaded with it, when first needed: none of it is in the first view's code.
  const text = new TextSource(async () => (await import('./shippedText')).fetchShippedText(dataset, textKey));
  // Decoding gave every repeated value one string already: there is nothing left to share.
  return { dataset, text, verify: laterCheck(request, null, signal) };
}

/**
 * The text of a whole dataset's events, there at once. A file drawn ahead of its validation may hold
 * events without citations: its text is then said to have failed, and the check names the problem.
 */
export function textOfWhole(dataset: Dataset): TextSource {
  try {
    return TextSource.of(textOfEvents(dataset.events));
  } catch {
    const source = new TextSource(() =>
      Promise.reject(new Error('The events of this dataset are not laid out as the schema says.')),
    );
    void source.load().catch(() => undefined);
    return source;
  }
}

/**
 * The dataset at `url` as a page shows it: the app's own file drawn at once and checked later
 * (`loadShippedDataset`), any other validated before it is returned.
 */
export function loadChosenDataset(url: string, signal?: AbortSignal): Promise<ShownDataset> {
  if (url === DATASET_URL) return loadShippedDataset(url, signal);
  return loadDataset(url, signal).then((dataset) => ({ dataset, text: textOfWhole(dataset), verify: null }));
}

/**
 * Loads the dataset the app ships with: its columns file, made for loading fast, with its events' text
 * read when first needed, else dataset.json. The
 * compiler proved the dataset when it wrote both files (and `npm run data:check` proves them again in
 * CI), so the page draws it as soon as it has read it and the worker validates the same bytes afterwards
 * (`verify`), off the path to the first view; a failure then replaces the view with the error. A
 * dataset.json without a dataset's shape is validated first, as any file.
 */
export async function loadShippedDataset(url = DATASET_URL, signal?: AbortSignal): Promise<ShownDataset> {
  if (url === DATASET_URL) {
    const columns = await loadShippedColumns(signal);
    if (columns !== null) return columns;
  }
  const request = await fetchDataset(url, signal);
  if (signal?.aborted) throw abortError();
  const json = parseJson(utf8Text(request.bytes));
  if (!hasDatasetShape(json)) {
    const checks = await loadChecks();
    const dataset = await checks.checkNamedFile(request, checks.startWorker(), signal);
    return { dataset, text: textOfWhole(dataset), verify: null };
  }
  const dataset = json as Dataset;
  return { dataset, text: textOfWhole(dataset), verify: laterCheck(request, json, signal) };
}
