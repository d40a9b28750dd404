import { toCsv } from './csv';
import { eventsTable, figuresTable } from './dataTables';
import { csvBlob, downloadBlob } from './download';
import { exportText, type ExportTextInput } from './exportText';
import { exportRange, fileName } from './fileName';
import { toJson } from './toJson';
import { yieldToMain } from './yieldToMain';

/** A data export (images are published from the publish dialog, see publishImage). */
export type ExportAction = { kind: 'csv'; table: 'events' | 'figures' } | { kind: 'json' };

export type ExportRequest = ExportTextInput;

export interface ExportProgress {
  step: string;
  done: number;
  total: number;
}

export interface ExportResult {
  message: string;
  fileName: string | null;
  /** Pixel size of an image export. */
  width: number | null;
  height: number | null;
  /** Time from start to the file being handed to the browser. */
  ms: number;
}

type Progress = (progress: ExportProgress) => void;

const now = () => performance.now();

/**
 * Runs one data export: the shown data as CSV or JSON. Yields to the page between steps and reports
 * each step.
 */
export async function runExport(
  action: ExportAction,
  request: ExportRequest,
  progress: Progress,
): Promise<ExportResult> {
  const started = now();
  const range = exportRange(request.target, request.filters, request.view.window);
  const done = (message: string, name: string | null): ExportResult => ({
    message,
    fileName: name,
    width: null,
    height: null,
    ms: Math.round(now() - started),
  });

  switch (action.kind) {
    case 'csv': {
      progress({ step: 'writing the table', done: 0, total: 1 });
      await yieldToMain();
      const { dataset, shown } = request;
      const table =
        action.table === 'events'
          ? eventsTable(dataset, shown.events, shown.amounts)
          : figuresTable(dataset, shown.amounts);
      const name = fileName(action.table, 'csv', range);
      downloadBlob(csvBlob(toCsv(table.header, table.rows)), name);
      return done(`Saved ${name} (${table.rows.length} ${action.table}).`, name);
    }
    case 'json': {
      progress({ step: 'writing the data', done: 0, total: 1 });
      await yieldToMain();
      const caption = exportText(request).caption.join(' ');
      const json = toJson({
        ...request,
        events: request.shown.events,
        amounts: request.shown.amounts,
        caption,
      });
      const name = fileName('data', 'json', range);
      downloadBlob(new Blob([json], { type: 'application/json' }), name);
      return done(`Saved ${name}.`, name);
    }
  }
}
