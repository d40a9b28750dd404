import { describe, expect, it } from 'vitest';
import type { LoadedPage } from './firstRender';
import { addLoad, emptyLoadSamples, LOAD_KEYS, loadResults } from './loadResults';
import type { Measured } from './results';

const bytes = (raw: number, gzip: number) => ({ raw, gzip, files: 1 });

function load(firstRenderMs: number, workers: number): LoadedPage {
  return {
    page: null as unknown as LoadedPage['page'],
    firstRenderMs,
    transfer: {
      js: bytes(400_000, 130_000),
      css: bytes(20_000, 5_000),
      font: bytes(48_000, 47_000),
      data: bytes(70_000_000, 9_000_000),
      other: bytes(1_000, 600),
    },
    memory: { jsAllThreads: 40, jsMain: 30, jsWorkers: 10, workers, total: 60 },
  };
}

describe('loadResults', () => {
  const samples = emptyLoadSamples();
  addLoad(samples, load(900, 1));
  addLoad(samples, load(1100, 0));
  addLoad(samples, load(1000, 1));
  const results = loadResults('100k', samples) as Measured[];
  const byKey = (key: string) => results.find((r) => r.id === `browser.${key}.100k`);

  it('gives one measure per load key, in order, each the median of the loads with their range', () => {
    expect(results.map((r) => r.id)).toEqual(LOAD_KEYS.map((k) => `browser.${k}.100k`));
    expect(byKey('firstRender')?.stats).toEqual({ median: 1000, min: 900, max: 1100, runs: 3 });
  });

  it('counts JavaScript and CSS gzipped, fonts and data as served, and every byte together', () => {
    expect(byKey('jsBeforeMarks')?.stats.median).toBe(130_000);
    expect(byKey('cssBeforeMarks')?.stats.median).toBe(5_000);
    expect(byKey('fontBeforeMarks')?.stats.median).toBe(48_000);
    expect(byKey('dataBeforeMarks')?.stats.median).toBe(70_000_000);
    expect(byKey('allBeforeMarks')?.stats.median).toBe(130_000 + 5_000 + 48_000 + 70_000_000 + 1_000);
  });

  it('reports the heap of all threads, and how many workers were alive at most', () => {
    expect(byKey('heapAllThreads')?.stats.median).toBe(40);
    expect(byKey('heapWorkers')?.note).toBe('live workers after load: at most 1');
  });
});
