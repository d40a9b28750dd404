/**
 * Compiles data/sources/ and data/annotations.yaml into public/data/dataset.json and its JSON Schema.
 *
 *   npm run data                 compile, print the coverage report, write both files atomically
 *   npm run data -- --check      exit 1 if the committed files differ from what the inputs produce
 *   npm run data -- --strict     also exit 1 on warnings (uncovered mentions, unused entries)
 *   npm run data -- --root DIR   read and write under DIR instead of the repository root
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset } from './compile/compileDataset';
import { DATASET_PATH, SCHEMA_PATH, firstDifference, readIfExists, writeFileAtomic } from './compile/outputs';
import { CompileError, formatProblem } from './compile/problems';
import { coverageSummary, datasetSummary, flagLines, warningLines } from './compile/report';

interface Args {
  check: boolean;
  strict: boolean;
  root: string;
}

const USAGE = 'usage: tsx scripts/compile.ts [--check] [--strict] [--root DIR]';

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = {
    check: false,
    strict: false,
    root: resolve(dirname(fileURLToPath(import.meta.url)), '..'),
  };
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

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  let result;
  try {
    result = compileDataset({ root: args.root });
  } catch (error) {
    if (error instanceof CompileError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(`\n${error.problems.length} problem(s); nothing was written.`);
      return 1;
    }
    throw error;
  }
  const { dataset, datasetText, schemaText, warnings, coverage } = result;
  console.log(datasetSummary(dataset));
  if (dataset.flags.length > 0) console.log(`Flags:\n${flagLines(dataset)}`);
  console.log(coverageSummary(coverage));
  if (warnings.length > 0) console.error(warningLines(warnings));

  const outputs = [
    { path: DATASET_PATH, text: datasetText },
    { path: SCHEMA_PATH, text: schemaText },
  ];
  if (args.check) {
    let stale = 0;
    for (const output of outputs) {
      const committed = readIfExists(join(args.root, output.path));
      if (committed === null) {
        console.error(`${output.path} is missing: run \`npm run data\` and commit it.`);
        stale++;
        continue;
      }
      const diff = firstDifference(output.text, committed);
      if (diff) {
        console.error(
          `${output.path} is out of date with its inputs (first difference at line ${diff.line}):\n` +
            `  expected: ${diff.expected.trim()}\n  found:    ${diff.actual.trim()}\n` +
            'Run `npm run data` and commit the result.',
        );
        stale++;
      }
    }
    if (stale > 0) return 1;
    console.log(`${DATASET_PATH} and ${SCHEMA_PATH} are up to date.`);
  } else {
    for (const output of outputs) {
      const path = join(args.root, output.path);
      mkdirSync(dirname(path), { recursive: true });
      if (readIfExists(path) !== output.text) writeFileAtomic(path, output.text);
    }
    console.log(`Wrote ${DATASET_PATH} and ${SCHEMA_PATH}.`);
  }
  if (args.strict && warnings.length > 0) {
    console.error(`--strict: ${warnings.length} warning(s).`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
