import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { measureBase } from './catalog';
import { chromiumStatus, ensureBrowser, launchChromium } from './chromium';
import { exportTimes } from './exportTimes';
import { openPage, PageNotReady, type BenchTarget, type LoadedPage } from './firstRender';
import { dragBrush, filterChange, zoomAndPan, type Recording } from './interactions';
import { ISOLATION_HEADERS } from './memory';
import type { StepKind } from './pageProbe';
import { measured, notMeasured, reasonOf, type BenchResult, type Stats } from './results';
import { percentile, summarize } from './stats';
import { serveStatic, type StaticServer } from './staticServer';
import { SizeCache } from './transfer';

/** The sub-folder the build is served from, as on a static host that is not at the domain's root. */
export const APP_BASE = '/aidline/bench/app/';
/** The bundled dataset: what a visitor without `?dataset=` gets. */
export const BUNDLED = 'data/dataset.json';

/** Aidline's timeline: its event marks are glyphs and clusters, never titles, axes or the SVG's <title>. */
export const AIDLINE: BenchTarget = {
  name: 'Aidline',
  url: (server, path) => `${server.url}index.html${path === BUNDLED ? '' : `?dataset=${path}`}`,
  probe: {
    marks: 'svg[data-export="timeline"] :is(.tl-glyph, .tl-cluster)',
    root: 'svg[data-export="timeline"]',
  },
  failure: async (page) => {
    const alert = page.locator('.gate-error[role="alert"]');
    if ((await alert.count()) === 0) return null;
    const lines = (await alert.innerText()).split('\n').filter((line) => line.trim() !== '');
    return lines.slice(0, 2).join(': ');
  },
  timeoutMs: 120_000,
};

export type SizeLabel = 'seed' | '1k' | '10k' | '100k';

export interface BrowserBenchInput {
  /** The repository root (for scripts/ensure-browser.mjs). */
  root: string;
  /** The built app (with index.html). */
  distDir: string;
  /** Generated datasets as JSON text, by size label; served beside the app in bench-data/. */
  datasets: ReadonlyMap<string, string>;
  runs: number;
  log: (line: string) => void;
  /** The sizes to load (`--sizes`); all of them when left out. */
  sizes?: readonly SizeLabel[];
}

interface Size {
  label: SizeLabel;
  path: string;
  runs: number;
  /** Zoom, pan, brush and filter steps on the last load of this size. */
  interactions: boolean;
}

const LOAD_KEYS = [
  'firstRender',
  'jsBeforeMarks',
  'cssBeforeMarks',
  'fontBeforeMarks',
  'dataBeforeMarks',
  'heapAllThreads',
  'heapWorkers',
];
const INTERACTION_KEYS = [
  'zoomWheel',
  'zoomWheelDispatch',
  'panDrag',
  'brush',
  'zoomPanFrames',
  'timelineNodes',
  'filterChange',
];

function idsFor(size: Size): string[] {
  const keys = [...LOAD_KEYS];
  if (size.label === 'seed') keys.push('exportPng2x', 'exportSvg');
  if (size.interactions) keys.push(...INTERACTION_KEYS);
  return keys.map((key) => `browser.${key}.${size.label}`);
}

function why(error: unknown): string {
  return error instanceof PageNotReady ? error.message : `failed: ${reasonOf(error)}`;
}

/** p50 (as the median), p95 and worst of every step of every repetition. */
export function pooledStats(samples: readonly number[], repetitions: number): Stats {
  if (samples.length === 0) throw new PageNotReady('no input steps were recorded');
  return {
    ...summarize(samples),
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    runs: repetitions,
    samples: samples.length,
  };
}

/**
 * The steps of one kind that changed the chart, timed from the event's timestamp (or from its dispatch)
 * to the first painted frame with the change.
 */
export function stepTimes(recordings: readonly Recording[], kind: StepKind, from: 'event' | 'dispatch') {
  return recordings.flatMap((r) =>
    r.steps
      .filter((s) => s.kind === kind && s.changed)
      .map((s) => (from === 'event' ? s.fromEvent : s.fromDispatch)),
  );
}

/** ", 3 of 32 steps changed nothing" when some steps of a kind left the chart as it was. */
export function unchangedNote(recordings: readonly Recording[], kind: StepKind): string {
  const steps = recordings.flatMap((r) => r.steps.filter((s) => s.kind === kind));
  const idle = steps.filter((s) => !s.changed).length;
  return idle === 0 ? '' : `; ${idle} of ${steps.length} steps changed nothing and are left out`;
}

