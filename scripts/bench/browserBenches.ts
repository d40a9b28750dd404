import { AIDLINE, BUNDLED } from './aidlineTarget';
import { benchDataPath, type SizeLabel } from './benchSizes';
import { measureBase } from './catalog';
import { browserFor } from './chromium';
import { exportTimes } from './exportTimes';
import { openPage, whyNotMeasured, type LoadedPage } from './firstRender';
import { INTERACTION_KEYS, interactionResults } from './interactionResults';
import { addLoad, emptyLoadSamples, LOAD_KEYS, loadResults } from './loadResults';
import { notMeasured, type BenchResult } from './results';
import { serveIsolated, writeBenchData } from './servedBuild';
import { SizeCache } from './transfer';

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

/** Every measure a size gives, in table order. */
function idsFor(size: Size): string[] {
  const keys = [...LOAD_KEYS];
  if (size.label === 'seed') keys.push('exportPng2x', 'exportSvg');
  if (size.interactions) keys.push(...INTERACTION_KEYS);
  return keys.map((key) => `browser.${key}.${size.label}`);
}

export interface BrowserBenchOutput {
  results: BenchResult[];
  browserVersion: string | null;
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
      { label: '1k', path: benchDataPath('1k'), runs: input.runs, interactions: false },
      { label: '10k', path: benchDataPath('10k'), runs: input.runs, interactions: true },
      { label: '100k', path: benchDataPath('100k'), runs: bigRuns, interactions: true },
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
  const samples = new Map(sizes.map((s) => [s.label, emptyLoadSamples()]));
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
          failures.set(size.label, whyNotMeasured(error));
          continue;
        }
        addLoad(samples.get(size.label) ?? emptyLoadSamples(), loaded);
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
