/**
 * The benchmark suite: build, node-side and browser-side measures of Aidline with the seed data and
 * generated datasets of 1k, 10k and 100k events, compared with bench/budgets.json.
 *
 *   npm run bench                  measure, print the table, write bench/results.json
 *   npm run bench -- --check       also exit 1 when a budget is missed or could not be measured
 *   npm run bench -- --quick       fewer runs per measure (a rough look, not for the README)
 *   npm run bench -- --no-browser  node and build measures only
 *   npm run bench -- --markdown    also print the table as Markdown
 *   npm run bench -- --sizes=seed,1k   only these sizes (seed, 1k, 10k, 100k): a look at one part
 */
import '../src/data/zodConfig';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './bench/buildApp';
import { buildResults } from './bench/buildResults';
import { allMet, checkBudgets, loadBudgets, type BudgetOutcome } from './bench/budgets';
import { runBrowserBenches } from './bench/browserBenches';
import { measureBase } from './bench/catalog';
import { generateDataset } from './bench/generate';
import { runNodeBenches } from './bench/nodeBenches';
import { notMeasured, reasonOf, type BenchResult } from './bench/results';
import { markdownTable, tableRows, textTable } from './bench/table';
import { writeJsonAtomic } from './bench/writeJson';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = '.dist-bench';
const SEED = 1;
const SIZES = [
  ['1k', 1_000],
  ['10k', 10_000],
  ['100k', 100_000],
] as const;
const SIZE_LABELS = ['seed', ...SIZES.map(([label]) => label)] as const;
type SizeLabel = (typeof SIZE_LABELS)[number];
const USAGE =
  'usage: npm run bench -- [--check] [--quick] [--no-browser] [--markdown] [--sizes=seed,1k,10k,100k]';

interface Args {
  check: boolean;
  quick: boolean;
  browser: boolean;
  markdown: boolean;
  sizes: readonly SizeLabel[];
}

function parseSizes(list: string): SizeLabel[] | string {
  const labels = list.split(',').filter((s) => s !== '');
  const unknown = labels.find((s) => !(SIZE_LABELS as readonly string[]).includes(s));
  if (unknown !== undefined) return `unknown size "${unknown}" in --sizes (known: ${SIZE_LABELS.join(', ')})`;
  if (labels.length === 0) return '--sizes needs at least one size';
  return labels as SizeLabel[];
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { check: false, quick: false, browser: true, markdown: false, sizes: SIZE_LABELS };
  for (const arg of argv) {
    if (arg.startsWith('--sizes=')) {
      const sizes = parseSizes(arg.slice('--sizes='.length));
      if (typeof sizes === 'string') return sizes;
      args.sizes = sizes;
    } else if (arg === '--check') args.check = true;
    else if (arg === '--quick') args.quick = true;
    else if (arg === '--no-browser') args.browser = false;
    else if (arg === '--markdown') args.markdown = true;
    else return `unknown argument "${arg}"`;
  }
  return args;
}

function outcomeLines(outcomes: readonly BudgetOutcome[]): string[] {
  return outcomes.map((o) => {
    const head = `${o.budget.target} (${o.budget.id}, ${o.budget.stat})`;
    if (o.status === 'met') return `  met      ${head}`;
    if (o.status === 'missed') return `  MISSED   ${head}: ${o.value.toFixed(1)} against ${o.budget.limit}`;
    return `  UNKNOWN  ${head}: not measured (${o.reason})`;
  });
}

/** The 1-, 5- and 15-minute load averages: how busy the machine was besides the bench. */
function loadAverages(values: readonly number[]): { '1m': number; '5m': number; '15m': number } {
  const [one = 0, five = 0, fifteen = 0] = values.map((v) => Number(v.toFixed(2)));
  return { '1m': one, '5m': five, '15m': fifteen };
}

/** The commit measured, and whether the working tree had changes on top of it. */
function commitOf(root: string): { hash: string; dirty: boolean } | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    return {
      hash: git('rev-parse', 'HEAD'),
      dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
    };
  } catch {
    return null;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const loadAtStart = loadavg();
  const log = (line: string) => {
    console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  };
  const runs = args.quick ? 2 : 5;
  const budgets = await loadBudgets(join(ROOT, 'bench/budgets.json'), 'bench/budgets.json');

  log(`generating datasets (seed ${SEED})`);
  const datasets = new Map<string, string>();
  for (const [label, events] of SIZES)
    if (args.sizes.includes(label))
      datasets.set(label, JSON.stringify(generateDataset({ events, seed: SEED })));

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
  console.log(`Budgets:\n${outcomeLines(outcomes).join('\n')}\n`);

  const cpu = cpus();
  await writeJsonAtomic(
    join(ROOT, 'bench/results.json'),
    {
      measuredAt: new Date().toISOString(),
      commit: commitOf(ROOT),
      machine: {
        cpus: cpu.length,
        cpuModel: cpu[0]?.model.trim() ?? 'unknown',
        memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
        platform: `${process.platform} ${process.arch}`,
        node: process.version,
        chromium: browserVersion,
        // Other work on the machine skews timings: the 1-minute load average when the bench began and ended.
        loadAverage: { start: loadAverages(loadAtStart), end: loadAverages(loadavg()) },
      },
      settings: {
        seed: SEED,
        runs,
        quick: args.quick,
        browser: args.browser,
        viewport: '1440x900',
        sizes: args.sizes,
        order: 'loads interleaved by size: seed, 1k, 10k, 100k, then again',
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