async function interactionResults(page: Page, size: SizeLabel, repeats: number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const base = (key: string) => measureBase(`browser.${key}.${size}`);
  const root = AIDLINE.probe.root;
  const zoom: Recording[] = [];
  const brush: Recording[] = [];
  try {
    for (let i = 0; i < repeats; i++) zoom.push(await zoomAndPan(page, root));
    results.push(
      measured(
        base('zoomWheel'),
        pooledStats(stepTimes(zoom, 'wheel', 'event'), repeats),
        `Ctrl + wheel: event.timeStamp to the end of the first frame painted with the chart changed${unchangedNote(zoom, 'wheel')}`,
      ),
      measured(
        base('zoomWheelDispatch'),
        pooledStats(stepTimes(zoom, 'wheel', 'dispatch'), repeats),
        'Ctrl + wheel: start of dispatch to the end of the same frame (the input queue left out)',
      ),
      measured(
        base('panDrag'),
        pooledStats(stepTimes(zoom, 'drag', 'event'), repeats),
        `mouse move with the button down: event.timeStamp to the end of the first frame painted with the chart changed${unchangedNote(zoom, 'drag')}`,
      ),
      measured(
        base('zoomPanFrames'),
        pooledStats(
          zoom.flatMap((r) => r.frameIntervals),
          repeats,
        ),
        'requestAnimationFrame intervals during the zoom and pan',
      ),
    );
  } catch (error) {
    for (const key of ['zoomWheel', 'zoomWheelDispatch', 'panDrag', 'zoomPanFrames'])
      results.push(notMeasured(base(key), why(error)));
  }
  try {
    for (let i = 0; i < repeats; i++) brush.push(await dragBrush(page, root));
    results.push(
      measured(
        base('brush'),
        pooledStats(stepTimes(brush, 'drag', 'event'), repeats),
        `overview brush drag: event.timeStamp to the end of the first frame painted with the timeline changed${unchangedNote(brush, 'drag')}`,
      ),
    );
  } catch (error) {
    results.push(notMeasured(base('brush'), why(error)));
  }
  const nodes = [...zoom, ...brush].flatMap((r) => r.steps.map((s) => s.nodes));
  results.push(
    nodes.length === 0
      ? notMeasured(base('timelineNodes'), 'no zoom, pan or brush step was recorded')
      : measured(
          base('timelineNodes'),
          pooledStats(nodes, repeats),
          'elements in the timeline SVG after each step',
        ),
  );
  try {
    results.push(
      measured(
        base('filterChange'),
        pooledStats(await filterChange(page, repeats + 2), repeats + 2),
        'click on a kind checkbox (event.timeStamp) to the end of the frame painted after its last DOM change',
      ),
    );
  } catch (error) {
    results.push(notMeasured(base('filterChange'), why(error)));
  }
  return results;
}

interface Samples {
  firstRender: number[];
  js: number[];
  css: number[];
  font: number[];
  data: number[];
  heap: number[];
  heapWorkers: number[];
  workers: number[];
}

const emptySamples = (): Samples => ({
  firstRender: [],
  js: [],
  css: [],
  font: [],
  data: [],
  heap: [],
  heapWorkers: [],
  workers: [],
});

function addLoad(samples: Samples, loaded: LoadedPage): void {
  samples.firstRender.push(loaded.firstRenderMs);
  samples.js.push(loaded.transfer.js.gzip);
  samples.css.push(loaded.transfer.css.gzip);
  samples.font.push(loaded.transfer.font.raw);
  samples.data.push(loaded.transfer.data.raw);
  samples.heap.push(loaded.memory.jsAllThreads);
  samples.heapWorkers.push(loaded.memory.jsWorkers);
  samples.workers.push(loaded.memory.workers);
}

function loadResults(size: SizeLabel, s: Samples): BenchResult[] {
  const base = (key: string) => measureBase(`browser.${key}.${size}`);
  const most = s.workers.length === 0 ? 0 : Math.max(...s.workers);
  return [
    measured(
      base('firstRender'),
      summarize(s.firstRender),
      'navigation start to the end of the first painted frame with event marks (glyphs or clusters)',
    ),
    measured(base('jsBeforeMarks'), summarize(s.js), 'every script the page and its workers asked for, gzip'),
    measured(base('cssBeforeMarks'), summarize(s.css), 'stylesheets, gzip'),
    measured(
      base('fontBeforeMarks'),
      summarize(s.font),
      'font files as served (WOFF2 is compressed already)',
    ),
    measured(base('dataBeforeMarks'), summarize(s.data), 'dataset files as served, uncompressed'),
    measured(
      base('heapAllThreads'),
      summarize(s.heap),
      'JavaScript of the window and every live worker (measureUserAgentSpecificMemory) after load and a GC',
    ),
    measured(base('heapWorkers'), summarize(s.heapWorkers), `live workers after load: at most ${most}`),
  ];
}

