import { describe, expect, it } from 'vitest';
import { PageNotReady } from './firstRender';
import type { Recording } from './interactions';
import type { ProbeStep, StepKind } from './pageProbe';
import { pooledStats, stepTimes, unchangedNote } from './stepStats';

const step = (kind: StepKind, fromEvent: number, changed = true): ProbeStep => ({
  kind,
  changed,
  fromEvent,
  fromDispatch: fromEvent - 1,
  nodes: 100,
});

const recordings: Recording[] = [
  { steps: [step('wheel', 10), step('drag', 30), step('wheel', 2000, false)], frameIntervals: [] },
  { steps: [step('wheel', 12), step('key', 5), step('drag', 40)], frameIntervals: [] },
];

describe('stepTimes', () => {
  it('keeps the steps of one kind that changed the chart, from the event or from its dispatch', () => {
    expect(stepTimes(recordings, 'wheel', 'event')).toEqual([10, 12]);
    expect(stepTimes(recordings, 'wheel', 'dispatch')).toEqual([9, 11]);
    expect(stepTimes(recordings, 'drag', 'event')).toEqual([30, 40]);
    expect(stepTimes(recordings, 'click', 'event')).toEqual([]);
  });
});

describe('unchangedNote', () => {
  it('counts the steps of a kind that changed nothing, and is empty when there are none', () => {
    expect(unchangedNote(recordings, 'wheel')).toBe('; 1 of 3 steps changed nothing and are left out');
    expect(unchangedNote(recordings, 'drag')).toBe('');
  });
});

describe('pooledStats', () => {
  it('gives p50 as the median, p95 and the worst of all steps, with the repetitions and step count', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(pooledStats(samples, 2)).toEqual({ median: 10, p95: 19, min: 1, max: 20, runs: 2, samples: 20 });
  });

  it('refuses to report a measure with no steps as fast', () => {
    expect(() => pooledStats([], 2)).toThrow(PageNotReady);
  });
});
