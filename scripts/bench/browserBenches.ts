import { AIDLINE, AIDLINE_OWN_FILE } from './aidlineTarget';
import type { SizeLabel } from './benchSizes';
import { measureBase } from './catalog';
import { browserFor } from './chromium';
import { exportTimes } from './exportTimes';
import { openPage, whyNotMeasured, type LoadedPage } from './firstRender';
import { INPUT_FLOOR_IDS, inputFloorResults, writeInputFloorPage } from './inputFloor';
import { INTERACTION_KEYS, interactionResults } from './interactionResults';
import {
  addLoad,
  emptyLoadSamples,
  LOAD_KEYS,
  loadResults,
  OWN_FILE_KEY,
  ownFileResult,
} from './loadResults';
import { notMeasured, type BenchResult } from './results';
import { serveIsolated, writeBenchData } from './servedBuild';
import { deployShippedApps } from './shippedApps';
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
  runs: number;
  /** Each load of a generated size is followed by one of its file named by `?dataset=`. */
  ownFile: boolean;
  /** Zoom, pan, brush and filter steps on the last load of this size. */
  interactions: boolean;
}

/** Every measure a size gives, in table order. */
function idsFor(size: Size): string[] {
  const keys = [...LOAD_KEYS];
  if (size.ownFile) keys.push(OWN_FILE_KEY);
  if (size.label === 'seed') keys.push('exportPng2x', 'exportSvg');
  if (size.interactions) keys.push(...INTERACTION_KEYS);
  return keys.map((key) => `browser.${key}.${size.label}`);
}

export interface BrowserBenchOutput {
  results: BenchResult[];
  browserVersion: string | null;
}

/**
 * Serves the built app from a sub-folder on a free loopback port and measures it in headless Chromium
 * at 1440 × 900. Each generated dataset is proven in Node and deployed as the app's own data (see
 * shippedApps.ts): every measure but one loads that deployment, as a site publishing the dataset would
 * serve it; the one, first render as a visitor's own file, opens the build with `?dataset=`. Loads are
 * interleaved (seed, 1k, 10k, 100k, then again), so a burst of load on the machine spreads over every
 * size rather than one.
 */
export async function runBrowserBenches(input: BrowserBenchInput): Promise<BrowserBenchOutput> {
  const bigRuns = Math.max(1, Math.ceil(input.runs * 0.6));
  /** Zoom, pan, brush and filter sequences on a loaded page (filter changes get two more). */
  const interactionRepeats = Math.max(2, Math.ceil(input.runs / 2));
  const sizes: Size[] = (
    [
      { label: 'seed', runs: input.runs, ownFile: false, interactions: false },
      { label: '1k', runs: input.runs, ownFile: true, interactions: false },
      { label: '10k', runs: input.runs, ownFile: true, interactions: true },
      { label: '100k', runs: bigRuns, ownFile: true, interactions: true },
    ] satisfies Size[]
  ).filter((s) => input.sizes?.includes(s.label) ?? true);
  await writeBenchData(input.distDir, input.datasets);
  await deployShippedApps(input.distDir, input.datasets);
  const floor = sizes.some((s) => s.interactions);
  if (floor) await writeInputFloorPage(input.distDir);
  const browser = await browserFor(input.root, input.log);
  if (typeof browser === 'string')
    return {
      results: [...sizes.flatMap(idsFor), ...(floor ? INPUT_FLOOR_IDS : [])].map((id) =>
        notMeasured(measureBase(id), browser),
      ),
      browserVersion: null,
    };
  const server = await serveIsolated(input.distDir);
  const sizeCache = new SizeCache(input.distDir);
  const samples = new Map(sizes.map((s) => [s.label, emptyLoadSamples()]));
  const failures = new Map<SizeLabel, string>();
  const ownFile = new Map(sizes.map((s) => [s.label, [] as number[]]));
  const ownFileFailures = new Map<SizeLabel, string>();
  const results: BenchResult[] = [];
  /** One load of the app deployed with the size's dataset; on the last, its exports or interactions. */
  const shippedLoad = async (size: Size, run: number): Promise<void> => {
    input.log(`browser: ${size.label}, load ${run + 1} of ${size.runs}`);
    let loaded: LoadedPage;
    try {
      loaded = await openPage(browser, server, AIDLINE, size.label, sizeCache);
    } catch (error) {
      failures.set(size.label, whyNotMeasured(error));
      return;
    }
    addLoad(samples.get(size.label) ?? emptyLoadSamples(), loaded);
    if (run === size.runs - 1) {
      if (size.label === 'seed') {
        input.log('browser: exports');
        results.push(...(await exportTimes(loaded.page, input.runs)));
      }
      if (size.interactions) {
        input.log(`browser: ${size.label}, zoom, pan, brush and filter`);
        results.push(...(await interactionResults(loaded.page, size.label, interactionRepeats)));
      }
    }
    await loaded.page.context().close();
  };
  try {
    for (let run = 0; run < input.runs; run++) {
      for (const size of sizes) {
        if (run >= size.runs) continue;
        if (!failures.has(size.label)) await shippedLoad(size, run);
        if (size.ownFile && !ownFileFailures.has(size.label)) {
          input.log(`browser: ${size.label} as a ?dataset= file, load ${run + 1} of ${size.runs}`);
          try {
            const loaded = await openPage(browser, server, AIDLINE_OWN_FILE, size.label, sizeCache);
            ownFile.get(size.label)?.push(loaded.firstRenderMs);
            await loaded.page.context().close();
          } catch (error) {
            ownFileFailures.set(size.label, whyNotMeasured(error));
          }
        }
      }
    }
    if (floor) {
      input.log('browser: input floor (a page that only moves one rectangle), zoom and pan');
      results.push(...(await inputFloorResults(browser, server, sizeCache, interactionRepeats)));
    }
    const ordered: BenchResult[] = [];
    for (const size of sizes) {
      const failure = failures.get(size.label);
      const got = samples.get(size.label);
      if (failure === undefined && got !== undefined && got.firstRender.length > 0)
        results.push(...loadResults(size.label, got));
      const own = ownFile.get(size.label) ?? [];
      if (size.ownFile && own.length > 0) results.push(ownFileResult(size.label, own));
      const byId = new Map(results.map((r) => [r.id, r]));
      const ownFileId = `browser.${OWN_FILE_KEY}.${size.label}`;
      for (const id of idsFor(size)) {
        const reason = (id === ownFileId ? ownFileFailures.get(size.label) : failure) ?? 'not reached';
        ordered.push(byId.get(id) ?? notMeasured(measureBase(id), reason));
      }
    }
    if (floor) ordered.push(...results.filter((r) => INPUT_FLOOR_IDS.includes(r.id)));
    return { results: ordered, browserVersion: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
