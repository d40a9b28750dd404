import '../../data/zodConfig';
import { datasetInColumns } from '../../data/columns';
import type { Dataset } from '../../data/schema';
import { validateDataset } from '../../data/validate';
import type { Filters } from '../../state/filtersSlice';
import type { ViewOptions } from '../../state/viewSlice';
import { filterDataset } from '../../state/selectors';
import { toCsv } from '../csv';
import { eventsTable, figuresTable } from '../dataTables';
import { exportText } from '../exportText';
import type { ExportTarget } from '../fileName';
import { csvBlob } from '../download';
import { toJson } from '../toJson';

/** What a data export writes: a table as CSV, or the shown events and figures as JSON. */
export type DataFile = { kind: 'csv'; table: 'events' | 'figures' } | { kind: 'json' };

/** Everything a data export needs, as plain data that crosses to a worker without copying the dataset. */
export interface DataJob {
  file: DataFile;
  /** The dataset's absolute URL: the worker reads its own copy rather than the page sending one. */
  datasetUrl: string;
  /**
   * For the dataset the app ships with, the absolute URL of its columns file: read first, as the page
   * reads it (half the bytes), with `datasetUrl` read instead when it is missing or not a columns file.
   */
  columnsUrl: string | null;
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

/** The shipped dataset from its columns file, or null when there is none this version reads. */
async function readColumns(url: string): Promise<Dataset | null> {
  const response = await fetch(url).catch(() => null);
  if (response?.ok !== true) return null;
  let json: unknown;
  try {
    json = JSON.parse(await response.text()) as unknown;
  } catch {
    return null;
  }
  return datasetInColumns(json);
}

async function readDataset(job: DataJob): Promise<Dataset> {
  let url = job.datasetUrl;
  let json: unknown = job.columnsUrl === null ? null : await readColumns(job.columnsUrl);
  if (json === null) json = await readJson(job.datasetUrl);
  else url = job.columnsUrl ?? url;
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
  const shown = filterDataset(dataset, job.filters);
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
      step: `writing ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows`,
      done: 40 + Math.round((60 * done) / Math.max(1, total)),
      total: 100,
    });
  });
  return { blob, count: total };
}
