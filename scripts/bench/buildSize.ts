import { readFile } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoadFile {
  /** Path relative to the build folder, with forward slashes. */
  path: string;
  type: 'js' | 'css';
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  files: FirstLoadFile[];
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
// Static imports of a bundled chunk: `import{a as b}from"./x.js"` or `import"./x.js"`; not `import("./x.js")`.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) map.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return map;
}

/** Local scripts, module preloads and stylesheets an HTML page names, as paths relative to its folder. */
export function firstLoadReferences(html: string): { path: string; type: 'js' | 'css' }[] {
  const found: { path: string; type: 'js' | 'css' }[] = [];
  for (const m of html.matchAll(TAG)) {
    const attrs = attributes(m[2] ?? '');
    const tag = (m[1] ?? '').toLowerCase();
    const rel = attrs.get('rel')?.toLowerCase();
    let url: string | undefined;
    let type: 'js' | 'css' | undefined;
    if (tag === 'script') [url, type] = [attrs.get('src'), 'js'];
    else if (rel === 'modulepreload') [url, type] = [attrs.get('href'), 'js'];
    else if (rel === 'stylesheet') [url, type] = [attrs.get('href'), 'css'];
    if (url === undefined || type === undefined || /^[a-z]+:|^\/\//i.test(url)) continue;
    found.push({ path: posix.normalize(url.replace(/^\.\//, '').replace(/^\//, '')), type });
  }
  return found;
}

/**
 * What the built index.html loads before anything else: its scripts, module preloads and stylesheets, and
 * the chunks those scripts import statically, with their sizes raw and gzipped (zlib, default level).
 */
export async function measureFirstLoad(distDir: string): Promise<FirstLoad> {
  const html = await readFile(resolve(distDir, 'index.html'), 'utf8');
  const queue = firstLoadReferences(html);
  const files: FirstLoadFile[] = [];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || seen.has(next.path)) continue;
    seen.add(next.path);
    const bytes = await readFile(resolve(distDir, next.path)).catch(() => {
      throw new Error(`index.html loads ${next.path}, which is not in the build folder.`);
    });
    files.push({ ...next, raw: bytes.length, gzip: gzipSync(bytes).length });
    if (next.type !== 'js') continue;
    for (const m of bytes.toString('utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) queue.push({ path: posix.join(posix.dirname(next.path), spec), type: 'js' });
    }
  }
  const total = (type: 'js' | 'css') =>
    files
      .filter((f) => f.type === type)
      .reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { files, js: total('js'), css: total('css') };
}
