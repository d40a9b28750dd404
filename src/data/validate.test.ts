import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseDataset, DatasetError, MAX_DATASET_PARAM_LENGTH, parseDataset } from './load';
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

  it('rejects figures that are parts of each other, naming each in the loop', () => {
    const broken = valid() as unknown as { amounts: { id: string; partOf?: string | null }[] };
    const [a, b, c] = broken.amounts;
    if (a === undefined || b === undefined || c === undefined) throw new Error('too few amounts');
    [a.partOf, b.partOf, c.partOf] = [b.id, c.id, a.id];
    const issues = issuesOf(broken).filter((issue) => issue.path.endsWith('.partOf'));
    expect(issues).toEqual([
      { path: 'amounts[0].partOf', message: `"${a.id}" is part of itself through "${b.id}" and "${c.id}"` },
      { path: 'amounts[1].partOf', message: `"${b.id}" is part of itself through "${c.id}" and "${a.id}"` },
      { path: 'amounts[2].partOf', message: `"${c.id}" is part of itself through "${a.id}" and "${b.id}"` },
    ]);
  });

  it('accepts a chain of parts that ends', () => {
    const chained = valid() as unknown as { amounts: { id: string; partOf?: string | null }[] };
    const [a, b] = chained.amounts;
    if (a === undefined || b === undefined) throw new Error('too few amounts');
    a.partOf = b.id;
    b.partOf = null;
    expect(validateDataset(chained).ok).toBe(true);
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

describe('chooseDataset', () => {
  it('loads the bundled dataset by default', () => {
    expect(chooseDataset('')).toEqual({ url: 'data/dataset.json', refused: null });
  });

  it('accepts a relative JSON path beside the app', () => {
    expect(chooseDataset('?dataset=bench/data/10k.json')).toEqual({
      url: 'bench/data/10k.json',
      refused: null,
    });
    expect(chooseDataset('?dataset=./mine.json').url).toBe('./mine.json');
  });

  it.each([
    [
      'https://evil.example/x.json',
      'it is a full address (https:), and only files beside the app are loaded',
    ],
    [
      'javascript:alert(1).json',
      'it is a full address (javascript:), and only files beside the app are loaded',
    ],
    ['//evil', 'it starts with //, which points to another site'],
    ['//evil.example/x.json', 'it starts with //, which points to another site'],
    ['\\\\evil\\x.json', 'it starts with \\\\, which points to another site'],
    ['../../etc/passwd', "it leaves the app's folder with .."],
    ['data/../../secret.json', "it leaves the app's folder with .."],
    ['/abs.json', 'it starts with /; give a path relative to the app, such as data/mine.json'],
    ['x.JSON', 'its extension must be .json, in lower case'],
    ['x.js', 'it does not name a .json file'],
    ['data/', 'it does not name a .json file'],
    ['.json', 'it does not name a .json file'],
    ['a b.json', 'it contains a space; only letters, digits, -, _, . and / are allowed'],
    ['%2e%2e/x.json', 'it contains “%”; only letters, digits, -, _, . and / are allowed'],
    ['x.json?y=1', 'it contains “?”; only letters, digits, -, _, . and / are allowed'],
    ['a\u0000b.json', 'it contains U+0000; only letters, digits, -, _, . and / are allowed'],
    ['data//x.json', 'it contains //, an empty folder name'],
    ['', 'it is empty'],
    [
      'a'.repeat(MAX_DATASET_PARAM_LENGTH) + '.json',
      `it is longer than ${MAX_DATASET_PARAM_LENGTH} characters`,
    ],
  ])('refuses %j and says why, loading the bundled dataset instead', (value, reason) => {
    expect(chooseDataset(`?dataset=${encodeURIComponent(value)}`)).toEqual({
      url: 'data/dataset.json',
      refused: { value, reason },
    });
  });
});
