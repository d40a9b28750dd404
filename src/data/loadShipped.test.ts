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
import { loadShippedDataset } from './load';

const committed = readFileSync('public/data/dataset.json', 'utf8');

beforeEach(resetLoadCounts);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadShippedDataset', () => {
  beforeEach(() => {
    vi.stubGlobal('Worker', FakeWorker);
  });

  it('returns the parsed dataset before any worker starts, and validates it when asked', async () => {
    serve({ 'data/dataset.json': committed });
    const { dataset, verify } = await loadShippedDataset();
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(FakeWorker.started).toBe(0);
    expect(settledMarks()).toBe(0);
    await verify?.();
    expect(FakeWorker.started).toBe(1);
    expect(FakeWorker.terminated).toBe(1);
    expect(settledMarks()).toBe(1);
  });

  it('moves the bytes to the worker when the check starts, and checks them only once', async () => {
    const sent: ArrayBuffer[] = [];
    class RecordingWorker extends FakeWorker {
      override postMessage(request: DatasetRequest, transfer: Transferable[]) {
        sent.push(request.bytes);
        super.postMessage(request, transfer);
      }
    }
    vi.stubGlobal('Worker', RecordingWorker);
    serve({ 'data/dataset.json': committed });
    const { verify } = await loadShippedDataset();
    await verify?.();
    await verify?.();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.byteLength).toBe(0);
    expect(FakeWorker.started).toBe(1);
  });

  it('fetches the file again and checks it on the page when the worker fails to start', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const requested = serve({ 'data/dataset.json': committed });
    const { verify } = await loadShippedDataset();
    await verify?.();
    expect(requested).toEqual(['data/dataset.json', 'data/dataset.json']);
    expect(settledMarks()).toBe(1);
  });

  it('names the problems of the file fetched again when the worker fails to start', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const broken = JSON.parse(committed) as { events: { kind?: string }[] };
    if (broken.events[0] !== undefined) broken.events[0].kind = 'party';
    serve({ 'data/dataset.json': JSON.stringify(broken) });
    const { verify } = await loadShippedDataset();
    const error = await failureOf(verify?.() ?? Promise.resolve());
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('data/dataset.json does not match the dataset schema (1 problem)');
    expect(error.issues[0]?.path).toBe('events[0].kind');
    expect(settledMarks()).toBe(0);
  });

  it('rejects the later check with the schema problems of a file that only looks like a dataset', async () => {
    const broken = JSON.parse(committed) as { events: { title?: string }[] };
    delete broken.events[0]?.title;
    serve({ 'data/dataset.json': JSON.stringify(broken) });
    const { verify } = await loadShippedDataset();
    expect(verify).not.toBeNull();
    const error = await failureOf(verify?.() ?? Promise.resolve());
    expect(error.kind).toBe('invalid');
    expect(error.issues.some((issue) => issue.path.startsWith('events[0]'))).toBe(true);
  });

  it('validates first anything without the shape of a dataset, and says what is wrong', async () => {
    serve({ 'data/dataset.json': '{"events": 3}' });
    const error = await failureOf(loadShippedDataset());
    expect(error.kind).toBe('invalid');
    expect(FakeWorker.started).toBe(1);
  });
});
