import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeColumns } from './columns';
import { checkDatasetBytes, parseDatasetBytes } from './datasetWorker';
import type { Dataset } from './schema';

const committed = readFileSync('public/data/dataset.json', 'utf8');
const columns = readFileSync('public/data/dataset.columns.json', 'utf8');
const URL = 'data/dataset.columns.json';
const withoutSources = JSON.stringify({
  ...(JSON.parse(columns) as object),
  collections: { ...(JSON.parse(columns) as { collections: object }).collections, sources: 3 },
});

const request = (text: string) => ({
  url: URL,
  bytes: new TextEncoder().encode(text).buffer,
  columns: true,
});

describe('the check of a columns file', () => {
  it('validates the dataset the file holds, the same as dataset.json', () => {
    const outcome = parseDatasetBytes(request(columns));
    expect(outcome).toEqual({ ok: true, dataset: JSON.parse(committed) as unknown });
  });

  it('names the collection, item and field of each problem in the decoded dataset', () => {
    const broken = JSON.parse(committed) as Dataset;
    const amount = broken.amounts[1];
    if (amount !== undefined) amount.donor = 'nobody';
    const event = broken.events[4];
    if (event !== undefined) event.date = 'soon';
    const verdict = checkDatasetBytes(request(JSON.stringify(encodeColumns(broken))));
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.error.message).toBe(`${URL} does not match the dataset schema (1 problem)`);
    expect(verdict.error.issues.map((issue) => issue.path)).toEqual(['events[4].date']);
  });

  it('refuses dataset.json given as a columns file, and a file laid out wrongly, saying which', () => {
    const plain = checkDatasetBytes(request(committed));
    expect(plain).toEqual({
      ok: false,
      error: { kind: 'invalid', message: `${URL} is not a dataset laid out in columns.`, issues: [] },
    });
    const wrong = checkDatasetBytes(request(withoutSources));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok)
      expect(wrong.error.message).toBe(`${URL} is laid out wrongly: sources is not a table of columns.`);
  });

  it('reads the same file as dataset.json, unasked, as the dataset.json it is not', () => {
    const verdict = checkDatasetBytes({ url: URL, bytes: new TextEncoder().encode(columns).buffer });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.error.kind).toBe('invalid');
  });
});
