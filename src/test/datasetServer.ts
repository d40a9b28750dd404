/** Test doubles for loading a dataset: a server of files by URL, and workers that answer or fail. */
import { expect, vi } from 'vitest';
import { checkDatasetBytes, type DatasetRequest } from '../data/datasetWorker';
import { DatasetError } from '../data/load';
import { DATASET_SETTLED_MARK } from '../data/datasetChecks';

/** A file's body, and the Content-Type it is served with (when not the default of its body). */
export type Served = string | { body: string | Uint8Array<ArrayBuffer>; type: string };

/** Serves files by URL; anything else is a 404. Records what was requested. */
export function serve(files: Record<string, Served>) {
  const requested: string[] = [];
  const fetchStub = vi.fn((input: URL | string) => {
    const href = String(input);
    requested.push(href);
    const file = files[href];
    if (file === undefined)
      return Promise.resolve(new Response('missing', { status: 404, statusText: 'Not Found' }));
    if (typeof file === 'string') return Promise.resolve(new Response(file, { status: 200 }));
    return Promise.resolve(new Response(file.body, { status: 200, headers: { 'content-type': file.type } }));
  });
  vi.stubGlobal('fetch', fetchStub);
  return requested;
}

/** A worker that answers like the real one, across a structured clone as postMessage would. */
export class FakeWorker extends EventTarget {
  static started = 0;
  static terminated = 0;
  private closed = false;
  constructor() {
    super();
    FakeWorker.started += 1;
  }
  postMessage(request: DatasetRequest, transfer: Transferable[]) {
    const received = structuredClone(request, { transfer });
    setTimeout(() => {
      // A terminated worker sends nothing more.
      if (this.closed) return;
      void checkDatasetBytes(received).then((verdict) => {
        if (!this.closed) this.dispatchEvent(new MessageEvent('message', { data: structuredClone(verdict) }));
      });
    }, 0);
  }
  terminate() {
    this.closed = true;
    FakeWorker.terminated += 1;
  }
}

/** A worker whose script fails to start: it reports an error event and nothing else (counted with the others). */
export class BrokenWorker extends EventTarget {
  postMessage() {
    setTimeout(() => this.dispatchEvent(new Event('error')), 0);
  }
  terminate() {
    FakeWorker.terminated += 1;
  }
}

export async function failureOf(promise: Promise<unknown>): Promise<DatasetError> {
  const error: unknown = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

/** How many times the page has marked its load settled (see DATASET_SETTLED_MARK). */
export const settledMarks = () => performance.getEntriesByName(DATASET_SETTLED_MARK, 'mark').length;

/** Clears what the doubles and the settled mark have counted, before each test. */
export function resetLoadCounts(): void {
  FakeWorker.started = 0;
  FakeWorker.terminated = 0;
  performance.clearMarks(DATASET_SETTLED_MARK);
}
