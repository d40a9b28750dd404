// zod reads its jitless setting when a schema is built (the CSP forbids eval), so this import comes first.
import './zodConfig';
import { ColumnsError, decodeColumns, isColumnsFile } from './columns';
import { firstInvalidUtf8 } from './extract/utf8';
import { describeJsonSyntaxError } from './jsonSyntax';
import type { Dataset } from './schema';
import { validateDataset, type ValidationIssue } from './validate';

/** What went wrong: no answer, an HTTP error, a web page, bytes that are not text, text that is not JSON, a wrong shape. */
export type DatasetFailureKind = 'network' | 'http' | 'html' | 'encoding' | 'json' | 'invalid';

/** A dataset failure as plain data, so it can cross from the worker to the page. */
export interface DatasetFailure {
  kind: DatasetFailureKind;
  message: string;
  issues: ValidationIssue[];
  status?: number;
}

export type DatasetOutcome = { ok: true; dataset: Dataset } | { ok: false; error: DatasetFailure };

/** What the worker answers: whether the file is a valid dataset. The page parses its own copy meanwhile. */
export type DatasetVerdict = { ok: true } | { ok: false; error: DatasetFailure };

/** What the page sends: the file's bytes as fetched, its URL as the person named it, and its media type. */
export interface DatasetRequest {
  url: string;
  bytes: ArrayBuffer;
  /** The response's Content-Type header, when there was one. */
  contentType?: string | null;
  /** The bytes are the dataset laid out in columns (see columns.ts), as the app ships it. */
  columns?: boolean;
}

const failure = (kind: DatasetFailureKind, message: string): DatasetOutcome => ({
  ok: false,
  error: { kind, message, issues: [] },
});

const isHtmlType = (contentType: string | null | undefined): boolean =>
  contentType != null && /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType);

/**
 * A web page where JSON was expected: a JSON text never starts with `<`. Many static hosts answer a
 * missing file with the app's own index.html and a 200 status, so this usually means the file is missing.
 */
function htmlFailure(url: string): DatasetOutcome {
  return failure(
    'html',
    `The server returned a web page (HTML) instead of JSON at ${url}. The file is probably missing: many static servers answer a request for a missing file with the app's own page.`,
  );
}

/**
 * Parses and validates dataset text (`columns`: laid out in columns, decoded before it is validated);
 * a failure names the file and the first problems.
 */
export function parseDatasetText(
  text: string,
  url: string,
  contentType?: string | null,
  columns = false,
): DatasetOutcome {
  const start = text.trimStart();
  if (start.startsWith('<')) return htmlFailure(url);
  if (start === '') return failure('json', `${url} is empty: a dataset is a JSON object.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (isHtmlType(contentType)) return htmlFailure(url);
    const problem = describeJsonSyntaxError(text, error);
    const where = problem.line === null ? '' : ` at line ${problem.line}, column ${problem.column}`;
    return failure('json', `${url} is not valid JSON${where}: ${problem.reason}`);
  }
  if (columns) {
    if (!isColumnsFile(json)) return failure('invalid', `${url} is not a dataset laid out in columns.`);
    try {
      json = decodeColumns(json);
    } catch (error) {
      if (!(error instanceof ColumnsError)) throw error;
      return failure('invalid', `${url} is laid out wrongly: ${error.message}`);
    }
  }
  const result = validateDataset(json);
  if (!result.ok) {
    const count = result.issues.length;
    const message = `${url} does not match the dataset schema (${count} problem${count === 1 ? '' : 's'})`;
    return { ok: false, error: { kind: 'invalid', message, issues: result.issues } };
  }
  return { ok: true, dataset: result.dataset };
}

/** The line (1-based) a byte offset lies on. */
function byteLine(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Decodes, parses and validates the fetched bytes. Bytes that are not UTF-8 are refused, never patched. */
export function parseDatasetBytes(request: DatasetRequest): DatasetOutcome {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(request.bytes);
  } catch {
    const bytes = new Uint8Array(request.bytes);
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    return failure(
      'encoding',
      `${request.url} is not UTF-8 text: the byte at offset ${offset} (line ${byteLine(bytes, offset)}) is not valid UTF-8.`,
    );
  }
  return parseDatasetText(text, request.url, request.contentType, request.columns);
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
