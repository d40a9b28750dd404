import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** One file the server sent: its path under the served folder, when it was asked for, and its size. */
export interface ServedFile {
  /** Path relative to the served folder, with forward slashes. */
  path: string;
  /** `Date.now()` when the request arrived. */
  at: number;
  bytes: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The address of the folder: origin + base, ending in a slash. */
  url: string;
  /** Every file sent so far, in the order asked for: what a page and all its workers fetched. */
  served: ServedFile[];
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  /** The folder to serve. */
  root: string;
  /** The path it is served under, such as `/some/sub/folder/`: nothing is served outside it. */
  base: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Headers added to every file sent (such as the ones that isolate a page across origins). */
  headers?: Record<string, string>;
}

function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The file a request path names inside `root`, or null when it is outside the base or the root. */
export function fileFor(root: string, base: string, requestPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(requestPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (!path.startsWith(base) || path.includes('\0')) return null;
  const relative = path.slice(base.length);
  const absoluteRoot = resolve(root);
  const file = resolve(
    absoluteRoot,
    relative === '' || relative.endsWith('/') ? join(relative, 'index.html') : relative,
  );
  return file === absoluteRoot || file.startsWith(absoluteRoot + sep) ? file : null;
}

async function respond(
  options: StaticServerOptions & { base: string; served: ServedFile[] },
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { root, base } = options;
  const at = Date.now();
  const url = req.url ?? '/';
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (`${url.split('?')[0] ?? ''}/` === base) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  const file = fileFor(root, base, url);
  const info = file === null ? null : await stat(file).catch(() => null);
  if (file === null || !info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    ...options.headers,
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
  });
  if (req.method === 'GET')
    options.served.push({ path: relative(resolve(root), file).split(sep).join('/'), at, bytes: info.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/** Serves a folder read-only from a sub-path on the loopback interface, as a static host would. */
export async function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const base = normalizeBase(options.base);
  const served: ServedFile[] = [];
  const server = createServer((req, res) => {
    respond({ ...options, base, served }, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(error instanceof Error ? error.message : 'Internal error');
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    served,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
