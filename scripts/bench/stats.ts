/** Median with min and max of repeated timings: what the bench reports for every timed step. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The value below which `p` percent of the samples lie (nearest rank; p in [0, 100]). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile() needs at least one sample.');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize() needs at least one sample.');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, runs: sorted.length };
}

/**
 * Times `run` `runs` times after `warmup` untimed calls (which let the JIT settle) and summarizes the
 * durations in milliseconds. `prepare` runs before each call, outside the timing.
 */
export async function timeRuns<T>(
  run: (prepared: T) => unknown,
  options: { runs: number; warmup?: number; prepare?: () => T | Promise<T> },
): Promise<Summary> {
  const once = async () => {
    const prepared = options.prepare ? await options.prepare() : (undefined as T);
    const start = performance.now();
    await run(prepared);
    return performance.now() - start;
  };
  for (let i = 0; i < (options.warmup ?? 1); i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) samples.push(await once());
  return summarize(samples);
}
