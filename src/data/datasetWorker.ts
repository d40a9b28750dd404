// zod reads its jitless setting when a schema is built (the CSP forbids eval), so this import comes first.
import './zodConfig';
import { ColumnsError, decodeColumns, isColumnsFile } from './columns';
import { DATASET_URL, TEXT_URL } from './earlyDataset';
import { leanOf, withText } from './eventText';
import { firstInvalidUtf8 } from './extract/utf8';
import { describeJsonSyntaxError } from './jsonSyntax';
import type { LeanDataset } from './leanDataset';
import type { Dataset } from './schema';
import { readJsonFile } from './shippedText';
import { decodeText, textFileMismatch, TextFileError, type TextFile } from './textFile';
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
  /**
   * The bytes are the dataset laid out in columns (see columns.ts), as the app ships it: its text file
   * (textFile.ts) is read beside it, and dataset.json where that is missing or belongs to another dataset.
   */
  columns?: boolean;
  /** The page's address, which the files beside the columns file are relative to (unset: the current one). */
  base?: string;
}

type Failed = Extract<DatasetOutcome, { ok: false }>;

const failure = (kind: DatasetFailureKind, message: string): Failed => ({
  ok: false,
  error: { kind, message, issues: [] },
});

const isHtmlType = (contentType: string | null | undefined): boolean =>
  contentType != null && /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType);

/**
 * A web page where JSON was expected: a JSON text never starts with `<`. Many static hosts answer a
 * missing file with the app's own index.html and a 200 status, so this usually means the file is missing.
 */
function htmlFailure(url: string): Failed {
  return failure(
    'html',
    `The server returned a web page (HTML) instead of JSON at ${url}. The file is probably missing: many static servers answer a request for a missing file with the app's own page.`,
  );
}

/** JSON.parse of a file's text, or the failure that says why it is not JSON. */
function parseFileJson(
  text: string,
  url: string,
  contentType?: string | null,
): { ok: true; json: unknown } | Failed {
  const start = text.trimStart();
  if (start.startsWith('<')) return htmlFailure(url);
  if (start === '') return failure('json', `${url} is empty: a dataset is a JSON object.`);
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    if (isHtmlType(contentType)) return htmlFailure(url);
    const problem = describeJsonSyntaxError(text, error);
    const where = problem.line === null ? '' : ` at line ${problem.line}, column ${problem.column}`;
    return failure('json', `${url} is not valid JSON${where}: ${problem.reason}`);
  }
}

/** The dataset JSON holds, validated; a failure says that `named` (its file or files) does not match. */
function validated(json: unknown, named: string, verb = 'does'): DatasetOutcome {
  const result = validateDataset(json);
  if (!result.ok) {
    const count = result.issues.length;
    const message = `${named} ${verb} not match the dataset schema (${count} problem${count === 1 ? '' : 's'})`;
    return { ok: false, error: { kind: 'invalid', message, issues: result.issues } };
  }
  return { ok: true, dataset: result.dataset };
}

/** Parses and validates dataset text; a failure names the file and the first problems. */
export function parseDatasetText(text: string, url: string, contentType?: string | null): DatasetOutcome {
  const parsed = parseFileJson(text, url, contentType);
  return parsed.ok ? validated(parsed.json, url) : parsed;
}

/**
 * Where the columns file's text file is missing, unreadable or another dataset's, dataset.json is
 * validated instead, and must hold the very dataset of the columns file (the page then reads the text
 * from it: see shippedText.ts).
 */
async function checkWithoutTextFile(dataset: LeanDataset, url: string, why: string, base?: string) {
  const read = await readJsonFile(DATASET_URL, base);
  if (!read.ok) return failure('invalid', `${TEXT_URL} ${why}, and ${DATASET_URL} ${read.why}.`);
  const outcome = validated(read.json, DATASET_URL);
  if (!outcome.ok) return outcome;
  if (JSON.stringify(leanOf(outcome.dataset)) !== JSON.stringify(dataset))
    return failure(
      'invalid',
      `${TEXT_URL} ${why}, and ${DATASET_URL} holds another version of the dataset than ${url}.`,
    );
  return outcome;
}

/**
 * Decodes a columns file and its text file and validates them together (`url` names the columns file);
 * a failure names the file, and the item and field, of each problem.
 */
export async function parseColumnsText(text: string, url: string, base?: string): Promise<DatasetOutcome> {
  const parsed = parseFileJson(text, url);
  if (!parsed.ok) return parsed;
  const file = parsed.json;
  if (!isColumnsFile(file)) return failure('invalid', `${url} is not a dataset laid out in columns.`);
  let dataset: LeanDataset;
  try {
    dataset = decodeColumns(file);
  } catch (error) {
    if (!(error instanceof ColumnsError)) throw error;
    return failure('invalid', `${url} is laid out wrongly: ${error.message}`);
  }
  const read = await readJsonFile(TEXT_URL, base);
  if (!read.ok) return checkWithoutTextFile(dataset, url, read.why, base);
  const mismatch = textFileMismatch(read.json, file.textKey);
  if (mismatch !== null) return checkWithoutTextFile(dataset, url, mismatch, base);
  let whole: Dataset;
  try {
    whole = withText(dataset, decodeText(read.json as TextFile, dataset));
  } catch (error) {
    if (!(error instanceof TextFileError)) throw error;
    return failure('invalid', `${TEXT_URL} is laid out wrongly: ${error.message}`);
  }
  return validated(whole, `${url} with ${TEXT_URL}`, 'do');
}

/** The line (1-based) a byte offset lies on. */
function byteLine(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** The fetched bytes as text; bytes that are not UTF-8 are refused, never patched. */
function decodeBytes(request: DatasetRequest): { ok: true; text: string } | Failed {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(request.bytes) };
  } catch {
    const bytes = new Uint8Array(request.bytes);
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    return failure(
      'encoding',
      `${request.url} is not UTF-8 text: the byte at offset ${offset} (line ${byteLine(bytes, offset)}) is not valid UTF-8.`,
    );
  }
}

/** Decodes, parses and validates the fetched bytes of a dataset's JSON file. */
export function parseDatasetBytes(request: DatasetRequest): DatasetOutcome {
  const decoded = decodeBytes(request);
  return decoded.ok ? parseDatasetText(decoded.text, request.url, request.contentType) : decoded;
}

/** Decodes, parses and validates the fetched bytes, with the text file beside them for a columns file. */
export async function parseRequest(request: DatasetRequest): Promise<DatasetOutcome> {
  if (request.columns !== true) return parseDatasetBytes(request);
  const decoded = decodeBytes(request);
  return decoded.ok ? parseColumnsText(decoded.text, request.url, request.base) : decoded;
}

/**
 * The verdict on the fetched bytes, without the dataset: copying a large validated dataset back to the
 * page costs more than the page parsing the same bytes itself while the worker validates.
 */
export async function checkDatasetBytes(request: DatasetRequest): Promise<DatasetVerdict> {
  const outcome = await parseRequest(request);
  return outcome.ok ? { ok: true } : outcome;
}

// The page also imports this module when workers are unavailable; only a worker listens for requests.
if ('WorkerGlobalScope' in globalThis) {
  globalThis.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
    void checkDatasetBytes(event.data).then((verdict) => {
      globalThis.postMessage(verdict);
    });
  });
}
