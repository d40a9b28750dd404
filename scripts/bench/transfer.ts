import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ServedFile } from './staticServer';

export type FileType = 'js' | 'css' | 'font' | 'data' | 'other';
export const FILE_TYPES: readonly FileType[] = ['js', 'css', 'font', 'data', 'other'];

export interface TypeBytes {
  raw: number;
  /** What the same files weigh gzipped (zlib, default level), as a static host compresses them. */
  gzip: number;
  files: number;
}

export type Transfer = Record<FileType, TypeBytes>;

/**
 * Folders whose files are data whatever their format: the app's data/ (the build's, or a deployment's
 * under shipped/<size>/) and the generated files in bench-data/.
 */
const DATA_FOLDER = /(^|\/)(data|bench-data)\//;

/** What a served file is: by its extension, and anything under a data folder is data (JSON or not). */
export function fileType(path: string): FileType {
  const ext = extname(path).toLowerCase();
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.woff2' || ext === '.woff' || ext === '.ttf') return 'font';
  if (ext === '.json' || DATA_FOLDER.test(path)) return 'data';
  return 'other';
}

/**
 * Every byte of a transfer: JavaScript and CSS gzipped (as a static host sends them), fonts, data and
 * everything else (the HTML page, icons) as served, uncompressed.
 */
export function allBytes(t: Transfer): number {
  return t.js.gzip + t.css.gzip + t.font.raw + t.data.raw + t.other.raw;
}

/** The files asked for up to `until` (`Date.now()` clock), by type, each counted once. */
export function servedBefore(served: readonly ServedFile[], until: number): Map<string, FileType> {
  const files = new Map<string, FileType>();
  for (const file of served) if (file.at <= until) files.set(file.path, fileType(file.path));
  return files;
}

/** Sizes raw and gzipped of the files of a build folder, read once each. */
export class SizeCache {
  private readonly sizes = new Map<string, { raw: number; gzip: number }>();
  constructor(private readonly root: string) {}

  async of(path: string): Promise<{ raw: number; gzip: number }> {
    const known = this.sizes.get(path);
    if (known !== undefined) return known;
    const bytes = await readFile(resolve(this.root, path));
    const size = { raw: bytes.length, gzip: gzipSync(bytes).length };
    this.sizes.set(path, size);
    return size;
  }
}

/** Totals by type of every file a page and its workers asked for before `until`. */
export async function transferBefore(
  served: readonly ServedFile[],
  until: number,
  sizes: SizeCache,
): Promise<Transfer> {
  const totals = Object.fromEntries(FILE_TYPES.map((t) => [t, { raw: 0, gzip: 0, files: 0 }])) as Transfer;
  for (const [path, type] of servedBefore(served, until)) {
    const size = await sizes.of(path);
    totals[type].raw += size.raw;
    totals[type].gzip += size.gzip;
    totals[type].files += 1;
  }
  return totals;
}
