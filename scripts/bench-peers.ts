/**
 * Aidline against its peers on the same generated data, in the same headless Chromium, with the same
 * probes as `npm run bench`: vis-timeline (a box per event, stacked) and a bare d3 page (a circle per
 * event). Aidline is loaded as deployed with each generated file as its own dataset (proven in Node
 * first), the peers with the same file named by `?dataset=`. Loads are interleaved (each size, each page
 * in turn, then again); every figure is the median of the runs with its range, and each peer is reported
 * as a ratio to Aidline (above 1: Aidline is faster or smaller).
 *
 *   npm run bench:peers              1k, 10k and 100k events, three runs (vis-timeline at 100k: one)
 *   npm run bench:peers -- --quick   1k events, one run, one zoom and pan: a rough look in under
 *                                    3 minutes (builds included)
 */
import '../src/data/zodConfig';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { AIDLINE } from './bench/aidlineTarget';
import { parseBenchArgs, usageError } from './bench/benchArgs';
import { generateDatasets, SEED, type GeneratedLabel } from './bench/benchSizes';
import { buildApp } from './bench/buildApp';
import { browserFor } from './bench/chromium';
import { openPage, whyNotMeasured, type BenchTarget } from './bench/firstRender';
import { zoomAndPan } from './bench/interactions';
import { busyMachineNote, loadAverages, runHeader } from './bench/runRecord';
import { progressLog, runMain } from './bench/scriptMain';
import { percentile, summarize } from './bench/stats';
import { serveIsolated, writeBenchData } from './bench/servedBuild';
import { deployShippedApps } from './bench/shippedApps';
import type { StaticServer } from './bench/staticServer';
import { stepTimes } from './bench/stepStats';
import { allBytes, SizeCache } from './bench/transfer';
import { writeJsonAtomic } from './bench/writeJson';
import { buildPeers } from './bench-peers/buildPeers';
import { BARE_D3, DATA_PATHS_NOTE, PEERS_DIR, VIS_TIMELINE } from './bench-peers/peerTargets';
import { peerTable, type PeerFigure, type PeerMeasure } from './bench-peers/peerTable';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = '.dist-peers';
const TARGETS: readonly BenchTarget[] = [AIDLINE, VIS_TIMELINE, BARE_D3];
const USAGE = 'usage: npm run bench:peers -- [--quick]';

interface Plan {
  sizes: GeneratedLabel[];
  runs: number;
  /** Fewer runs where a peer takes minutes per load. */
  runsFor: (target: BenchTarget, size: string) => number;
  zoomSizes: string[];
  /** Zoom and pan recordings per measured load. */
  zoomRepeats: number;
}

function planFor(quick: boolean): Plan {
  // vis-timeline alone takes minutes to draw 10k events on a busy 2-core machine: quick mode keeps to 1k.
  if (quick)
    return {
      sizes: ['1k'],
      runs: 1,
      runsFor: () => 1,
      zoomSizes: ['1k'],
      zoomRepeats: 1,
    };
  return {
    sizes: ['1k', '10k', '100k'],
    runs: 3,
    runsFor: (target, size) => (target === VIS_TIMELINE && size === '100k' ? 1 : 3),
    zoomSizes: ['10k', '100k'],
    zoomRepeats: 2,
  };
}

type Samples = Map<string, number[]>;
const key = (measure: PeerMeasure, size: string, target: string) => `${measure}|${size}|${target}`;

function push(samples: Samples, k: string, value: number): void {
  const list = samples.get(k) ?? [];
  list.push(value);
  samples.set(k, list);
}

