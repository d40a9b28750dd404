import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPOSITORY } from '../testRoot';
import { applyMutations, mutationsArbitrary, type Mutation } from './mutations';
import { checkCase, readInputs, type Outcome } from './property';

export interface FuzzReport {
  runs: number;
  outcomes: Record<Outcome, number>;
  /** fast-check's report of the first failing case, shrunk, or null when every case held. */
  failure: string | null;
  seed: number;
}

/** Runs the compiler's property on `numRuns` generated cases in a scratch root. */
export function fuzzCompile(numRuns: number, seed: number, onCase?: (done: number) => void): FuzzReport {
  const { inputs, files } = readInputs(REPOSITORY);
  const root = mkdtempSync(join(tmpdir(), 'aidline-fuzz-'));
  const outcomes: Record<Outcome, number> = { written: 0, refused: 0, 'strict-refused': 0 };
  let done = 0;
  try {
    const property = fc.property(
      mutationsArbitrary(files.length),
      fc.boolean(),
      (mutations: Mutation[], strict: boolean) => {
        const result = checkCase(root, applyMutations(inputs, files, mutations), strict);
        outcomes[result.outcome]++;
        onCase?.(++done);
        if (result.violations.length > 0) throw new Error(result.violations.join('\n'));
      },
    );
    const details = fc.check(property, { numRuns, seed });
    return {
      runs: details.numRuns,
      outcomes,
      failure: details.failed
        ? `${fc.defaultReportMessage(details) ?? 'failed'}\n${
            details.errorInstance instanceof Error
              ? details.errorInstance.message
              : String(details.errorInstance)
          }`
        : null,
      seed,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
