import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoadReferences, measureFirstLoad } from './buildSize';

const HTML = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
<link rel="stylesheet" crossorigin href="./assets/index-123.css">
<link rel="icon" href="./favicon.svg">
<script src="https://example.org/x.js"></script>
</head><body></body></html>`;

const ENTRY = 'import{a as b}from"./vendor-def.js";import"./shared-1.js";const l=()=>import("./lazy-9.js");';
const VENDOR = 'export const a=1;'.repeat(50);
const SHARED = 'console.log("shared");';
const LAZY = 'export default 1;'.repeat(500);
const CSS = 'body{margin:0}'.repeat(20);

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aidline-build-'));
  await mkdir(join(dir, 'assets'));
  const files: Record<string, string> = {
    'index.html': HTML,
    'assets/index-abc.js': ENTRY,
    'assets/vendor-def.js': VENDOR,
    'assets/shared-1.js': SHARED,
    'assets/lazy-9.js': LAZY,
    'assets/index-123.css': CSS,
  };
  for (const [path, text] of Object.entries(files)) await writeFile(join(dir, path), text);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('firstLoadReferences', () => {
  it('lists local scripts, module preloads and stylesheets, not icons or other origins', () => {
    expect(firstLoadReferences(HTML)).toEqual([
      { path: 'assets/index-abc.js', type: 'js' },
      { path: 'assets/vendor-def.js', type: 'js' },
      { path: 'assets/index-123.css', type: 'css' },
    ]);
  });
});

describe('measureFirstLoad', () => {
  it('adds statically imported chunks, leaves lazy ones out, and sums raw and gzip bytes', async () => {
    const load = await measureFirstLoad(dir);
    expect(load.files.map((f) => f.path)).toEqual([
      'assets/index-abc.js',
      'assets/vendor-def.js',
      'assets/index-123.css',
      'assets/shared-1.js',
    ]);
    const js = [ENTRY, VENDOR, SHARED];
    expect(load.js.raw).toBe(js.reduce((sum, t) => sum + Buffer.byteLength(t), 0));
    expect(load.js.gzip).toBe(js.reduce((sum, t) => sum + gzipSync(t).length, 0));
    expect(load.css).toEqual({ raw: CSS.length, gzip: gzipSync(CSS).length });
  });

  it('names a file index.html loads that is missing', async () => {
    await writeFile(join(dir, 'index.html'), '<script type="module" src="./assets/gone.js"></script>');
    await expect(measureFirstLoad(dir)).rejects.toThrow('index.html loads assets/gone.js');
    await writeFile(join(dir, 'index.html'), HTML);
  });
});
