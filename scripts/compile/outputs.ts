import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { shippedFilesText } from '../../src/data/shippedFiles';
import { datasetSchema, type Dataset } from '../../src/data/schema';

export const DATASET_PATH = 'public/data/dataset.json';
export const SCHEMA_PATH = 'public/data/dataset.schema.json';
/** What the app loads: the dataset of DATASET_PATH laid out in columns (src/data/columns.ts). */
export const COLUMNS_PATH = 'public/data/dataset.columns.json';
/** Its events' summaries and quotes, which the columns file leaves out: the app reads them on demand. */
export const TEXT_PATH = 'public/data/dataset.text.json';

/** Pretty-printed with two spaces and a trailing newline; key order is the schema's, so bytes are stable. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The published JSON Schema of a dataset, generated from the same zod schema as the app's types.
 * `io: 'input'` describes what a producer writes; refinements zod cannot express (end > start) are
 * checked by the app, and `unrepresentable: 'any'` keeps generation from failing on them.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
}

export function serializeDataset(dataset: Dataset): string {
  return serializeJson(dataset);
}

/**
 * The columns file and the text file of a published dataset.json's text, read back from that text so
 * they hold exactly what the published file does. Each is written on one line: nobody reads them but
 * the app.
 */
export function serializeShippedFiles(datasetText: string): { columns: string; text: string } {
  return shippedFilesText(JSON.parse(datasetText) as Dataset);
}

/**
 * Writes each file next to its target, then renames them all over their targets, so a reader never
 * sees a half-written file and a failure while writing leaves every target as it was. Directories are
 * created as needed.
 */
export function writeFilesAtomic(files: readonly { path: string; text: string }[]): void {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const { path, text } of files) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.aidline-tmp-${process.pid}-${basename(path)}`);
      staged.push({ temp, path });
      writeFileSync(temp, text, 'utf8');
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  // A rename within one directory does not fail once the file is written; if one does, drop the rest.
  try {
    for (const { temp, path } of staged) renameSync(temp, path);
  } finally {
    for (const { temp } of staged) rmSync(temp, { force: true });
  }
}

/** One file, written atomically. */
export function writeFileAtomic(path: string, text: string): void {
  writeFilesAtomic([{ path, text }]);
}

export function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The first line where two texts differ, for a readable --check message. */
export function firstDifference(
  expected: string,
  actual: string,
): { line: number; expected: string; actual: string } | null {
  if (expected === actual) return null;
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return { line: i + 1, expected: a[i] ?? '(end of file)', actual: b[i] ?? '(end of file)' };
  }
  return null;
}
