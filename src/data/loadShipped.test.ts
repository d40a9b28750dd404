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
import { shippedFilesText } from './shippedFiles';
import type { DatasetRequest } from './datasetWorker';
import { leanOf, textOfEvents, withText } from './eventText';
import { loadShippedDataset } from './load';
import type { Dataset } from './schema';

const committed = readFileSync('public/data/dataset.json', 'utf8');
const columns = readFileSync('public/data/dataset.columns.json', 'utf8');
const textFile = readFileSync('public/data/dataset.text.json', 'utf8');
const COLUMNS = 'data/dataset.columns.json';
const TEXT = 'data/dataset.text.json';
const whole = () => JSON.parse(committed) as Dataset;

beforeEach(resetLoadCounts);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadShippedDataset, from dataset.json where there is no columns file', () => {
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
    expect(requested).toEqual([COLUMNS, 'data/dataset.json', 'data/dataset.json']);
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

describe('loadShippedDataset, from the columns file', () => {
  beforeEach(() => {
    vi.stubGlobal('Worker', FakeWorker);
  });

  it('draws the columns file alone, dataset.json without its text, and verifies it with the text later', async () => {
    const requested = serve({ [COLUMNS]: columns, [TEXT]: textFile, 'data/dataset.json': committed });
    const { dataset, text, verify } = await loadShippedDataset();
    expect(dataset).toStrictEqual(leanOf(whole()));
    expect(text.current()).toEqual({ status: 'idle' });
    expect(requested).toEqual([COLUMNS]);
    expect(FakeWorker.started).toBe(0);
    await verify?.();
    expect(FakeWorker.started).toBe(1);
    expect(FakeWorker.terminated).toBe(1);
    expect(settledMarks()).toBe(1);
    // The worker read the text file to validate the whole dataset; the page has not kept it.
    expect(requested).toEqual([COLUMNS, TEXT]);
    expect(text.current()).toEqual({ status: 'idle' });
  });

  it('reads the events’ text when first asked, once, and it is the text of dataset.json', async () => {
    const requested = serve({ [COLUMNS]: columns, [TEXT]: textFile });
    const { dataset, text } = await loadShippedDataset();
    const loading = text.load();
    expect(text.current()).toEqual({ status: 'loading' });
    const loaded = await loading;
    await text.load();
    expect(text.current()).toEqual({ status: 'ready', text: loaded });
    expect(withText(dataset, loaded)).toStrictEqual(whole());
    expect(requested).toEqual([COLUMNS, TEXT]);
  });

  it.each([
    ['missing', {}],
    ['a web page', { [COLUMNS]: { body: '<!doctype html><title>app</title>', type: 'text/html' } }],
    ['not laid out in columns', { [COLUMNS]: committed }],
    ['of another version', { [COLUMNS]: columns.replace('"version":2', '"version":99') }],
    ['not JSON', { [COLUMNS]: columns.slice(0, 100) }],
    [
      'laid out wrongly',
      { [COLUMNS]: JSON.stringify({ ...JSON.parse(columns), collections: { events: 3 } }) },
    ],
  ])('falls back to dataset.json, with no error, when the columns file is %s', async (_, files) => {
    const requested = serve({ ...files, 'data/dataset.json': committed });
    const { dataset, text, verify } = await loadShippedDataset();
    expect(dataset).toStrictEqual(whole());
    expect(text.current()).toEqual({ status: 'ready', text: textOfEvents(whole().events) });
    expect(requested).toEqual([COLUMNS, 'data/dataset.json']);
    await verify?.();
    expect(settledMarks()).toBe(1);
  });

  it('names the collection, item and field of a problem the worker finds in what was drawn', async () => {
    const broken = JSON.parse(committed) as Dataset;
    const third = broken.events[2];
    if (third !== undefined) (third as { kind: string }).kind = 'party';
    const files = shippedFilesText(broken);
    serve({ [COLUMNS]: files.columns, [TEXT]: files.text });
    const { dataset, verify } = await loadShippedDataset();
    expect(dataset.events[2]?.kind).toBe('party');
    const error = await failureOf(verify?.() ?? Promise.resolve());
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(`${COLUMNS} with ${TEXT} do not match the dataset schema (1 problem)`);
    expect(error.issues.map((issue) => issue.path)).toEqual(['events[2].kind']);
    expect(settledMarks()).toBe(0);
  });

  it('fetches the columns file again and checks it on the page when the worker fails to start', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const broken = JSON.parse(committed) as Dataset;
    broken.events[0]?.actors.splice(0, 1, 'nobody');
    const files = shippedFilesText(broken);
    const requested = serve({ [COLUMNS]: files.columns, [TEXT]: files.text });
    const { verify } = await loadShippedDataset();
    const error = await failureOf(verify?.() ?? Promise.resolve());
    expect(requested).toEqual([COLUMNS, COLUMNS, TEXT]);
    expect(error.issues[0]).toEqual({ path: 'events[0].actors[0]', message: 'unknown actor "nobody"' });
  });
});
