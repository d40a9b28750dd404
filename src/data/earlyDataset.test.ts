import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prefetchShippedDataset } from './earlyDataset';
import { DatasetError, loadDataset, loadShippedDataset } from './load';

const committed = readFileSync('public/data/dataset.json', 'utf8');
const columns = readFileSync('public/data/dataset.columns.json', 'utf8');

/** Serves files by URL; anything else is a 404. Returns the URLs requested, in order. */
function serve(files: Record<string, string>): string[] {
  const requested: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: URL | string) => {
      const href = String(input);
      requested.push(href);
      const body = files[href];
      return Promise.resolve(
        body === undefined
          ? new Response('missing', { status: 404, statusText: 'Not Found' })
          : new Response(body, { status: 200 }),
      );
    }),
  );
  return requested;
}

beforeEach(() => {
  // Without workers the page validates a named file itself: what is fetched is all these tests look at.
  vi.stubGlobal('Worker', undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the early download of the bundled dataset', () => {
  it('fetches the columns file, taken by the first load of the bundled dataset; later loads fetch again', async () => {
    const requested = serve({ 'data/dataset.json': committed, 'data/dataset.columns.json': columns });
    prefetchShippedDataset('');
    expect(requested).toEqual(['data/dataset.columns.json']);
    const { dataset } = await loadShippedDataset();
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(requested).toHaveLength(1);
    await loadShippedDataset();
    expect(requested).toEqual(['data/dataset.columns.json', 'data/dataset.columns.json']);
  });

  it('is not made when the address names a file, which the app checks before fetching it', async () => {
    const requested = serve({ 'data/dataset.json': committed });
    prefetchShippedDataset('?dataset=https://elsewhere.example/x.json');
    expect(requested).toEqual([]);
    await loadDataset('data/dataset.json');
    expect(requested).toEqual(['data/dataset.json']);
  });

  it('reports the failure of dataset.json, loaded in its place, when the columns file is missing', async () => {
    const requested = serve({});
    prefetchShippedDataset('');
    const error: unknown = await loadShippedDataset().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).kind).toBe('http');
    expect((error as DatasetError).status).toBe(404);
    expect((error as DatasetError).message).toBe('Loading data/dataset.json failed with HTTP 404 Not Found.');
    expect(requested).toEqual(['data/dataset.columns.json', 'data/dataset.json']);
  });

  it('is left for the bundled dataset by the load of another file', async () => {
    const requested = serve({
      'data/dataset.json': committed,
      'data/dataset.columns.json': columns,
      'data/other.json': committed,
    });
    prefetchShippedDataset('');
    await loadDataset('data/other.json');
    expect(requested).toEqual(['data/dataset.columns.json', 'data/other.json']);
    await loadShippedDataset();
    expect(requested).toHaveLength(2);
  });
});
