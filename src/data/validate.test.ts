import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError, datasetUrlFromLocation, parseDataset } from './load';
import { validateDataset } from './validate';

const committed = readFileSync('public/data/dataset.json', 'utf8');
const valid = (): Record<string, unknown> & { events: Record<string, unknown>[] } =>
  JSON.parse(committed) as Record<string, unknown> & { events: Record<string, unknown>[] };

function issuesOf(json: unknown) {
  const result = validateDataset(json);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.issues;
}

describe('validateDataset', () => {
  it('accepts the committed dataset', () => {
    const result = validateDataset(valid());
    expect(result.ok).toBe(true);
  });

  it('names the JSON path of a missing field', () => {
    const broken = valid();
    delete broken.events[0]?.title;
    expect(issuesOf(broken)).toContainEqual({
      path: 'events[0].title',
      message: expect.any(String) as string,
    });
  });

  it('names the JSON path of a malformed date', () => {
    const broken = valid();
    if (broken.events[1]) broken.events[1].date = '28/09/2023';
    const issues = issuesOf(broken);
    expect(issues[0]?.path).toBe('events[1].date');
    expect(issues[0]?.message).toMatch(/YYYY/);
  });

  it('rejects an unknown schema version at the root field', () => {
    expect(issuesOf({ ...valid(), schemaVersion: 2 })[0]?.path).toBe('schemaVersion');
  });

  it('rejects references to unknown actors and duplicate ids', () => {
    const broken = valid();
    const first = broken.events[0] as { actors: string[]; id: string };
    first.actors = [...first.actors, 'nobody'];
    const second = broken.events[1] as { id: string };
    second.id = first.id;
    const paths = issuesOf(broken).map((i) => `${i.path}: ${i.message}`);
    expect(paths).toContain(`events[0].actors[${String(first.actors.length - 1)}]: unknown actor "nobody"`);
    expect(paths).toContain(`events[1].id: duplicate id "${first.id}"`);
  });

  it('rejects something that is not a dataset at all', () => {
    expect(issuesOf([1, 2, 3])[0]?.path).toBe('(root)');
  });
});

describe('parseDataset', () => {
  it('returns a typed dataset for valid text', async () => {
    const dataset = await parseDataset(committed);
    expect(dataset.schemaVersion).toBe(1);
    expect(dataset.events.length).toBeGreaterThan(0);
  });

  it('reports invalid JSON with the parser message', async () => {
    await expect(parseDataset('{"schemaVersion": 1,', 'x.json')).rejects.toThrow(/x\.json is not valid JSON/);
  });

  it('carries the validation issues on the error', async () => {
    const error: unknown = await parseDataset(JSON.stringify({ schemaVersion: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    const e = error as DatasetError;
    expect(e.kind).toBe('invalid');
    expect(e.message).toBe('data/dataset.json does not match the dataset schema (6 problems)');
    expect(e.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['title', 'sources', 'actors', 'events', 'amounts', 'flags']),
    );
  });
});

describe('datasetUrlFromLocation', () => {
  it('loads the bundled dataset by default', () => {
    expect(datasetUrlFromLocation('')).toBe('data/dataset.json');
  });
  it('accepts a relative JSON path beside the app', () => {
    expect(datasetUrlFromLocation('?dataset=bench/data/10k.json')).toBe('bench/data/10k.json');
  });
  it.each([
    'https://evil.example/x.json',
    '//evil.example/x.json',
    '../secret.json',
    '/abs.json',
    'x.js',
    'a b.json',
  ])('ignores %s', (value) => {
    expect(datasetUrlFromLocation(`?dataset=${encodeURIComponent(value)}`)).toBe('data/dataset.json');
  });
});
