/**
 * The compiler's command line, as a function of its arguments and output streams so tests can run it
 * in-process. Nothing is written unless the whole run succeeds: a compile error, a stale --check or a
 * warning under --strict leaves every output file as it was.
 */
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset, SOURCES_PATH } from './compileDataset';
import { SOURCE_TEXTS_DIR } from './sourceTexts';
import {
  COLUMNS_PATH,
  DATASET_PATH,
  SCHEMA_PATH,
  firstDifference,
  readIfExists,
  serializeShippedFiles,
  TEXT_PATH,
  writeFilesAtomic,
} from './outputs';
import { CompileError, formatProblem } from './problems';
import { coverageSummary, datasetSummary, flagLines, warningLines } from './report';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

interface Args {
  check: boolean;
  strict: boolean;
  root: string;
}

export const USAGE = 'usage: tsx scripts/compile.ts [--check] [--strict] [--root DIR]';

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { check: false, strict: false, root: REPOSITORY_ROOT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') args.check = true;
    else if (arg === '--strict') args.strict = true;
    else if (arg === '--root') {
      const value = argv[++i];
      if (value === undefined) return '--root needs a directory';
      args.root = resolve(value);
    } else return `unknown argument "${arg ?? ''}"`;
  }
  return args;
}

/** Files in the source texts' folder that no current source wrote (a source removed or renamed). */
function leftoverSourceTexts(root: string, sourceTexts: readonly { path: string }[]): string[] {
  const wanted = new Set(sourceTexts.map((f) => f.path));
  let names: string[];
  try {
    names = readdirSync(join(root, SOURCE_TEXTS_DIR));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => `${SOURCE_TEXTS_DIR}/${name}`)
    .filter((path) => !wanted.has(path))
    .sort();
}

/** Runs the compiler; returns the exit status (0 ok, 1 failed, 2 usage). */
export function runCompile(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n${USAGE}`);
    return 2;
  }
  let result;
  try {
    result = compileDataset({ root: args.root });
  } catch (error) {
    if (error instanceof CompileError) {
      for (const problem of error.problems) io.stderr(formatProblem(problem));
      io.stderr(`\n${error.problems.length} problem(s); nothing was written.`);
      return 1;
    }
    throw error;
  }
  const { dataset, datasetText, schemaText, sourceTexts, warnings, coverage } = result;
  io.stdout(datasetSummary(dataset));
  if (dataset.flags.length > 0) io.stdout(`Flags:\n${flagLines(dataset)}`);
  io.stdout(coverageSummary(coverage));
  if (warnings.length > 0) io.stderr(warningLines(warnings));

  const shipped = serializeShippedFiles(datasetText);
  const outputs = [
    { path: DATASET_PATH, text: datasetText },
    { path: SCHEMA_PATH, text: schemaText },
    { path: COLUMNS_PATH, text: shipped.columns },
    { path: TEXT_PATH, text: shipped.text },
    ...sourceTexts,
  ];
  const leftovers = leftoverSourceTexts(args.root, sourceTexts);
  const written = `${DATASET_PATH}, ${SCHEMA_PATH}, ${COLUMNS_PATH}, ${TEXT_PATH} and ${SOURCE_TEXTS_DIR}/`;
  const strictFailure = args.strict && warnings.length > 0;
  if (args.check) {
    let stale = 0;
    for (const output of outputs) {
      const committed = readIfExists(join(args.root, output.path));
      if (committed === null) {
        io.stderr(`${output.path} is missing: run \`npm run data\` and commit it.`);
        stale++;
        continue;
      }
      if (output.path === COLUMNS_PATH || output.path === TEXT_PATH) {
        // One line of columns: a quoted difference would say nothing a reader could use.
        if (committed !== output.text) {
          io.stderr(
            `${output.path} is stale: it is not what the compiler writes from ${DATASET_PATH} now.\n` +
              'Run `npm run data` and commit the result.',
          );
          stale++;
        }
        continue;
      }
      const diff = firstDifference(output.text, committed);
      if (diff) {
        io.stderr(
          `${output.path} is out of date with its inputs (first difference at line ${diff.line}):\n` +
            `  expected: ${diff.expected.trim()}\n  found:    ${diff.actual.trim()}\n` +
            'Run `npm run data` and commit the result.',
        );
        stale++;
      }
    }
    for (const path of leftovers) {
      io.stderr(`${path} belongs to no source in ${SOURCES_PATH}: run \`npm run data\` to remove it.`);
      stale++;
    }
    if (stale === 0) io.stdout(`${written} are up to date.`);
    if (strictFailure) io.stderr(`--strict: ${warnings.length} warning(s).`);
    return stale > 0 || strictFailure ? 1 : 0;
  }
  if (strictFailure) {
    io.stderr(`--strict: ${warnings.length} warning(s); nothing was written.`);
    return 1;
  }
  const changed = outputs
    .map((output) => ({ path: join(args.root, output.path), text: output.text }))
    .filter((output) => readIfExists(output.path) !== output.text);
  writeFilesAtomic(changed);
  for (const path of leftovers) rmSync(join(args.root, path));
  io.stdout(
    changed.length === 0 && leftovers.length === 0
      ? `${written} are up to date; nothing to write.`
      : `Wrote ${changed.map((c) => relative(args.root, c.path)).join(', ') || 'nothing'}` +
          (leftovers.length > 0 ? `; removed ${leftovers.join(', ')}` : '') +
          '.',
  );
  return 0;
}
