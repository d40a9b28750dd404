import { COLUMNS_URL, DATASET_URL, TEXT_URL } from '../../data/earlyDataset';
import { downloadUrl, REVOKE_AFTER_MS } from '../download';
import { exportRange, fileName } from '../fileName';
import type { ExportAction, ExportProgress, ExportRequest, ExportResult } from '../runExport';
import { ExportCancelled, startDataExport } from './startDataExport';
import { wholeNumber } from '../../model/counts';

type DataAction = Extract<ExportAction, { kind: 'csv' | 'json' }>;

/**
 * A CSV or JSON export of the shown data, written in a worker and saved on the page. `onCancel` receives
 * the function that stops it; a cancelled export saves nothing and says so.
 */
export async function runDataExport(
  action: DataAction,
  request: ExportRequest,
  datasetUrl: string,
  progress: (p: ExportProgress) => void,
  onCancel: (cancel: () => void) => void,
): Promise<ExportResult> {
  const started = performance.now();
  const range = exportRange(request.target, request.filters, request.view.window);
  const name = action.kind === 'csv' ? fileName(action.table, 'csv', range) : fileName('data', 'json', range);
  const running = startDataExport(
    {
      file: action.kind === 'csv' ? { kind: 'csv', table: action.table } : { kind: 'json' },
      datasetUrl: new URL(datasetUrl, document.baseURI).href,
      // The dataset the app ships with is read from its columns and text files, as the page reads it.
      shipped:
        datasetUrl === DATASET_URL
          ? {
              columns: new URL(COLUMNS_URL, document.baseURI).href,
              text: new URL(TEXT_URL, document.baseURI).href,
            }
          : null,
      filters: request.filters,
      target: request.target,
      view: request.view,
      exportedAt: request.exportedAt.toISOString(),
    },
    progress,
  );
  onCancel(running.cancel);
  const result = (size: string, file: string | null): ExportResult => ({
    message: size,
    fileName: file,
    width: null,
    height: null,
    ms: Math.round(performance.now() - started),
  });
  try {
    const { url, count, release } = await running.result;
    downloadUrl(url, name);
    setTimeout(release, REVOKE_AFTER_MS);
    const what = action.kind === 'csv' ? action.table : 'events';
    return result(`Saved ${name} (${wholeNumber(count)} ${what}).`, name);
  } catch (error) {
    if (error instanceof ExportCancelled) return result('Export cancelled; no file was saved.', null);
    throw error;
  }
}
