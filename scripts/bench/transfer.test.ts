import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBytes, fileType, SizeCache, transferBefore } from './transfer';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aidline-transfer-'));
  await writeFile(join(root, 'a.js'), 'x'.repeat(1000));
  await writeFile(join(root, 'w.js'), 'y'.repeat(500));
  await writeFile(join(root, 'd.json'), '{"events":[]}');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('fileType', () => {
  it('sorts files by what they are', () => {
    expect(fileType('assets/index-x.js')).toBe('js');
    expect(fileType('assets/inter.woff2')).toBe('font');
    expect(fileType('bench-data/1k.json')).toBe('data');
    expect(fileType('assets/index.CSS')).toBe('css');
    expect(fileType('favicon.svg')).toBe('other');
    expect(fileType('index.html')).toBe('other');
  });

  it('counts anything in a data folder as data, whatever its format', () => {
    expect(fileType('data/dataset.columns.bin')).toBe('data');
    expect(fileType('data/sources/article.txt')).toBe('data');
    expect(fileType('bench-data/100k.ndjson')).toBe('data');
    expect(fileType('shipped/100k/data/dataset.columns.bin')).toBe('data');
    expect(fileType('shipped/100k/assets/index-x.js')).toBe('js');
    expect(fileType('assets/data.svg')).toBe('other');
  });
});

describe('transferBefore', () => {
  it('counts each file asked for up to the moment once, and nothing asked for later', async () => {
    const served = [
      { path: 'a.js', at: 10, bytes: 1000 },
      { path: 'd.json', at: 20, bytes: 13 },
      { path: 'a.js', at: 25, bytes: 1000 },
      { path: 'w.js', at: 31, bytes: 500 },
    ];
    const transfer = await transferBefore(served, 30, new SizeCache(root));
    expect(transfer.js).toMatchObject({ raw: 1000, files: 1 });
    expect(transfer.js.gzip).toBeGreaterThan(0);
    expect(transfer.js.gzip).toBeLessThan(1000);
    expect(transfer.data).toMatchObject({ raw: 13, files: 1 });
    expect(transfer.font).toEqual({ raw: 0, gzip: 0, files: 0 });
  });
});

describe('allBytes', () => {
  it('adds JavaScript and CSS gzipped to fonts, data and other files as served', () => {
    const bytes = (raw: number, gzip: number) => ({ raw, gzip, files: 1 });
    expect(
      allBytes({
        js: bytes(1000, 300),
        css: bytes(200, 50),
        font: bytes(40, 39),
        data: bytes(7000, 900),
        other: bytes(2, 1),
      }),
    ).toBe(300 + 50 + 40 + 7000 + 2);
  });
});
