import '../../data/zodConfig';
import { datasetInColumns } from '../../data/columns';
import { textOfEvents, withText } from '../../data/eventText';
import type { Dataset } from '../../data/schema';
import { decodeText, textFileMismatch, TextFileError, type TextFile } from '../../data/textFile';
import { validateDataset } from '../../data/validate';
import type { Filters } from '../../state/filtersSlice';
import type { ViewOptions } from '../../state/viewSlice';
import { exploreDataset } from '../../state/selectors';
import { toCsv } from '../csv';
import { eventsTable, figuresTable } from '../dataTables';
import { exportText } from '../exportText';
import type { ExportTarget } from '../fileName';
import { csvBlob } from '../download';
import { toJson } from '../toJson';
import { wholeNumber } from '../../model/counts';

/** What a data export writes: a table as CSV, or the shown events and figures as JSON. */
export type DataFile = { kind: 'csv'; table: 'events' | 'figures' } | { kind: 'json' };

/** Everything a data export needs, as plain data that crosses to a worker without copying the dataset. */
export interface DataJob {
  file: DataFile;
  /** The dataset's absolute URL: the worker reads its own copy rather than the page sending one. */
  datasetUrl: string;
  /**
   * For the dataset the app ships with, the absolute URLs of its columns and text files: read first, as
   * the page reads them (half the bytes), with `datasetUrl` read instead when either is missing, not in
   * the layout this version reads, or not of the same dataset.
   */
  shipped: { columns: string; text: string } | null;
  filters: Filters;
  /** What the menu belongs to and the view: the JSON keeps the caption an image of it would have. */
  target: ExportTarget;
  view: ViewOptions;
  /** ISO time of the export. */
  exportedAt: string;
}

export interface DataProgress {
  step: string;
  done: number;
  total: number;
}

export interface DataResult {
  blob: Blob;
  /** Rows written (CSV), or events written (JSON). */
  count: number;
}

/** Rows formatted per progress report: small enough to report often, large enough to cost nothing. */
const ROWS_PER_STEP = 5000;

async function readJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Reading ${url} for the export failed with HTTP ${response.status}.`);
  return JSON.parse(await response.text()) as unknown;
}

/** A file's JSON, or null when it cannot be read or is not JSON. */
async function readJsonOrNull(url: string): Promise<unknown> {
  const response = await fetch(url).catch(() => null);
  if (response?.ok !== true) return null;
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return null;
  }
}

/** The shipped dataset from its columns and text files, or null when they are not two this version reads. */
async function readShipped(shipped: NonNullable<DataJob['shipped']>): Promise<Dataset | null> {
  const columns = datasetInColumns(await readJsonOrNull(shipped.columns));
  if (columns === null) return null;
  const text = await readJsonOrNull(shipped.text);
  if (textFileMismatch(text, columns.textKey) !== null) return null;
  try {
    return withText(columns.dataset, decodeText(text as TextFile, columns.dataset));
  } catch (error) {
    if (error instanceof TextFileError) return null;
    throw error;
  }
}

async function readDataset(job: DataJob): Promise<Dataset> {
  let url = job.datasetUrl;
  let json: unknown = job.shipped === null ? null : await readShipped(job.shipped);
  if (json === null) json = await readJson(job.datasetUrl);
  else url = job.shipped?.columns ?? url;
  const result = validateDataset(json);
  if (!result.ok) throw new Error(`${url} changed and no longer matches the dataset schema.`);
  return result.dataset;
}

/** A CSV in steps: the same toCsv (formula guard, RFC 4180), a chunk of rows at a time, with the BOM. */
export function csvInSteps(
  header: string[],
  rows: Parameters<typeof toCsv>[1],
  progress: (done: number) => void,
  rowsPerStep = ROWS_PER_STEP,
): Blob {
  const head = toCsv(header, []);
  const parts = [head];
  for (let start = 0; start < rows.length; start += rowsPerStep) {
    parts.push(toCsv(header, rows.slice(start, start + rowsPerStep)).slice(head.length));
    progress(Math.min(rows.length, start + rowsPerStep));
  }
  return csvBlob(parts.join(''));
}

/**
 * Runs one data export: reads and checks the dataset, applies the filters the page shows, and writes
 * the file, reporting each step. Runs in a worker; the page only receives the finished file.
 */
export async function runDataJob(job: DataJob, progress: (p: DataProgress) => void): Promise<DataResult> {
  progress({ step: 'reading the data', done: 0, total: 100 });
  const dataset = await readDataset(job);
  progress({ step: 'choosing the shown rows', done: 20, total: 100 });
  // The search runs over the summaries and quotes, as on the page once they are read; the rows are the
  // whole events, text and all.
  const result = exploreDataset(dataset, job.filters, textOfEvents(dataset.events));
  const shown = {
    events: dataset.events.filter((_, i) => result.keptEvents[i] === 1),
    amounts: result.view.amounts,
  };
  const { file } = job;
  if (file.kind === 'json') {
    progress({ step: 'writing the JSON', done: 40, total: 100 });
    const exportedAt = new Date(job.exportedAt);
    const { target, view, filters } = job;
    const caption = exportText({ target, dataset, shown, filters, view, exportedAt }).caption.join(' ');
    const json = toJson({
      dataset,
      events: shown.events,
      amounts: shown.amounts,
      filters,
      caption,
      exportedAt,
    });
    return { blob: new Blob([json], { type: 'application/json' }), count: shown.events.length };
  }
  progress({ step: `collecting the ${file.table}`, done: 30, total: 100 });
  const table =
    file.table === 'events'
      ? eventsTable(dataset, shown.events, shown.amounts)
      : figuresTable(dataset, shown.amounts);
  const total = table.rows.length;
  const blob = csvInSteps(table.header, table.rows, (done) => {
    progress({
      step: `writing ${wholeNumber(done)} of ${wholeNumber(total)} rows`,
      done: 40 + Math.round((60 * done) / Math.max(1, total)),
      total: 100,
    });
  });
  return { blob, count: total };
}
