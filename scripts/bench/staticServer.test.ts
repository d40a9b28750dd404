import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, serveStatic, type StaticServer } from './staticServer';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aidline-static-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1);');
  server = await serveStatic({ root, base: '/some/sub/folder/' });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('serves the folder under its sub-path on a loopback port', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/some\/sub\/folder\/$/);
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    const script = await fetch(`${server.url}assets/app.js?v=1`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toBe('console.log(1);');
  });

  it('redirects the folder without its slash and serves nothing outside it', async () => {
    const bare = await fetch(`${server.origin}/some/sub/folder`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/some/sub/folder/');
    expect((await fetch(`${server.origin}/index.html`)).status).toBe(404);
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });
});

describe('fileFor', () => {
  it('maps paths inside the base to files inside the root, and refuses the rest', () => {
    expect(fileFor('/srv', '/a/', '/a/')).toBe('/srv/index.html');
    expect(fileFor('/srv', '/a/', '/a/x/y.js?q=1')).toBe('/srv/x/y.js');
    expect(fileFor('/srv', '/a/', '/b/y.js')).toBeNull();
    expect(fileFor('/srv', '/a/', '/a/../../etc/passwd')).toBeNull();
    expect(fileFor('/srv', '/a/', '/a/%2e%2e/etc/passwd')).toBeNull();
    expect(fileFor('/srv', '/a/', '/a/%E0%A4%A')).toBeNull();
  });
});
