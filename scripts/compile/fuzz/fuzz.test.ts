import { expect, it } from 'vitest';
import { fuzzCompile } from './run';

// A sample of the property `npx tsx scripts/fuzz-compile.ts` checks on 10,000 cases; the seed is
// random, and printed in the failure so a case can be replayed with `scripts/fuzz-compile.ts 100 SEED`.
it('on 100 mutated inputs, the compiler writes a valid dataset or nothing, and locates every problem', () => {
  const seed = Math.floor(Math.random() * 2 ** 31);
  const report = fuzzCompile(100, seed);
  expect(report.failure, `seed ${seed}`).toBeNull();
  expect(report.runs).toBe(100);
  // The sample must reach both sides of the property, not only refusals.
  expect(report.outcomes.written).toBeGreaterThan(0);
  expect(report.outcomes.refused).toBeGreaterThan(0);
}, 240_000);
