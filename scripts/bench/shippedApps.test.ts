import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeColumns, isColumnsFile } from '../../src/data/columns';
import { withText } from '../../src/data/eventText';
import { decodeText, type TextFile } from '../../src/data/textFile';
import { serializeShippedFiles } from '../compile/outputs';
import { AIDLINE, AIDLINE_OWN_FILE } from './aidlineTarget';
import { generateDataset } from './generate';
import {
  deployShippedApps,
  linkedFromBuild,
  linkedFromData,
  proveDataset,
  shippedAppDir,
  shippedAppPage,
} from './shippedApps';
import { serveStatic, type StaticServer } from './staticServer';

const small = JSON.stringify(generateDataset({ events: 40, seed: 1 }));

describe('the folder layout of a deployment', () => {
  it('puts each generated size in its own folder, and opens the seed data from the build itself', () => {
    expect(shippedAppDir('100k')).toBe('shipped/100k');
    expect(shippedAppPage('100k')).toBe('shipped/100k/index.html');
    expect(shippedAppPage('seed')).toBe('index.html');
  });

  it('links all of the build but its data and the deployments, and all of its data but the dataset', () => {
    expect(linkedFromBuild(['assets', 'data', 'embed.html', 'index.html', 'bench-data', 'shipped'])).toEqual([
      'assets',
      'embed.html',
      'index.html',
      'bench-data',
    ]);
    expect(
      linkedFromData([
        'dataset.columns.json',
        'dataset.json',
        'dataset.schema.json',
        'dataset.text.json',
        'sources',
      ]),
    ).toEqual(['dataset.schema.json', 'sources']);
  });
});

describe('the pages the bench opens', () => {
  const server = { url: 'http://127.0.0.1:9/aidline/bench/app/' } as StaticServer;

  it('opens Aidline deployed with the dataset as its own, without ?dataset=', () => {
    expect(AIDLINE.url(server, '100k')).toBe('http://127.0.0.1:9/aidline/bench/app/shipped/100k/index.html');
    expect(AIDLINE.url(server, 'seed')).toBe('http://127.0.0.1:9/aidline/bench/app/index.html');
  });

  it('names the generated file with ?dataset= for the visitor’s-own-file row', () => {
    expect(AIDLINE_OWN_FILE.url(server, '10k')).toBe(
      'http://127.0.0.1:9/aidline/bench/app/index.html?dataset=bench-data/10k.json',
    );
  });
});

describe('proveDataset', () => {
  it('accepts a generated dataset the app’s validator accepts', () => {
    expect(() => {
      proveDataset('40', small);
    }).not.toThrow();
  });

  it('refuses, naming the size and the first problems, a dataset the app would reject', () => {
    const broken = JSON.parse(small) as { events: { date: string }[] };
    const first = broken.events[0];
    if (first !== undefined) first.date = 'soon';
    expect(() => {
      proveDataset('1k', JSON.stringify(broken));
    }).toThrow(/^The generated 1k dataset does not validate.*events\[0\]\.date/);
    expect(() => {
      proveDataset('10k', '{"events": [');
    }).toThrow(/^The generated 10k dataset is not JSON/);
  });
});

describe('deployShippedApps', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'aidline-shipped-'));
    await mkdir(join(root, 'assets'));
    await mkdir(join(root, 'data', 'sources'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>build</title>');
    await writeFile(join(root, 'assets', 'index-x.js'), 'export {};');
    await writeFile(join(root, 'data', 'dataset.json'), '{"shipped": true}');
    await writeFile(join(root, 'data', 'dataset.columns.json'), '{"shipped": "columns"}');
    await writeFile(join(root, 'data', 'dataset.text.json'), '{"shipped": "text"}');
    await writeFile(join(root, 'data', 'sources', 'a.txt'), 'article');
    await deployShippedApps(root, new Map([['1k', small]]));
    // A second run replaces the first.
    await deployShippedApps(root, new Map([['1k', small]]));
    server = await serveStatic({ root, base: '/app/' });
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves the build’s page, code and sources with the generated file as the app’s dataset', async () => {
    const get = async (path: string) => (await fetch(`${server.url}${path}`)).text();
    expect(await get('shipped/1k/index.html')).toBe('<!doctype html><title>build</title>');
    expect(await get('shipped/1k/assets/index-x.js')).toBe('export {};');
    expect(await get('shipped/1k/data/sources/a.txt')).toBe('article');
    expect(await get('shipped/1k/data/dataset.json')).toBe(small);
    expect(await readFile(join(root, 'data', 'dataset.json'), 'utf8')).toBe('{"shipped": true}');
  });

  it('serves beside it the columns and text files the compiler writes for it, which hold the same dataset', async () => {
    const columns = await (await fetch(`${server.url}shipped/1k/data/dataset.columns.json`)).text();
    const text = await (await fetch(`${server.url}shipped/1k/data/dataset.text.json`)).text();
    expect({ columns, text }).toEqual(serializeShippedFiles(small));
    const file: unknown = JSON.parse(columns);
    if (!isColumnsFile(file)) throw new Error('not a columns file');
    const lean = decodeColumns(file);
    expect(withText(lean, decodeText(JSON.parse(text) as TextFile, lean))).toEqual(JSON.parse(small));
    expect(await readFile(join(root, 'data', 'dataset.columns.json'), 'utf8')).toBe('{"shipped": "columns"}');
    expect(await readFile(join(root, 'data', 'dataset.text.json'), 'utf8')).toBe('{"shipped": "text"}');
  });

  it('writes nothing when a dataset does not validate', async () => {
    await expect(deployShippedApps(root, new Map([['10k', '[]']]))).rejects.toThrow(/10k dataset does not/);
    expect((await fetch(`${server.url}shipped/1k/index.html`)).status).toBe(200);
  });
});
