import { benchDataPath } from './benchSizes';
import { measureBase } from './catalog';
import type { LoadedPage } from './firstRender';
import { measured, type BenchResult } from './results';
import { summarize } from './stats';
import { allBytes } from './transfer';

/** The measures taken on every load of a size, as `browser.<key>.<size>`. */
export const LOAD_KEYS = [
  'firstRender',
  'jsBeforeMarks',
  'cssBeforeMarks',
  'fontBeforeMarks',
  'dataBeforeMarks',
  'allBeforeMarks',
  'heapAllThreads',
  'heapWorkers',
];

/** The measure of the other path to the screen: the size's file named by `?dataset=`. */
export const OWN_FILE_KEY = 'firstRenderOwnFile';

/** Which page every load measure but the own-file row loads. */
export const SHIPPED_NOTE =
  'the app deployed with this dataset as its own data/dataset.json (generated sizes proven in Node first), opened without ?dataset=: drawn once parsed, verified in a worker after';

/** What each load of one size gave, one sample per load. */
export interface LoadSamples {
  firstRender: number[];
  js: number[];
  css: number[];
  font: number[];
  data: number[];
  all: number[];
  heap: number[];
  heapWorkers: number[];
  workers: number[];
}

export const emptyLoadSamples = (): LoadSamples => ({
  firstRender: [],
  js: [],
  css: [],
  font: [],
  data: [],
  all: [],
  heap: [],
  heapWorkers: [],
  workers: [],
});

export function addLoad(samples: LoadSamples, loaded: LoadedPage): void {
  samples.firstRender.push(loaded.firstRenderMs);
  samples.js.push(loaded.transfer.js.gzip);
  samples.css.push(loaded.transfer.css.gzip);
  samples.font.push(loaded.transfer.font.raw);
  samples.data.push(loaded.transfer.data.raw);
  samples.all.push(allBytes(loaded.transfer));
  samples.heap.push(loaded.memory.jsAllThreads);
  samples.heapWorkers.push(loaded.memory.jsWorkers);
  samples.workers.push(loaded.memory.workers);
}

/** The load measures of one size: the median of its loads, with their range. */
export function loadResults(size: string, s: LoadSamples): BenchResult[] {
  const base = (key: string) => measureBase(`browser.${key}.${size}`);
  const most = s.workers.length === 0 ? 0 : Math.max(...s.workers);
  return [
    measured(
      base('firstRender'),
      summarize(s.firstRender),
      `navigation start to the end of the first painted frame with event marks (glyphs or clusters); ${SHIPPED_NOTE}`,
    ),
    measured(base('jsBeforeMarks'), summarize(s.js), 'every script the page and its workers asked for, gzip'),
    measured(base('cssBeforeMarks'), summarize(s.css), 'stylesheets, gzip'),
    measured(
      base('fontBeforeMarks'),
      summarize(s.font),
      'font files as served (WOFF2 is compressed already)',
    ),
    measured(
      base('dataBeforeMarks'),
      summarize(s.data),
      'dataset files (JSON, or anything under data/ or bench-data/) as served, uncompressed',
    ),
    measured(
      base('allBeforeMarks'),
      summarize(s.all),
      'every file asked for: JavaScript and CSS gzip; fonts, data, the HTML page and the rest as served',
    ),
    measured(
      base('heapAllThreads'),
      summarize(s.heap),
      'JavaScript of the window and every live worker (measureUserAgentSpecificMemory) once the load and the dataset check have ended, after a GC',
    ),
    measured(base('heapWorkers'), summarize(s.heapWorkers), `live workers after load: at most ${most}`),
  ];
}

/** First render of a size's file named by `?dataset=`, which a worker validates before it is drawn. */
export function ownFileResult(size: string, firstRenders: readonly number[]): BenchResult {
  return measured(
    measureBase(`browser.${OWN_FILE_KEY}.${size}`),
    summarize(firstRenders),
    `index.html?dataset=${benchDataPath(size)}, a visitor's own file: navigation start to the end of the first painted frame with event marks; no budget`,
  );
}