export interface BrowserBenchOutput {
  results: BenchResult[];
  browserVersion: string | null;
}

/** Writes the generated datasets beside the build, so a page can load them with `?dataset=`. */
export async function writeBenchData(distDir: string, datasets: ReadonlyMap<string, string>): Promise<void> {
  const dataDir = join(resolve(distDir), 'bench-data');
  await mkdir(dataDir, { recursive: true });
  for (const [label, text] of datasets) await writeFile(join(dataDir, `${label}.json`), text);
}

/** Serves a folder from a sub-path, isolated across origins so memory can be measured on every thread. */
export function serveIsolated(root: string, base = APP_BASE): Promise<StaticServer> {
  return serveStatic({ root, base, headers: ISOLATION_HEADERS });
}

/** Launches Chromium, running scripts/ensure-browser.mjs first when none is found; null with why if none. */
export async function browserFor(root: string, log: (line: string) => void): Promise<Browser | string> {
  let status = chromiumStatus();
  if (!status.ok) {
    log('browser: no Chromium found, running scripts/ensure-browser.mjs');
    await ensureBrowser(root);
    status = chromiumStatus();
  }
  return status.ok ? launchChromium() : status.reason;
}

/**
 * Serves the built app from a sub-folder on a free loopback port, with the generated datasets beside
 * it, and measures it in headless Chromium at 1440 × 900. Loads are interleaved (seed, 1k, 10k, 100k,
 * then again), so a burst of load on the machine spreads over every size rather than one.
 */
export async function runBrowserBenches(input: BrowserBenchInput): Promise<BrowserBenchOutput> {
  const bigRuns = Math.max(1, Math.ceil(input.runs * 0.6));
  const sizes: Size[] = (
    [
      { label: 'seed', path: BUNDLED, runs: input.runs, interactions: false },
      { label: '1k', path: 'bench-data/1k.json', runs: input.runs, interactions: false },
      { label: '10k', path: 'bench-data/10k.json', runs: input.runs, interactions: true },
      { label: '100k', path: 'bench-data/100k.json', runs: bigRuns, interactions: true },
    ] satisfies Size[]
  ).filter((s) => input.sizes?.includes(s.label) ?? true);
  const browser = await browserFor(input.root, input.log);
  if (typeof browser === 'string')
    return {
      results: sizes.flatMap((s) => idsFor(s).map((id) => notMeasured(measureBase(id), browser))),
      browserVersion: null,
    };
  await writeBenchData(input.distDir, input.datasets);
  const server = await serveIsolated(input.distDir);
  const sizeCache = new SizeCache(input.distDir);
  const samples = new Map(sizes.map((s) => [s.label, emptySamples()]));
  const failures = new Map<SizeLabel, string>();
  const results: BenchResult[] = [];
  try {
    for (let run = 0; run < input.runs; run++) {
      for (const size of sizes) {
        if (run >= size.runs || failures.has(size.label)) continue;
        input.log(`browser: ${size.label}, load ${run + 1} of ${size.runs}`);
        let loaded: LoadedPage;
        try {
          loaded = await openPage(browser, server, AIDLINE, size.path, sizeCache);
        } catch (error) {
          failures.set(size.label, why(error));
          continue;
        }
        addLoad(samples.get(size.label) ?? emptySamples(), loaded);
        if (run === size.runs - 1) {
          if (size.label === 'seed') {
            input.log('browser: exports');
            results.push(...(await exportTimes(loaded.page, input.runs)));
          }
          if (size.interactions) {
            input.log(`browser: ${size.label}, zoom, pan, brush and filter`);
            results.push(
              ...(await interactionResults(loaded.page, size.label, Math.max(2, Math.ceil(input.runs / 2)))),
            );
          }
        }
        await loaded.page.context().close();
      }
    }
    const ordered: BenchResult[] = [];
    for (const size of sizes) {
      const failure = failures.get(size.label);
      const got = samples.get(size.label);
      if (failure === undefined && got !== undefined && got.firstRender.length > 0)
        results.push(...loadResults(size.label, got));
      const byId = new Map(results.map((r) => [r.id, r]));
      for (const id of idsFor(size))
        ordered.push(byId.get(id) ?? notMeasured(measureBase(id), failure ?? 'not reached'));
    }
    return { results: ordered, browserVersion: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
