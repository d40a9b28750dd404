/**
 * The benchmark suite: build, node-side and browser-side measures of Aidline with the seed data and
 * generated datasets of 1k, 10k and 100k events, compared with bench/budgets.json, and the input floor
 * (the zoom and pan steps on a page that only moves one rectangle) beside them.
 *
 *   npm run bench                  measure, print the table, write bench/results.json
 *   npm run bench -- --check       also exit 1 when a budget is missed or could not be measured
 *   npm run bench -- --quick       fewer runs per measure (a rough look, not for the README)
 *   npm run bench -- --no-browser  node and build measures only
 *   npm run bench -- --markdown    also print the table as Markdown
 *   npm run bench -- --sizes=seed,1k   only these sizes (seed, 1k, 10k, 100k): a look at one part
 */
import '../src/data/zodConfig';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, usageError } from './bench/benchArgs';
import { generateDatasets, SEED, SIZE_LABELS } from './bench/benchSizes';
import { buildApp } from './bench/buildApp';
import { buildResults } from './bench/buildResults';
import { allMet, checkBudgets, loadBudgets } from './bench/budgets';
import { runBrowserBenches } from './bench/browserBenches';
import { measureBase } from './bench/catalog';
import { runNodeBenches } from './bench/nodeBenches';
import { notMeasured, reasonOf, type BenchResult } from './bench/results';
import { busyMachineNote, loadAverages, runHeader } from './bench/runRecord';
import { progressLog, runMain } from './bench/scriptMain';
import { budgetLines, markdownTable, tableRows, textTable } from './bench/table';
import { writeJsonAtomic } from './bench/writeJson';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = '.dist-bench';
const FLAGS = ['--check', '--quick', '--no-browser', '--markdown'] as const;
const USAGE = `usage: npm run bench -- ${FLAGS.map((f) => `[${f}]`).join(' ')} [--sizes=${SIZE_LABELS.join(',')}]`;

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseBenchArgs(argv, { flags: FLAGS, sizes: SIZE_LABELS });
  if (typeof parsed === 'string') return usageError(parsed, USAGE);
  const args = {
    check: parsed.flags['--check'],
    quick: parsed.flags['--quick'],
    browser: !parsed.flags['--no-browser'],
    markdown: parsed.flags['--markdown'],
    sizes: parsed.sizes,
  };
  const started = performance.now();
  const loadAtStart = loadAverages();
  const log = progressLog(started);
  const runs = args.quick ? 2 : 5;
  const budgets = await loadBudgets(join(ROOT, 'bench/budgets.json'), 'bench/budgets.json');

  log(`generating datasets (seed ${SEED})`);
  const datasets = generateDatasets(args.sizes);

  const results: BenchResult[] = await runNodeBenches({ root: ROOT, datasets, runs, log });

  log(`building the app into ${DIST}`);
  let built = true;
  try {
    await buildApp(ROOT, DIST);
    results.push(...(await buildResults(join(ROOT, DIST))));
  } catch (error) {
    built = false;
    const reason = `the build failed: ${reasonOf(error)}`;
    for (const id of ['build.js.raw', 'build.js.gzip', 'build.css.raw', 'build.css.gzip'])
      results.push(notMeasured(measureBase(id), reason));
  }

  let browserVersion: string | null = null;
  if (args.browser && built) {
    const browser = await runBrowserBenches({
      root: ROOT,
      distDir: join(ROOT, DIST),
      datasets,
      runs,
      log,
      sizes: args.sizes,
    });
    results.push(...browser.results);
    browserVersion = browser.browserVersion;
  }

  const outcomes = checkBudgets(budgets, results);
  const rows = tableRows(results, outcomes);
  console.log(`\n${textTable(rows)}\n`);
  if (args.markdown) console.log(`${markdownTable(rows)}\n`);
  console.log(`Budgets:\n${budgetLines(outcomes).join('\n')}\n`);
  const header = runHeader(ROOT, browserVersion, loadAtStart);
  const busy = busyMachineNote(loadAtStart, header.machine.loadAverage.end, header.machine.cpus);
  if (busy !== null) console.log(`${busy}\n`);

  await writeJsonAtomic(
    join(ROOT, 'bench/results.json'),
    {
      ...header,
      settings: {
        seed: SEED,
        runs,
        quick: args.quick,
        browser: args.browser,
        viewport: '1440x900',
        sizes: args.sizes,
        order: `loads interleaved by size: ${args.sizes.join(', ')}, then again`,
        dataPaths:
          'browser measures load the app deployed with each dataset as its own data/dataset.json (generated ones proven in Node first); browser.firstRenderOwnFile.<size> opens index.html?dataset=bench-data/<size>.json',
      },
      durationSeconds: Math.round((performance.now() - started) / 1000),
      results,
      budgets: outcomes,
    },
    `${ROOT}/`,
  );
  log('wrote bench/results.json');
  if (args.check && !allMet(outcomes)) {
    console.error('--check: at least one budget was missed or could not be measured.');
    return 1;
  }
  return 0;
}

runMain(main);
