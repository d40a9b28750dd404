/**
 * Property-based tests of the money and date extractors, run on generated texts: arbitrary Unicode
 * strings (lone surrogates included), and sentences assembled from money and date fragments in
 * English, Ukrainian and Russian with a dateline. For any text:
 *
 * - money: an amount written alone in a sentence ("€12,5 млрд", "$3.07 trillion") is found whole,
 *   with its exact value and currency, and nothing else is; every value is a finite, non-negative
 *   number (a range's upper end above its lower end), the currency an ISO-shaped code, and every
 *   offset (the mention, its conversion, a carried currency, a rate note) lies inside the text and
 *   slices back to the reported text;
 * - dates: a date written in full alone in a sentence is read as written, whatever the dateline;
 *   offsets slice back, every date is a real calendar date in ISO form at its precision, and no
 *   date comes from anything but the text and its dateline: without a dateline, nothing is inferred
 *   except from a day the text states; with one, the years of assembled sentences (written between
 *   1990 and the dateline's year + 5) give dates within that era;
 * - the whole extractor never throws and its output is plain JSON.
 *
 * `npx tsx scripts/fuzz-extract.ts [RUNS] [SEED]` runs each property RUNS times (10,000 by default)
 * and prints how many cases ran; scripts/fuzz-extract.test.ts runs a small sample in the test suite.
 * The generators are in fuzz-extract/arbitraries.ts, the properties in fuzz-extract/properties.ts.
 */
import fc from 'fast-check';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROPERTIES } from './fuzz-extract/properties';

type Check = (params: { numRuns: number; seed: number }) => fc.RunDetails<unknown>;
const checker =
  <T>(property: fc.IProperty<T>): Check =>
  (params) =>
    fc.check(property, params) as fc.RunDetails<unknown>;

function main(runs: number, seed: number): number {
  let failed = 0;
  let cases = 0;
  const checks: [string, Check][] = [
    ['money on any text', checker(PROPERTIES['money on any text'])],
    ['money on assembled articles', checker(PROPERTIES['money on assembled articles'])],
    ['an amount alone in a sentence', checker(PROPERTIES['an amount alone in a sentence'])],
    ['dates on any text, no dateline', checker(PROPERTIES['dates on any text, no dateline'])],
    ['dates on any text, with a dateline', checker(PROPERTIES['dates on any text, with a dateline'])],
    [
      'dates on assembled articles, within the era',
      checker(PROPERTIES['dates on assembled articles, within the era']),
    ],
    ['a written date alone in a sentence', checker(PROPERTIES['a written date alone in a sentence'])],
    ['the whole extractor on any text', checker(PROPERTIES['the whole extractor on any text'])],
  ];
  for (const [name, check] of checks) {
    const started = Date.now();
    const result = check({ numRuns: runs, seed });
    cases += result.numRuns;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.failed) {
      failed++;
      console.log(
        `FAIL ${name}: after ${result.numRuns} cases (${seconds} s), shrunk ${result.numShrinks} times`,
      );
      console.log(`  counterexample: ${JSON.stringify(result.counterexample)}`);
      console.log(
        `  ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)}`,
      );
    } else console.log(`ok   ${name}: ${result.numRuns} cases (${seconds} s)`);
  }
  console.log(`${cases} cases in all; ${failed} of ${checks.length} properties failed`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const runs = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
  console.log(`fuzz-extract: ${runs} cases per property, seed ${seed}`);
  process.exitCode = main(runs, seed);
}
