/** The article file: read as UTF-8, and placed in data/sources/ under a new name or an existing one. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SOURCES_DIR } from '../compile/unlistedSources';
import { AddError } from './addError';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readArticle(path: string): { bytes: Buffer; text: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AddError(`${path}: cannot be read (does it exist?)`);
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new AddError(`${path}: is not UTF-8 text; save it as UTF-8 and add it again`);
  }
  if (text.trim() === '') throw new AddError(`${path}: is empty`);
  return { bytes, text };
}

/** `NNN_<first 16 hex digits of the text's SHA-256>.txt`, NNN one more than the highest number in use. */
export function sourceFileName(existing: readonly string[], bytes: Uint8Array): string {
  const numbers = existing
    .map((name) => /^(\d{3,})_/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined);
  const next = numbers.length === 0 ? 0 : Math.max(...numbers.map(Number)) + 1;
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return `${String(next).padStart(3, '0')}_${hash}.txt`;
}

/** Where the article lives in data/sources/: itself, an identical copy, or a new name. */
export function placeArticle(root: string, file: string, bytes: Buffer): { path: string; isNew: boolean } {
  const dir = join(root, SOURCES_DIR);
  const inside = relative(dir, resolve(file));
  if (!inside.startsWith('..') && !inside.includes('/') && inside.endsWith('.txt'))
    return { path: `${SOURCES_DIR}/${inside}`, isNew: false };
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  } catch {
    names = [];
  }
  const same = names.find((name) => readFileSync(join(dir, name)).equals(bytes));
  if (same !== undefined) return { path: `${SOURCES_DIR}/${same}`, isNew: false };
  return { path: `${SOURCES_DIR}/${sourceFileName(names, bytes)}`, isNew: true };
}

export function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
