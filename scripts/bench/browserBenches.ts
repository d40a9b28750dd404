import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { measureBase } from './catalog';
import { chromiumStatus, ensureBrowser, launchChromium } from './chromium';
import { exportTimes } from './exportTimes';
import { openApp, PageNotReady } from './firstRender';
import { dragBrush, zoomAndPan, type Recording } from './interactions';
import { measured, notMeasured, reasonOf, type BenchResult, type Stats } from './results';
import { percentile, summarize } from './stats';
import { serveStatic } from './staticServer';

/** The sub-folder the build is served from, as on a static host that is not at the domain's root. */
export const APP_BASE = '/aidline/bench/app/';

export interface BrowserBenchInput {
  /** The repository root (for scripts/ensure-browser.mjs). */
  root: string;
  /** The built app (with index.html). */
  distDir: string;
  /** Generated datasets as JSON text, by size label; 10k and 100k are served beside the app. */
  datasets: ReadonlyMap<string, string>;
  runs: number;
  log: (line: string) => void;
}

interface Size {
  label: 'seed' | '10k' | '100k';
  /** `?dataset=` path, or null for the bundled seed dataset. */
  path: string | null;
  runs: number;
}

const INTERACTIONS = [
  { key: 'zoomPan', run: zoomAndPan },
  { key: 'brush', run: dragBrush },
] as const;

function idsFor(size: Size['label']): string[] {
  const perSize = ['firstRender', 'heap'];
  const extra =
    size === 'seed'
      ? ['exportPng2x', 'exportSvg']
      : ['zoomPan', 'zoomPanFrames', 'brush', 'brushFrames', 'timelineNodes'];
  return [...perSize, ...extra].map((key) => `browser.${key}.${size}`);
}

function why(error: unknown): string {
  return error instanceof PageNotReady ? error.message : `failed: ${reasonOf(error)}`;
}

/** p50 (as the median), p95 and worst of every step of every repetition. */
function pooledStats(samples: readonly number[], repetitions: number): Stats {
  if (samples.length === 0) throw new PageNotReady('no input steps were recorded');
  return {
    ...summarize(samples),
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    runs: repetitions,
    samples: samples.length,
  };
}

async function interactionResults(page: Page, size: string, repeats: number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const nodes: number[] = [];
  for (const { key, run } of INTERACTIONS) {
    const step = measureBase(`browser.${key}.${size}`);
    const frames = measureBase(`browser.${key}Frames.${size}`);
    try {
      const recordings: Recording[] = [];
      for (let i = 0; i < repeats; i++) recordings.push(await run(page));
      nodes.push(...recordings.flatMap((r) => r.nodes));
      results.push(
        measured(
          step,
          pooledStats(
            recordings.flatMap((r) => r.steps),
            repeats,
          ),
          'input event timestamp to the end of the next painted frame',
        ),
        measured(
          frames,
          pooledStats(
            recordings.flatMap((r) => r.frameIntervals),
            repeats,
          ),
          'requestAnimationFrame intervals during the input',
        ),
      );
    } catch (error) {
      results.push(notMeasured(step, why(error)), notMeasured(frames, why(error)));
    }
  }
  const count = measureBase(`browser.timelineNodes.${size}`);
  results.push(
    nodes.length === 0
      ? notMeasured(count, 'no zoom, pan or brush step was recorded')
      : measured(count, pooledStats(nodes, repeats), 'elements in the timeline SVG after each input step'),
  );
  return results;
}

async function measureSize(
  browser: Browser,
  appUrl: string,
  size: Size,
  input: BrowserBenchInput,
): Promise<BenchResult[]> {
  const renders: number[] = [];
  const heaps: number[] = [];
  let page: Page | null = null;
  let failure = '';
  try {
    for (let run = 0; run < size.runs; run++) {
      input.log(`browser: ${size.label}, load ${run + 1} of ${size.runs}`);
      const loaded = await openApp(browser, appUrl, size.path);
      renders.push(loaded.firstRenderMs);
      heaps.push(loaded.heapMB);
      if (page !== null) await page.context().close();
      page = loaded.page;
    }
  } catch (error) {
    failure = why(error);
  }
  const results: BenchResult[] = [];
  if (failure === '') {
    results.push(
      measured(
        measureBase(`browser.firstRender.${size.label}`),
        summarize(renders),
        'dataset responseEnd to the end of the first frame with timeline marks',
      ),
      measured(
        measureBase(`browser.heap.${size.label}`),
        summarize(heaps),
        'JSHeapUsedSize after a forced garbage collection',
      ),
    );
  }
  if (page !== null && failure === '') {
    if (size.label === 'seed') {
      input.log('browser: exports');
      results.push(...(await exportTimes(page, input.runs)));
    } else {
      input.log(`browser: ${size.label}, zoom, pan and brush`);
      results.push(...(await interactionResults(page, size.label, Math.max(2, Math.ceil(input.runs / 2)))));
    }
  }
  if (page !== null) await page.context().close();
  const done = new Set(results.map((r) => r.id));
  const reason = failure === '' ? 'not reached' : failure;
  for (const id of idsFor(size.label)) if (!done.has(id)) results.push(notMeasured(measureBase(id), reason));
  return results;
}

export interface BrowserBenchOutput {
  results: BenchResult[];
  browserVersion: string | null;
}

/**
 * Serves the built app from a sub-folder on a free loopback port, with the generated datasets beside
 * it, and measures it in headless Chromium at 1440 × 900.
 */
export async function runBrowserBenches(input: BrowserBenchInput): Promise<BrowserBenchOutput> {
  const sizes: Size[] = [
    { label: 'seed', path: null, runs: input.runs },
    { label: '10k', path: 'bench-data/10k.json', runs: input.runs },
    { label: '100k', path: 'bench-data/100k.json', runs: Math.max(1, Math.ceil(input.runs / 2)) },
  ];
  let status = chromiumStatus();
  if (!status.ok) {
    input.log('browser: no Chromium found, running scripts/ensure-browser.mjs');
    await ensureBrowser(input.root);
    status = chromiumStatus();
  }
  if (!status.ok)
    return {
      results: sizes.flatMap((s) => idsFor(s.label).map((id) => notMeasured(measureBase(id), status.reason))),
      browserVersion: null,
    };
  const dataDir = join(resolve(input.distDir), 'bench-data');
  await mkdir(dataDir, { recursive: true });
  for (const size of sizes) {
    const text = input.datasets.get(size.label);
    if (size.path !== null && text !== undefined) await writeFile(join(dataDir, `${size.label}.json`), text);
  }
  const server = await serveStatic({ root: input.distDir, base: APP_BASE });
  const browser = await launchChromium();
  try {
    const results: BenchResult[] = [];
    for (const size of sizes) results.push(...(await measureSize(browser, server.url, size, input)));
    return { results, browserVersion: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
