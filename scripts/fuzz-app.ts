/**
 * Fuzzes the app's inputs with fast-check (the test suite runs a small sample of the same properties):
 *
 *   npx tsx scripts/fuzz-app.ts [--runs 10000] [--page-runs 200] [--seed N] [--no-pages]
 *
 * - dataset: mutated and truncated versions of public/data/dataset.json are loaded, or refused with a
 *   message that places the problem (a JSON path, or a line and column); the derived views compute;
 * - url-parse: any query string parses without throwing into a state the app can hold;
 * - url-round-trip: the parsed state survives its link and the address bar's merged query;
 * - pages (Playwright, fewer cases because each loads the built app): mutated datasets served through
 *   `?dataset=` never blank the page: it shows the app, or an error that names a JSON path or a line.
 * Prints the cases each property ran and how the dataset cases ended; exits 1 on the first failure,
 * with the seed and the shrunk counterexample.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import {
  datasetProperty,
  emptyTally,
  readBundledDataset,
  urlParseProperty,
  urlRoundTripProperty,
} from './fuzz-app/appProperties';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    'page-runs': { type: 'string', default: '200' },
    seed: { type: 'string' },
    'no-pages': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const pageRuns = Number(values['page-runs']);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

const bundled = readBundledDataset();
const tally = emptyTally();
/** Runs one property: the cases it ran, and fast-check's report of a failure (seed, shrunk case). */
const check =
  <T>(property: fc.IProperty<T>) =>
  (): { numRuns: number; failure: string | undefined } => {
    const details = fc.check(property, { numRuns: runs, seed });
    return { numRuns: details.numRuns, failure: fc.defaultReportMessage(details) };
  };
const properties = [
  { name: 'dataset', run: check(datasetProperty(bundled.text, tally)) },
  { name: 'url-parse', run: check(urlParseProperty(bundled.dataset)) },
  { name: 'url-round-trip', run: check(urlRoundTripProperty(bundled.dataset)) },
];

console.log(`seed ${seed}`);
let failed = false;
for (const { name, run } of properties) {
  const started = performance.now();
  const details = run();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const verdict = details.failure === undefined ? 'passed' : 'FAILED';
  console.log(`${name}: ${details.numRuns} cases, ${verdict} (${seconds} s)`);
  if (name === 'dataset') console.log(`  outcomes: ${JSON.stringify(tally)}`);
  if (details.failure !== undefined) {
    console.log(details.failure);
    failed = true;
  }
}

if (!failed && !values['no-pages']) {
  console.log(`pages: ${pageRuns} mutated datasets in the browser (Playwright)`);
  const result = spawnSync(
    'npx',
    ['playwright', 'test', 'e2e/hardening.spec.ts', '--grep', 'mutated datasets'],
    {
      stdio: 'inherit',
      env: { ...process.env, AIDLINE_FUZZ_PAGE_RUNS: String(pageRuns), AIDLINE_FUZZ_SEED: String(seed) },
    },
  );
  failed = result.status !== 0;
}
process.exit(failed ? 1 : 0);
