// zod reads its jitless setting when a schema is built (the CSP forbids eval), so this import comes first.
import './zodConfig';
import type { Dataset } from './schema';
import { validateDataset, type ValidationIssue } from './validate';

/** A dataset failure as plain data, so it can cross from the worker to the page. */
export interface DatasetFailure {
  kind: 'network' | 'http' | 'json' | 'invalid';
  message: string;
  issues: ValidationIssue[];
  status?: number;
}

export type DatasetOutcome = { ok: true; dataset: Dataset } | { ok: false; error: DatasetFailure };

/** What the worker answers: whether the file is a valid dataset. The page parses its own copy meanwhile. */
export type DatasetVerdict = { ok: true } | { ok: false; error: DatasetFailure };

/** What the page sends: the file's bytes as fetched, and its URL as the person named it (for messages). */
export interface DatasetRequest {
  url: string;
  bytes: ArrayBuffer;
}

/** Parses and validates dataset text; a failure names the file and the first problems. */
export function parseDatasetText(text: string, url: string): DatasetOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { kind: 'json', message: `${url} is not valid JSON: ${detail}`, issues: [] } };
  }
  const result = validateDataset(json);
  if (!result.ok) {
    const count = result.issues.length;
    const message = `${url} does not match the dataset schema (${count} problem${count === 1 ? '' : 's'})`;
    return { ok: false, error: { kind: 'invalid', message, issues: result.issues } };
  }
  return { ok: true, dataset: result.dataset };
}

/** Decodes, parses and validates the fetched bytes. */
export function parseDatasetBytes(request: DatasetRequest): DatasetOutcome {
  return parseDatasetText(new TextDecoder().decode(request.bytes), request.url);
}

/**
 * The verdict on the fetched bytes, without the dataset: copying a large validated dataset back to the
 * page costs more than the page parsing the same bytes itself while the worker validates.
 */
export function checkDatasetBytes(request: DatasetRequest): DatasetVerdict {
  const outcome = parseDatasetBytes(request);
  return outcome.ok ? { ok: true } : outcome;
}

// The page also imports this module when workers are unavailable; only a worker listens for requests.
if ('WorkerGlobalScope' in globalThis) {
  globalThis.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
    globalThis.postMessage(checkDatasetBytes(event.data));
  });
}
