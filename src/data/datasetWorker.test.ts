import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serve } from '../test/datasetServer';
import { shippedFilesText } from './shippedFiles';
import { checkDatasetBytes, parseRequest } from './datasetWorker';
import type { Dataset } from './schema';
import { encodeText } from './textFile';

const committed = readFileSync('public/data/dataset.json', 'utf8');
const columns = readFileSync('public/data/dataset.columns.json', 'utf8');
const textFile = readFileSync('public/data/dataset.text.json', 'utf8');
const URL = 'data/dataset.columns.json';
const TEXT = 'data/dataset.text.json';
const JSON_URL = 'data/dataset.json';
const withoutSources = JSON.stringify({
  ...(JSON.parse(columns) as object),
  collections: { ...(JSON.parse(columns) as { collections: object }).collections, sources: 3 },
});

const request = (text: string) => ({
  url: URL,
  bytes: new TextEncoder().encode(text).buffer,
  columns: true,
});

/** The dataset.json with one change made to it. */
function changed(change: (dataset: Dataset) => void): Dataset {
  const dataset = JSON.parse(committed) as Dataset;
  change(dataset);
  return dataset;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the check of a columns file and its text file', () => {
  it('validates the dataset the two files hold, the same as dataset.json, and reads nothing else', async () => {
    const requested = serve({ [TEXT]: textFile, [JSON_URL]: committed });
    const outcome = await parseRequest(request(columns));
    expect(outcome).toEqual({ ok: true, dataset: JSON.parse(committed) as unknown });
    expect(requested).toEqual([TEXT]);
  });

  /** What the check says of a dataset shipped as its two files: its message and the problems' paths. */
  async function schemaProblems(dataset: Parameters<typeof shippedFilesText>[0]) {
    const files = shippedFilesText(dataset);
    serve({ [TEXT]: files.text });
    const verdict = await checkDatasetBytes(request(files.columns));
    if (verdict.ok) return 'passed';
    return { message: verdict.error.message, paths: verdict.error.issues.map((issue) => issue.path) };
  }

  it('names the collection, item and field of each problem in the decoded dataset', async () => {
    const broken = changed((dataset) => {
      const amount = dataset.amounts[1];
      if (amount !== undefined) amount.donor = 'nobody';
      const event = dataset.events[4];
      if (event !== undefined) event.date = 'soon';
    });
    expect(await schemaProblems(broken)).toEqual({
      message: `${URL} with ${TEXT} do not match the dataset schema (1 problem)`,
      paths: ['events[4].date'],
    });
  });

  it('names the event and field of a problem in the text file', async () => {
    const broken = changed((dataset) => {
      const citation = dataset.events[2]?.citations[0];
      if (citation !== undefined) citation.quote = '';
    });
    expect(await schemaProblems(broken)).toEqual({
      message: `${URL} with ${TEXT} do not match the dataset schema (1 problem)`,
      paths: ['events[2].citations[0].quote'],
    });
  });

  it('names the text file and the field of a text file of this dataset laid out wrongly', async () => {
    const file = JSON.parse(textFile) as { summaries: string[] };
    file.summaries.pop();
    serve({ [TEXT]: JSON.stringify(file) });
    const verdict = await checkDatasetBytes(request(columns));
    expect(verdict).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        message: `${TEXT} is laid out wrongly: summaries has ${file.summaries.length} values for ${file.summaries.length + 1} events.`,
        issues: [],
      },
    });
  });

  it.each([
    ['missing', undefined],
    ['not JSON', textFile.slice(0, 50)],
    [
      'stale',
      JSON.stringify(
        encodeText(
          changed((d) => {
            for (const e of d.events) e.summary += '!';
          }),
        ),
      ),
    ],
    ['not a text file', columns],
  ])('validates dataset.json in its place when the text file is %s', async (_, text) => {
    const requested = serve({ ...(text === undefined ? {} : { [TEXT]: text }), [JSON_URL]: committed });
    const outcome = await parseRequest(request(columns));
    expect(outcome).toEqual({ ok: true, dataset: JSON.parse(committed) as unknown });
    expect(requested).toEqual([TEXT, JSON_URL]);
  });

  it('fails, naming both files, when the text file is missing and dataset.json holds other events', async () => {
    const other = changed((dataset) => {
      const event = dataset.events[0];
      if (event !== undefined) event.title = 'Another title';
    });
    serve({ [JSON_URL]: JSON.stringify(other) });
    const verdict = await checkDatasetBytes(request(columns));
    expect(verdict).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        message: `${TEXT} could not be read (HTTP 404), and ${JSON_URL} holds another version of the dataset than ${URL}.`,
        issues: [],
      },
    });
  });

  it('fails, naming both files, when neither the text file nor dataset.json can be read', async () => {
    serve({ [TEXT]: '{"format":"aidline-text","version":1,"key":"another"}' });
    const verdict = await checkDatasetBytes(request(columns));
    expect(verdict).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        message: `${TEXT} is stale: it holds the text of another version of the dataset, and ${JSON_URL} could not be read (HTTP 404).`,
        issues: [],
      },
    });
  });

  it('refuses dataset.json given as a columns file, and a file laid out wrongly, saying which', async () => {
    serve({ [TEXT]: textFile });
    const plain = await checkDatasetBytes(request(committed));
    expect(plain).toEqual({
      ok: false,
      error: { kind: 'invalid', message: `${URL} is not a dataset laid out in columns.`, issues: [] },
    });
    const wrong = await checkDatasetBytes(request(withoutSources));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok)
      expect(wrong.error.message).toBe(`${URL} is laid out wrongly: sources is not a table of columns.`);
  });

  it('reads the same file as dataset.json, unasked, as the dataset.json it is not', async () => {
    const verdict = await checkDatasetBytes({ url: URL, bytes: new TextEncoder().encode(columns).buffer });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.error.kind).toBe('invalid');
  });
});