async function measureOnce(
  browser: Browser,
  server: StaticServer,
  target: BenchTarget,
  size: string,
  zoomRepeats: number,
  sizes: SizeCache,
  samples: Samples,
): Promise<void> {
  const loaded = await openPage(browser, server, target, size, sizes);
  try {
    push(samples, key('firstRender', size, target.name), loaded.firstRenderMs);
    const t = loaded.transfer;
    push(samples, key('jsGzip', size, target.name), t.js.gzip);
    push(samples, key('allBytes', size, target.name), allBytes(t));
    push(samples, key('heap', size, target.name), loaded.memory.jsAllThreads);
    if (zoomRepeats > 0) {
      const recordings = [];
      for (let i = 0; i < zoomRepeats; i++) recordings.push(await zoomAndPan(loaded.page, target.probe.root));
      const steps = stepTimes(recordings, 'wheel', 'event');
      if (steps.length > 0) push(samples, key('zoomP95', size, target.name), percentile(steps, 95));
      const drags = stepTimes(recordings, 'drag', 'event');
      if (drags.length > 0) push(samples, key('panP95', size, target.name), percentile(drags, 95));
    }
  } finally {
    await loaded.page.context().close();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseBenchArgs(argv, { flags: ['--quick'] });
  if (typeof args === 'string') return usageError(args, USAGE);
  const quick = args.flags['--quick'];
  const plan = planFor(quick);
  const started = performance.now();
  const loadAtStart = loadAverages();
  const log = progressLog(started);
  log(`generating datasets (seed ${SEED})`);
  const datasets = generateDatasets(plan.sizes);
  log(`building Aidline and the peer pages into ${DIST}`);
  const dist = join(ROOT, DIST);
  await buildApp(ROOT, DIST);
  await buildPeers(join(dist, PEERS_DIR));
  await writeBenchData(dist, datasets);
  await deployShippedApps(dist, datasets);
  const browser = await browserFor(ROOT, log);
  if (typeof browser === 'string') {
    console.error(`bench:peers needs Chromium: ${browser}`);
    return 1;
  }
  const server = await serveIsolated(dist);
  const sizeCache = new SizeCache(dist);
  const chromium = browser.version();
  const samples: Samples = new Map();
  const failures = new Map<string, string>();
  try {
    for (let run = 0; run < plan.runs; run++)
      for (const label of plan.sizes)
        for (const target of TARGETS) {
          const failed = `${label}|${target.name}`;
          if (run >= plan.runsFor(target, label) || failures.has(failed)) continue;
          log(`${target.name}, ${label} events, run ${run + 1}`);
          const zoom = plan.zoomSizes.includes(label) && run === 0 ? plan.zoomRepeats : 0;
          try {
            await measureOnce(browser, server, target, label, zoom, sizeCache, samples);
          } catch (error) {
            failures.set(failed, whyNotMeasured(error));
          }
        }
  } finally {
    await browser.close();
    await server.close();
  }
  const figures: PeerFigure[] = [];
  for (const [k, values] of samples) {
    const [measure = '', size = '', target = ''] = k.split('|');
    figures.push({ measure: measure as PeerMeasure, size, target, stats: summarize(values) });
  }
  const names = TARGETS.map((t) => t.name);
  console.log(`\n${peerTable(figures, names, plan.sizes)}\n\n${DATA_PATHS_NOTE}\n`);
  for (const [what, reason] of failures)
    console.log(`not measured: ${what.replace('|', ' events, ')}: ${reason}`);
  const header = runHeader(ROOT, chromium, loadAtStart);
  const busy = busyMachineNote(loadAtStart, header.machine.loadAverage.end, header.machine.cpus);
  if (busy !== null) console.log(`${busy}\n`);
  await writeJsonAtomic(
    join(ROOT, 'bench/peers.json'),
    {
      ...header,
      settings: { seed: SEED, quick, runs: plan.runs, viewport: '1440x900', dataPaths: DATA_PATHS_NOTE },
      durationSeconds: Math.round((performance.now() - started) / 1000),
      figures,
      notMeasured: Object.fromEntries(failures),
    },
    `${ROOT}/`,
  );
  log(`wrote bench/peers.json (${Math.round((performance.now() - started) / 1000)} s in all)`);
  return 0;
}

runMain(main);
