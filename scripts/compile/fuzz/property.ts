/**
 * The compiler's safety property, checked on one set of inputs: whatever the inputs, the run either
 * writes a complete, valid dataset (exit 0) or writes nothing (exit 1, the old files byte for byte);
 * it never throws, leaves no temporary file, never touches its inputs, and every problem it prints is
 * located (file:line:col inside that file, and a field path).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateDataset } from '../../../src/data/validate';
import { runCompile } from '../cli';
import { DATASET_PATH, SCHEMA_PATH } from '../outputs';
import type { Inputs } from './mutations';

export const OLD_DATASET = '{ "old": "dataset" }\n';
export const OLD_SCHEMA = '{ "old": "schema" }\n';

export type Outcome = 'written' | 'refused' | 'strict-refused';

export interface CaseResult {
  outcome: Outcome;
  /** Broken promises; empty when the property holds. */
  violations: string[];
}

/** Replaces everything under `root/data` and `root/public` with the given inputs and the old outputs. */
export function prepareRoot(root: string, inputs: Inputs): void {
  rmSync(join(root, 'data'), { recursive: true, force: true });
  rmSync(join(root, 'public'), { recursive: true, force: true });
  mkdirSync(join(root, 'data/sources'), { recursive: true });
  mkdirSync(join(root, 'public/data'), { recursive: true });
  for (const [file, content] of inputs) {
    if (content === null) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  writeFileSync(join(root, DATASET_PATH), OLD_DATASET);
  writeFileSync(join(root, SCHEMA_PATH), OLD_SCHEMA);
}

const NOTICE = [
  /^$/,
  /^\d+ problem\(s\); nothing was written\.$/,
  /^--strict: \d+ warning\(s\); nothing was written\.$/,
];
/** `file:line:col path: message`, the path made of names, `[n]` and `["quoted keys"]`. */
const LOCATED = /^(?:warning: )?(.+?):(\d+):(\d+) ((?:[^\s[]|\[(?:\d+|"(?:[^"\\]|\\.)*")\])+): (.+)$/;

function lineCount(content: string | Uint8Array): { lines: string[] } {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  return { lines: text.split('\n') };
}

/** Problems that are not located inside an existing input (or the dataset, for app-validation issues). */
function unlocated(stderr: readonly string[], inputs: Inputs): string[] {
  const bad: string[] = [];
  for (const line of stderr.flatMap((l) => l.split('\n'))) {
    if (NOTICE.some((re) => re.test(line))) continue;
    const match = LOCATED.exec(line);
    if (!match) {
      bad.push(`unlocated message: ${line.slice(0, 200)}`);
      continue;
    }
    const [, file = '', lineText = '0', colText = '0', path = ''] = match;
    const row = Number(lineText);
    const col = Number(colText);
    if (file === DATASET_PATH && row === 1 && col === 1 && path.length > 0) continue;
    const content = inputs.get(file);
    if (content === null && row === 1 && col === 1) continue;
    if (content === undefined || content === null) {
      bad.push(`message names a file that is not an input: ${line.slice(0, 200)}`);
      continue;
    }
    const { lines } = lineCount(content);
    const rowText = lines[row - 1];
    if (row < 1 || rowText === undefined || col < 1 || col > rowText.length + 2)
      bad.push(`position ${row}:${col} is outside ${file} (${lines.length} lines): ${line.slice(0, 200)}`);
  }
  return bad;
}

function sameBytes(a: string | Uint8Array | null | undefined, b: Buffer): boolean {
  if (a === null || a === undefined) return false;
  return Buffer.compare(typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a), b) === 0;
}

export function checkCase(root: string, inputs: Inputs, strict: boolean): CaseResult {
  prepareRoot(root, inputs);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const violations: string[] = [];
  let status: number;
  try {
    status = runCompile(['--root', root, ...(strict ? ['--strict'] : [])], {
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
    });
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return {
      outcome: 'refused',
      violations: [`the compiler threw: ${message.split('\n').slice(0, 4).join(' | ')}`],
    };
  }

  // A run that compiles also writes the columns and text files and each source's text into
  // public/data/sources/; one that fails writes nothing.
  const outputs = readdirSync(join(root, 'public/data')).sort();
  const expected =
    status === 0
      ? 'dataset.columns.json,dataset.json,dataset.schema.json,dataset.text.json,sources'
      : 'dataset.json,dataset.schema.json';
  if (outputs.join(',') !== expected) violations.push(`public/data holds ${outputs.join(', ')}`);
  for (const [file, content] of inputs) {
    if (content === null) continue;
    if (!sameBytes(content, readFileSync(join(root, file))))
      violations.push(`the compiler changed its input ${file}`);
  }
  violations.push(...unlocated(stderr, inputs));

  const dataset = readFileSync(join(root, DATASET_PATH), 'utf8');
  const schema = readFileSync(join(root, SCHEMA_PATH), 'utf8');
  const strictRefusal = stderr.some((l) => l.startsWith('--strict:'));
  const outcome: Outcome = status === 0 ? 'written' : strictRefusal ? 'strict-refused' : 'refused';
  if (status === 0) {
    try {
      const parsed: unknown = JSON.parse(dataset);
      const validation = validateDataset(parsed);
      if (!validation.ok)
        violations.push(`the written dataset does not validate: ${validation.issues[0]?.message ?? ''}`);
      JSON.parse(schema);
    } catch (error) {
      violations.push(`a written file is not complete JSON: ${String(error)}`);
    }
  } else {
    if (status !== 1) violations.push(`exit status ${status}`);
    if (dataset !== OLD_DATASET || schema !== OLD_SCHEMA) violations.push('a failed run changed the outputs');
    const located = stderr.some((l) => LOCATED.test(l.split('\n')[0] ?? ''));
    if (!located) violations.push('a failed run printed no located problem');
  }
  return { outcome, violations };
}

/** The repository's inputs, read once: the two YAML files and every article text. */
export function readInputs(repository: string): { inputs: Inputs; files: string[] } {
  const inputs: Inputs = new Map();
  const files = ['data/annotations.yaml', 'data/sources/sources.yaml'];
  for (const name of readdirSync(join(repository, 'data/sources')).sort())
    if (name.endsWith('.txt')) files.push(`data/sources/${name}`);
  for (const file of files) inputs.set(file, readFileSync(join(repository, file), 'utf8'));
  return { inputs, files };
}
