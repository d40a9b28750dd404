/**
 * The stretch goal at a million events: the app loads them, and after its first view and while it zooms
 * and pans, no task holds its main thread for more than 200 ms. Builds the app into a temporary folder,
 * generates the dataset (seed 1, as `npm run bench`), proves it with the app's validator, deploys it as
 * the app's own files and loads it once in headless Chromium with the bench's probe and a long-task
 * observer. It takes a few minutes and several GB of memory, so it is not part of `npm run bench`.
 *
 *   npm run bench:million [-- --events=1000000]
 */
import '../src/data/zodConfig';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shippedFilesText } from '../src/data/shippedFiles';
import { validateDataset } from '../src/data/validate';
import { AIDLINE, datasetSettled } from './bench/aidlineTarget';
import { usageError } from './bench/benchArgs';
import { SEED } from './bench/benchSizes';
import { buildApp } from './bench/buildApp';
import { browserFor } from './bench/chromium';
import { openPage, type BenchTarget } from './bench/firstRender';
import { generateDataset } from './bench/generate';
import { zoomAndPan } from './bench/interactions';
import { LONG_TASKS_SCRIPT, millionTable, summarizeLongTasks, type LongTask } from './bench/longTasks';
import { busyMachineNote, loadAverages, runHeader } from './bench/runRecord';
import { progressLog, runMain } from './bench/scriptMain';
import { serveIsolated } from './bench/servedBuild';
import { buildEntries, DATASET_FILE, linkDeployment, writeShippedFiles } from './bench/shippedApps';
import { stepTimes } from './bench/stepStats';
import { writeDatasetFile } from './bench/streamedDatasetFile';
import { allBytes, SizeCache } from './bench/transfer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run bench:million [-- --events=N] (N from 1000, 1000000 by default)';
/** The stretch goal's limit on a main-thread task after the first view. */
const LIMIT_MS = 200;
/** How long the page is left alone after its data's check, and after the zoom, before tasks are read. */
const QUIET_MS = 2000;
/** A million events take tens of seconds to load and check on two cores. */
const WAIT_MS = 600_000;

function eventsArg(argv: readonly string[]): number | string {
  if (argv.length === 0) return 1_000_000;
  const match = argv.length === 1 ? /^--events=(\d+)$/.exec(argv[0] ?? '') : null;
  const events = Number(match?.[1]);
  if (match === null || events < 1000) return `unknown arguments "${argv.join(' ')}"`;
  return events;
}

/**
 * Generates `events` events, proves them with the app's validator and deploys them beside the build as
 * the app's own files. The dataset lives only in here: the page is loaded after it is released, so this
 * process's heap of several GB is not collected on the cores the page runs on.
 */
async function deployGenerated(
  dist: string,
  events: number,
  log: (message: string) => void,
): Promise<{ label: string; figures: number }> {
  log(`generating ${events.toLocaleString('en')} events (seed ${SEED})`);
  const dataset = generateDataset({ events, seed: SEED });
  log('proving it with the app’s validator');
  const proof = validateDataset(dataset);
  if (!proof.ok)
    throw new Error(`the generated dataset does not validate: ${proof.issues[0]?.message ?? ''}`);
  log('writing dataset.json and the files the app ships');
  const label = `${events}`;
  const { top, data } = await buildEntries(dist);
  const dataDir = await linkDeployment(dist, label, top, data);
  await writeDatasetFile(join(dataDir, DATASET_FILE), dataset);
  await writeShippedFiles(dataDir, shippedFilesText(dataset));
  return { label, figures: dataset.amounts.length };
}

async function main(argv: readonly string[]): Promise<number> {
  const events = eventsArg(argv);
  if (typeof events === 'string') return usageError(events, USAGE);
  const started = performance.now();
  const loadAtStart = loadAverages();
  const log = progressLog(started);
  const dist = await mkdtemp(join(tmpdir(), 'aidline-million-'));
  try {
    log(`building the app into ${dist}`);
    await buildApp(ROOT, dist);
    const { label, figures } = await deployGenerated(dist, events, log);

    const browser = await browserFor(ROOT, log);
    if (typeof browser === 'string') {
      console.error(`bench:million needs Chromium: ${browser}`);
      return 1;
    }
    const server = await serveIsolated(dist);
    // When the page's own work after its first view ended: the memory measurement that follows forces a
    // collection of the whole heap, a long task of the bench's, not the page's.
    let settledAt = Infinity;
    const target: BenchTarget = {
      ...AIDLINE,
      timeoutMs: WAIT_MS,
      settled: async (page) => {
        await datasetSettled(page, WAIT_MS);
        await page.waitForTimeout(QUIET_MS);
        settledAt = await page.evaluate(() => performance.now());
      },
      initScript: LONG_TASKS_SCRIPT,
    };
    try {
      log('loading it');
      const loaded = await openPage(browser, server, target, label, new SizeCache(dist));
      const { page } = loaded;
      const tasks = () => page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
      const zoomFrom = await page.evaluate(() => performance.now());
      log('zooming and panning');
      const recording = await zoomAndPan(page, AIDLINE.probe.root);
      // The observer hears of a long task in a task of its own, after it.
      await page.waitForTimeout(QUIET_MS);
      const all = await tasks();
      const header = runHeader(ROOT, browser.version(), loadAtStart);
      console.log(
        `\n${millionTable({
          events,
          figures,
          firstRenderMs: loaded.firstRenderMs,
          megabytes: allBytes(loaded.transfer) / 1e6,
          afterFirstView: summarizeLongTasks(all, LIMIT_MS, loaded.firstRenderMs, settledAt),
          zoomAndPan: summarizeLongTasks(all, LIMIT_MS, zoomFrom),
          zoomStepsMs: stepTimes([recording], 'wheel', 'event'),
          heapMB: loaded.memory.jsAllThreads,
          limitMs: LIMIT_MS,
        })}\n`,
      );
      console.log(`Chromium ${header.machine.chromium ?? '?'}, ${header.machine.cpus} cores, one load.`);
      const busy = busyMachineNote(loadAtStart, header.machine.loadAverage.end, header.machine.cpus);
      if (busy !== null) console.log(busy);
      await page.context().close();
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
  log(`done (${Math.round((performance.now() - started) / 1000)} s)`);
  return 0;
}

runMain(main);
