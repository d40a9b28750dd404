import { textOfEvents } from '../../data/eventText';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyFilters } from '../../state/filtersSlice';
import { filterDataset } from '../../state/selectors';
import { defaultView } from '../../state/viewSlice';
import { bundled } from '../../test/bundledDataset';
import type { DataJob, DataProgress } from './dataJob';
import type { DataWorkerMessage } from './dataWorker';
import { ExportCancelled, startDataExport } from './startDataExport';

const text = readFileSync('public/data/dataset.json', 'utf8');
const DATASET_URL = 'https://example.test/data/dataset.json';

const job = (file: DataJob['file'], datasetUrl = DATASET_URL): DataJob => ({
  file,
  datasetUrl,
  shipped: null,
  filters: emptyFilters,
  target: 'timeline',
  view: defaultView,
  exportedAt: '2026-01-01T00:00:00.000Z',
});

type Listener = (event: { data: unknown }) => void;

/**
 * A Worker that runs dataWorker.ts in this process: the page's postMessage reaches the worker's
 * message listener, and the worker's postMessage reaches the page's, each as a later task and as a
 * structured clone, as between a page and a worker.
 */
class InProcessWorker {
  static started: InProcessWorker[] = [];
  static workerListener: Listener | null = null;
  readonly sent: unknown[] = [];
  readonly received: DataWorkerMessage[] = [];
  terminated = false;
  private readonly listeners: Listener[] = [];

  constructor() {
    InProcessWorker.started.push(this);
  }

  addEventListener(type: string, listener: Listener) {
    if (type === 'message') this.listeners.push(listener);
  }

  postMessage(data: unknown) {
    this.sent.push(data);
    const clone = structuredClone(data);
    setTimeout(() => {
      if (!this.terminated) InProcessWorker.workerListener?.({ data: clone });
    });
  }

  /** What the worker sends: delivered unless the page has ended the worker. */
  deliver(message: DataWorkerMessage) {
    const clone = structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      this.received.push(clone);
      for (const listener of this.listeners) listener({ data: clone });
    });
  }

  terminate() {
    this.terminated = true;
  }
}

const worker = () => {
  const started = InProcessWorker.started.at(-1);
  if (started === undefined) throw new Error('no worker was started');
  return started;
};

beforeEach(async () => {
  InProcessWorker.started = [];
  InProcessWorker.workerListener = null;
  vi.stubGlobal('fetch', (url: string) =>
    Promise.resolve(url === DATASET_URL ? new Response(text) : new Response('gone', { status: 404 })),
  );
  // The worker's global scope: its listener is kept, its messages go to the page of the last worker.
  vi.stubGlobal('addEventListener', (type: string, listener: Listener) => {
    if (type === 'message') InProcessWorker.workerListener = listener;
  });
  vi.stubGlobal('postMessage', (message: DataWorkerMessage) => {
    worker().deliver(message);
  });
  vi.stubGlobal('Worker', InProcessWorker);
  vi.resetModules();
  await import('./dataWorker');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the data export worker and the page', () => {
  it('sends the job in, reports progress, and hands back a blob: URL of the CSV with its row count', async () => {
    const steps: DataProgress[] = [];
    const running = startDataExport(job({ kind: 'csv', table: 'events' }), (p) => steps.push(p));
    const file = await running.result;
    const shown = filterDataset(bundled, emptyFilters, textOfEvents(bundled.events));

    expect(worker().sent).toEqual([job({ kind: 'csv', table: 'events' })]);
    expect(file.url).toMatch(/^blob:/);
    expect(file.count).toBe(shown.events.length);
    const csv = await (await fetchBlob(file.url)).text();
    expect(csv.split('\r\n').filter((l) => l !== '').length).toBe(shown.events.length + 1);
    expect(steps[0]).toMatchObject({ step: 'reading the data', done: 0 });
    expect(steps.at(-1)).toMatchObject({ done: 100, total: 100 });
    expect(worker().received.map((m) => m.type)).toEqual([...steps.map(() => 'progress'), 'done']);
    // The worker holds the file's URL until the download has started; release ends it.
    expect(worker().terminated).toBe(false);
    file.release();
    expect(worker().terminated).toBe(true);
  });

  it('writes the JSON, counting its events', async () => {
    const file = await startDataExport(job({ kind: 'json' }), () => undefined).result;
    const json = JSON.parse(await (await fetchBlob(file.url)).text()) as { events: unknown[] };
    expect(json.events.length).toBe(file.count);
  });

  it('turns a failure in the worker into a rejection that names the URL, and ends the worker', async () => {
    const missing = 'https://example.test/moved/dataset.json';
    const running = startDataExport(job({ kind: 'csv', table: 'figures' }, missing), () => undefined);
    await expect(running.result).rejects.toThrow(`Reading ${missing} for the export failed with HTTP 404.`);
    expect(worker().received.at(-1)).toEqual({
      type: 'error',
      message: `Reading ${missing} for the export failed with HTTP 404.`,
    });
    expect(worker().terminated).toBe(true);
  });

  it('cancels at once: the result rejects with ExportCancelled and the worker is ended', async () => {
    const running = startDataExport(job({ kind: 'csv', table: 'events' }), () => undefined);
    running.cancel();
    await expect(running.result).rejects.toBeInstanceOf(ExportCancelled);
    expect(worker().terminated).toBe(true);
  });
});

/** The bytes behind a blob: URL made in this process. */
async function fetchBlob(url: string): Promise<Blob> {
  const { resolveObjectURL } = await import('node:buffer');
  const blob = resolveObjectURL(url);
  if (blob === undefined) throw new Error(`${url} is not a live blob: URL`);
  return blob as Blob;
}
