import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { fileFor } from '../scripts/bench/staticServer';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface TwoFolders {
  origin: string;
  /** Sets the HTML of `/a/host.html`, the producer's page. */
  setHost: (html: string) => void;
  close: () => Promise<void>;
}

/**
 * One static host with two folders, as a newsroom's site would have: the built app under `/b/` and a
 * page of the producer's under `/a/`. Extra files (a generated dataset) are served under `/b/` too.
 */
export async function serveTwoFolders(dist: string, extra: Record<string, string> = {}): Promise<TwoFolders> {
  let host = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const send = (type: string, body: string) => res.writeHead(200, { 'Content-Type': type }).end(body);
    if (path === '/a/host.html') return void send(TYPES['.html'] ?? '', host);
    const added = extra[path];
    if (added !== undefined) return void send(TYPES['.json'] ?? '', added);
    const file = fileFor(dist, '/b/', path);
    void (file === null ? Promise.resolve(null) : stat(file).catch(() => null)).then((info) => {
      if (file === null || !info?.isFile()) return void res.writeHead(404).end('Not found');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setHost: (html) => {
      host = html;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
