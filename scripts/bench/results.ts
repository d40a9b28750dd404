import type { Summary } from './stats';

export type Group = 'build' | 'node' | 'browser';
export type Unit = 'ms' | 'bytes' | 'MB' | 'elements';

/** The statistics of one measure: a median of runs, or for frame timings the p50 of all steps. */
export interface Stats extends Summary {
  /** 95th percentile of the samples, for measures made of many steps (frame timings). */
  p95?: number;
  /** How many samples the statistics were taken over, when not one per run (frame timings). */
  samples?: number;
}

/** What names a measure, in every result: see catalog.ts for each id's label, group and unit. */
export interface MeasureBase {
  /** Stable name, used by the budgets: `node.filter.actor.100k` (see catalog.ts). */
  id: string;
  label: string;
  group: Group;
  unit: Unit;
}

export interface Measured extends MeasureBase {
  status: 'measured';
  stats: Stats;
  /** What exactly was timed, when the label does not say it all. */
  note?: string;
}

export interface NotMeasured extends MeasureBase {
  status: 'not-measured';
  reason: string;
}

export type BenchResult = Measured | NotMeasured;

export function measured(base: MeasureBase, stats: Stats, note?: string): Measured {
  return note === undefined
    ? { ...base, status: 'measured', stats }
    : { ...base, status: 'measured', stats, note };
}

export function notMeasured(base: MeasureBase, reason: string): NotMeasured {
  return { ...base, status: 'not-measured', reason };
}

/** The message of anything thrown, its first two lines on one, for a "not measured" reason. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.slice(0, 2).join(' ') || 'unknown error';
}
