/** Scratch repository roots for tests and the fuzzer: the real sources, any annotation file. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset } from './compileDataset';
import { CompileError, formatProblem } from './problems';

export const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const COMPILE_FIXTURES = join(REPOSITORY, 'data/fixtures/compile');

/** A temp root holding a copy of data/ (sources and annotations); remove it with `removeRoot`. */
export function scratchRoot(annotationsFixture?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'aidline-compile-'));
  cpSync(join(REPOSITORY, 'data/sources'), join(root, 'data/sources'), { recursive: true });
  cpSync(
    annotationsFixture === undefined
      ? join(REPOSITORY, 'data/annotations.yaml')
      : join(COMPILE_FIXTURES, annotationsFixture),
    join(root, 'data/annotations.yaml'),
  );
  return root;
}

export function writeIn(root: string, file: string, text: string | Uint8Array): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

export function removeRoot(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** The formatted problems of a compile that must fail. */
export function problemsOf(root: string): string[] {
  try {
    compileDataset({ root });
  } catch (error) {
    if (error instanceof CompileError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected the compile to fail');
}
