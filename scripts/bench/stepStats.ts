import { PageNotReady } from './firstRender';
import type { Recording } from './interactions';
import type { StepKind } from './pageProbe';
import type { Stats } from './results';
import { percentile, summarize } from './stats';

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

/** "; 3 of 32 steps changed nothing and are left out" when some steps of a kind left the chart as it was. */
export function unchangedNote(recordings: readonly Recording[], kind: StepKind): string {
  const steps = recordings.flatMap((r) => r.steps.filter((s) => s.kind === kind));
  const idle = steps.filter((s) => !s.changed).length;
  return idle === 0 ? '' : `; ${idle} of ${steps.length} steps changed nothing and are left out`;
}
