/**
 * The download of the dataset the app ships with, started by a tiny script of its own as soon as the
 * page is parsed rather than once the app's code has loaded and run, so the two download together.
 * This module imports nothing: it runs before the rest of the app has arrived.
 */

/** The dataset the app ships with, relative to the page (so the app works from any sub-folder). */
export const DATASET_URL = 'data/dataset.json';

/**
 * The same dataset laid out for loading fast (see columns.ts), which the compiler writes beside it: the
 * page loads this one first, and dataset.json when it is missing or not in that layout.
 */
export const COLUMNS_URL = 'data/dataset.columns.json';

/**
 * The long text of its events (summaries and quotes), which the columns file leaves out: read when
 * something first needs it (see textFile.ts).
 */
export const TEXT_URL = 'data/dataset.text.json';

/** How the dataset is always requested: revalidated, so a republished file is never shown stale. */
export const DATASET_REQUEST: RequestInit = { cache: 'no-cache' };

let early: Promise<Response> | null = null;

/**
 * Starts downloading the bundled dataset when the page will show it: when the address names no
 * `?dataset=` (a named file is checked before anything is fetched, by the app itself).
 */
export function prefetchShippedDataset(search: string): void {
  if (early !== null || new URLSearchParams(search).has('dataset')) return;
  early = fetch(COLUMNS_URL, DATASET_REQUEST);
  // The load that takes the response reports a failure; none is lost if no load ever takes it.
  early.catch(() => undefined);
}

/** The early response for `url`, once: the first load of the bundled dataset takes it, later ones fetch. */
export function takeEarlyResponse(url: string): Promise<Response> | null {
  if (url !== COLUMNS_URL || early === null) return null;
  const response = early;
  early = null;
  return response;
}
