import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BrokenWorker,
  FakeWorker,
  failureOf,
  resetLoadCounts,
  serve,
  settledMarks,
} from '../test/datasetServer';
import type { DatasetRequest } from './datasetWorker';
import { loadDataset } from './load';

const committed = readFileSync('public/data/dataset.json', 'utf8');

beforeEach(resetLoadCounts);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each([
  ['in a worker', FakeWorker],
  ['on the main thread, without workers', undefined],
  ['on the main thread, when the worker fails to start', BrokenWorker],
])('loadDataset %s', (_, workerClass) => {
  beforeEach(() => {
    vi.stubGlobal('Worker', workerClass);
  });

  it('fetches the URL relative to the page and returns the dataset', async () => {
    const requested = serve({ 'data/dataset.json': committed });
    const dataset = await loadDataset();
    expect(dataset.events.length).toBe((JSON.parse(committed) as { events: unknown[] }).events.length);
    expect(requested[0]).toBe('data/dataset.json');
  });

  it('reports an HTTP failure with its status', async () => {
    serve({});
    const error = await failureOf(loadDataset('bench/none.json'));
    expect(error.message).toBe('Loading bench/none.json failed with HTTP 404 Not Found.');
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
  });

  it('reports a network failure', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failureOf(loadDataset('x.json'));
    expect(error.message).toBe('Could not reach x.json: the network request failed.');
    expect(error.kind).toBe('network');
  });

  it('reports text that is not JSON with the line and column of the problem', async () => {
    serve({ 'x.json': '{"schemaVersion": 1,' });
    const error = await failureOf(loadDataset('x.json'));
    expect(error.kind).toBe('json');
    expect(error.message).toMatch(/^x\.json is not valid JSON at line 1, column 21: \S/);
  });

  it('says where a dataset cut short ends', async () => {
    const cut = committed.slice(0, 1000);
    serve({ 'x.json': cut });
    const error = await failureOf(loadDataset('x.json'));
    const lines = cut.split('\n');
    expect(error.message).toBe(
      `x.json is not valid JSON at line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}: the text ends before the JSON is complete (was the file cut short?)`,
    );
  });

  it('places an unexpected token, which the parser reports without a position', async () => {
    serve({ 'x.json': '{\n  "schemaVersion": 1,\n  "title": nope\n}' });
    const error = await failureOf(loadDataset('x.json'));
    expect(error.message).toMatch(/^x\.json is not valid JSON at line 3, column 12: unexpected “nope”$/);
  });

  it('reports an empty file as empty', async () => {
    serve({ 'x.json': ' \n' });
    const error = await failureOf(loadDataset('x.json'));
    expect(error.kind).toBe('json');
    expect(error.message).toBe('x.json is empty: a dataset is a JSON object.');
  });

  it.each([
    [
      'a page served as HTML',
      { body: '<!doctype html><html><body>app</body></html>', type: 'text/html; charset=utf-8' },
    ],
    [
      'a page served with no useful type',
      { body: '\n  <html lang="en"></html>', type: 'application/octet-stream' },
    ],
    ['broken text served as HTML', { body: 'Not found', type: 'text/html' }],
  ])('recognises %s where JSON was expected', async (_, file) => {
    serve({ 'data/missing.json': file });
    const error = await failureOf(loadDataset('data/missing.json'));
    expect(error.kind).toBe('html');
    expect(error.message).toMatch(
      /^The server returned a web page \(HTML\) instead of JSON at data\/missing\.json\. /,
    );
  });

  it('accepts a valid dataset whatever type the server gives it', async () => {
    serve({ 'x.json': { body: committed, type: 'text/html' } });
    const dataset = await loadDataset('x.json');
    expect(dataset.schemaVersion).toBe(1);
  });

  it('refuses bytes that are not UTF-8 and says where the first bad one is', async () => {
    const bytes = new TextEncoder().encode('{\n"title": "Kyiv');
    const broken = new Uint8Array(bytes.length + 2);
    broken.set(bytes);
    broken.set([0xc3, 0x28], bytes.length);
    serve({ 'x.json': { body: broken, type: 'application/json' } });
    const error = await failureOf(loadDataset('x.json'));
    expect(error.kind).toBe('encoding');
    expect(error.message).toBe(
      `x.json is not UTF-8 text: the byte at offset ${bytes.length} (line 2) is not valid UTF-8.`,
    );
  });

  it('carries the schema problems with their JSON paths', async () => {
    const broken = JSON.parse(committed) as { events: { date: string }[] };
    const first = broken.events[0];
    if (first === undefined) throw new Error('the committed dataset has no events');
    first.date = '28/09/2023';
    serve({ 'x.json': JSON.stringify(broken) });
    const error = await failureOf(loadDataset('x.json'));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('x.json does not match the dataset schema (1 problem)');
    expect(error.issues).toEqual([
      { path: 'events[0].date', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
  });

  it('rejects with an AbortError when aborted before it starts', async () => {
    serve({ 'data/dataset.json': committed });
    const controller = new AbortController();
    controller.abort();
    await expect(loadDataset(undefined, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('loadDataset with a worker', () => {
  beforeEach(() => {
    vi.stubGlobal('Worker', FakeWorker);
  });

  it('terminates the worker once it has answered', async () => {
    serve({ 'data/dataset.json': committed });
    await loadDataset();
    expect(FakeWorker.started).toBe(1);
    expect(FakeWorker.terminated).toBe(1);
  });

  it('terminates the worker and rejects with an AbortError when aborted while it works', async () => {
    const controller = new AbortController();
    class AbortedWhileWorking extends FakeWorker {
      override postMessage(request: DatasetRequest, transfer: Transferable[]) {
        super.postMessage(request, transfer);
        controller.abort();
      }
    }
    vi.stubGlobal('Worker', AbortedWhileWorking);
    serve({ 'data/dataset.json': committed });
    await expect(loadDataset(undefined, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.started).toBe(1);
    expect(FakeWorker.terminated).toBe(1);
  });

  it('validates on the main thread, without fetching again, when the worker fails to start', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const requested = serve({ 'data/dataset.json': committed });
    const dataset = await loadDataset();
    expect(dataset.schemaVersion).toBe(1);
    expect(FakeWorker.terminated).toBe(1);
    expect(requested).toEqual(['data/dataset.json']);
  });

  it('hands the worker the bytes (moved, not copied) and gets back only a verdict', async () => {
    const sent: ArrayBuffer[] = [];
    const answers: unknown[] = [];
    class RecordingWorker extends FakeWorker {
      constructor() {
        super();
        this.addEventListener('message', (event) => answers.push((event as MessageEvent).data));
      }
      override postMessage(request: DatasetRequest, transfer: Transferable[]) {
        sent.push(request.bytes);
        super.postMessage(request, transfer);
      }
    }
    vi.stubGlobal('Worker', RecordingWorker);
    serve({ 'data/dataset.json': committed });
    const dataset = await loadDataset();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.byteLength).toBe(0);
    expect(answers).toEqual([{ ok: true }]);
    expect(dataset.events.length).toBeGreaterThan(0);
  });

  it('marks the load settled once the dataset is valid and its strings shared, and not when it is not', async () => {
    serve({ 'data/dataset.json': committed, 'x.json': '{"events": 3}' });
    await failureOf(loadDataset('x.json'));
    await loadDataset();
    await vi.waitFor(() => {
      expect(settledMarks()).toBe(1);
    });
  });
});
