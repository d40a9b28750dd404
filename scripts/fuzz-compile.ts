/**
 * Fuzzes the dataset compiler: mutated annotations, sources.yaml and article texts must never make it
 * throw, write a partial or invalid file, or print a problem without its place.
 *
 *   npx tsx scripts/fuzz-compile.ts [RUNS] [SEED]      default 10000 runs, a random seed
 */
import { fuzzCompile } from './compile/fuzz/run';

const runs = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const started = performance.now();
const report = fuzzCompile(runs, seed, (done) => {
  if (done % 500 === 0) console.log(`${done} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`);
});
const { written, refused } = report.outcomes;
console.log(
  `${report.runs} cases run (seed ${seed}): ${written} compiled and written, ${refused} refused with located problems, ` +
    `${report.outcomes['strict-refused']} refused by --strict; ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
if (report.failure !== null) {
  console.error(report.failure);
  process.exitCode = 1;
} else console.log('no violation found');
