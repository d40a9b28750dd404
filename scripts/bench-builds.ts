/**
 * Builds of the app against each other, to see whether a change made the timeline slower: each build is
 * deployed with the same generated datasets and loaded in the same headless Chromium with the bench's
 * probe; loads alternate between the builds, and each load records three zooms and pans (`npm run bench`'s
 * sequence). Only the deployments are written, under each build's `shipped/`.
 *
 *   npm run bench:builds -- DIR DIR [...] [--sizes=10k,100k]
 *
 * Each DIR is a built app, such as an older commit's:
 *   git worktree add /tmp/before <commit> && cd /tmp/before && npm ci && AIDLINE_DIST=/tmp/before-dist npx vite build
 */
import '../src/data/zodConfig';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { AIDLINE } from './bench/aidlineTarget';
import { parseBenchArgs, usageError } from './bench/benchArgs';
import { generateDatasets, SEED } from './bench/benchSizes';
import { buildsTable, type BuildSamples } from './bench/buildsTable';
import { browserFor } from './bench/chromium';
import { openPage, type BenchTarget } from './bench/firstRender';
import { zoomAndPan, type Recording } from './bench/interactions';
import { busyMachineNote, loadAverages, runHeader } from './bench/runRecord';
import { progressLog, runMain } from './bench/scriptMain';
import { serveIsolated } from './bench/servedBuild';
import { deployShippedApps } from './bench/shippedApps';
import { stepTimes } from './bench/stepStats';
import { SizeCache } from './bench/transfer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run bench:builds -- DIR DIR [...] [--sizes=10k,100k]';
const SIZES = ['10k', '100k'] as const;
/** Loads of each build at each size, alternating between the builds. */
const ROUNDS = 2;
const ZOOMS_PER_LOAD = 3;

/** How long every build is left to settle after its load, before its zoom and pan are recorded. */
const SETTLE_MS = 5_000;

/**
 * The app as `npm run bench` loads it, except that every build is left the same time to settle: a build
 * from before the page marked its dataset's check as done cannot say when it has, and one that is left
 * less time than another would be zoomed while its work after the first view still runs.
 */
const target: BenchTarget = {
  ...AIDLINE,
  settled: async (page: Page) => {
    await page.waitForTimeout(SETTLE_MS);
  },
};

async function main(argv: readonly string[]): Promise<number> {
  const dirs = argv.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
  const args = parseBenchArgs(
    argv.filter((a) => a.startsWith('--')),
    { flags: [], sizes: SIZES },
  );
  if (typeof args === 'string') return usageError(args, USAGE);
  if (dirs.length < 2) return usageError('name at least two built apps', USAGE);
  const missing = dirs.find((d) => !existsSync(join(d, 'index.html')));
  if (missing !== undefined) return usageError(`${missing} has no index.html: is it a built app?`, USAGE);
  const started = performance.now();
  const loadAtStart = loadAverages();
  const log = progressLog(started);
  log(`generating datasets (seed ${SEED})`);
  const datasets = generateDatasets(args.sizes);
  const browser = await browserFor(ROOT, log);
  if (typeof browser === 'string') {
    console.error(`bench:builds needs Chromium: ${browser}`);
    return 1;
  }
  const chromium = browser.version();
  const builds = [];
  for (const dir of dirs) {
    await deployShippedApps(dir, datasets);
    builds.push({ dir, server: await serveIsolated(dir), sizes: new SizeCache(dir) });
  }
  const rows: BuildSamples[] = [];
  try {
    for (const size of args.sizes) {
      const bySize = builds.map(({ dir }) => ({
        build: dir,
        size,
        firstRender: [] as number[],
        wheelDispatch: [] as number[],
        wheelEvent: [] as number[],
        dragEvent: [] as number[],
      }));
      for (let round = 0; round < ROUNDS; round++)
        for (const [i, build] of builds.entries()) {
          log(`${build.dir}, ${size} events, load ${round + 1} of ${ROUNDS}`);
          const row = bySize[i];
          const loaded = await openPage(browser, build.server, target, size, build.sizes);
          try {
            const recordings: Recording[] = [];
            for (let z = 0; z < ZOOMS_PER_LOAD; z++)
              recordings.push(await zoomAndPan(loaded.page, target.probe.root));
            row?.firstRender.push(loaded.firstRenderMs);
            row?.wheelDispatch.push(...stepTimes(recordings, 'wheel', 'dispatch'));
            row?.wheelEvent.push(...stepTimes(recordings, 'wheel', 'event'));
            row?.dragEvent.push(...stepTimes(recordings, 'drag', 'event'));
          } finally {
            await loaded.page.context().close();
          }
        }
      rows.push(...bySize);
    }
  } finally {
    await browser.close();
    for (const b of builds) await b.server.close();
  }
  const header = runHeader(ROOT, chromium, loadAtStart);
  console.log(`\n${buildsTable(rows)}\n`);
  console.log(
    `Chromium ${header.machine.chromium ?? '?'}, ${header.machine.cpus} cores, ${ROUNDS} loads per build and size, alternating, ${ZOOMS_PER_LOAD} zooms and pans per load.`,
  );
  const busy = busyMachineNote(loadAtStart, header.machine.loadAverage.end, header.machine.cpus);
  if (busy !== null) console.log(busy);
  log(`done (${Math.round((performance.now() - started) / 1000)} s)`);
  return 0;
}

runMain(main);
