import type { DataJob, DataProgress } from './dataJob';
import type { DataFileUrl, DataWorkerMessage } from './dataWorker';

/** The error a cancelled export rejects with. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

/** A finished export: its file's blob: URL, and how to free the file once its download has started. */
export interface FinishedDataExport extends DataFileUrl {
  release: () => void;
}

export interface RunningDataExport {
  result: Promise<FinishedDataExport>;
  /** Stops the export at once; `result` then rejects with ExportCancelled. */
  cancel: () => void;
}

/**
 * Starts a CSV or JSON export in a worker, so a large table never holds up the page. Where no worker
 * can start, the same job runs on the page.
 */
export function startDataExport(job: DataJob, progress: (p: DataProgress) => void): RunningDataExport {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./dataWorker.ts', import.meta.url), { type: 'module', name: 'data-export' });
  } catch {
    worker = null;
  }
  let stop: (() => void) | null = null;
  let cancelled = false;

  const result = new Promise<FinishedDataExport>((resolve, reject) => {
    stop = () => {
      cancelled = true;
      worker?.terminate();
      reject(new ExportCancelled());
    };
    if (worker === null) {
      void import('./dataJob')
        .then(({ runDataJob }) => runDataJob(job, progress))
        .then(({ blob, count }) => {
          if (cancelled) return;
          const url = URL.createObjectURL(blob);
          resolve({
            url,
            count,
            release: () => {
              URL.revokeObjectURL(url);
            },
          });
        }, reject);
      return;
    }
    const running = worker;
    running.addEventListener('message', (event: MessageEvent<DataWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') progress(message.progress);
      else if (message.type === 'done') {
        // The worker holds the file's URL: it is ended by `release`, once the download has started.
        resolve({
          ...message.file,
          release: () => {
            running.terminate();
          },
        });
      } else {
        running.terminate();
        reject(new Error(message.message));
      }
    });
    running.addEventListener('error', (event) => {
      event.preventDefault();
      running.terminate();
      reject(new Error(event.message || 'The export worker failed to start.'));
    });
    running.postMessage(job);
  });
  return {
    result,
    cancel: () => {
      stop?.();
    },
  };
}
