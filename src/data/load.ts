import type { Dataset } from './schema';
import { validateDataset, type ValidationIssue } from './validate';

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

/** Parses and validates dataset text; throws a DatasetError that names the first problems. */
export function parseDataset(text: string, url = DATASET_URL): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetError(`${url} is not valid JSON: ${detail}`, 'json');
  }
  const result = validateDataset(json);
  if (!result.ok) {
    const count = result.issues.length;
    throw new DatasetError(
      `${url} does not match the dataset schema (${count} problem${count === 1 ? '' : 's'})`,
      'invalid',
      result.issues,
    );
  }
  return result.dataset;
}

/** Fetches the dataset relative to the page, so the app works from any sub-folder. */
export async function loadDataset(url = DATASET_URL, signal?: AbortSignal): Promise<Dataset> {
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
  return parseDataset(await response.text(), url);
}
