import { runDataJob, type DataJob, type DataProgress, type DataResult } from './dataJob';

/** What the worker tells the page: progress, the finished file, or why it failed. */
export type DataWorkerMessage =
  | { type: 'progress'; progress: DataProgress }
  | { type: 'done'; result: DataResult }
  | { type: 'error'; message: string };

const send = (message: DataWorkerMessage) => {
  globalThis.postMessage(message);
};

globalThis.addEventListener('message', (event: MessageEvent<DataJob>) => {
  runDataJob(event.data, (progress) => {
    send({ type: 'progress', progress });
  }).then(
    (result) => {
      send({ type: 'done', result });
    },
    (error: unknown) => {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
