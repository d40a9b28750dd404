import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface LoadAverages {
  '1m': number;
  '5m': number;
  '15m': number;
}

/** The 1-, 5- and 15-minute load averages, to two decimals: how busy the machine was besides the bench. */
export function loadAverages(values: readonly number[] = loadavg()): LoadAverages {
  const [one = 0, five = 0, fifteen = 0] = values.map((v) => Number(v.toFixed(2)));
  return { '1m': one, '5m': five, '15m': fifteen };
}

/** The commit measured, and whether the working tree had changes on top of it; null outside git. */
export function commitOf(root: string): { hash: string; dirty: boolean } | null {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return {
      hash: git('rev-parse', 'HEAD'),
      dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
    };
  } catch {
    return null;
  }
}

/**
 * The machine a results file was measured on. Other work on the machine skews timings: the load averages
 * when the bench began (`loadAtStart`, from `loadAverages()`) and as it ends.
 */
export function machineRecord(chromium: string | null, loadAtStart: LoadAverages) {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium,
    loadAverage: { start: loadAtStart, end: loadAverages() },
  };
}

/** What every results file starts with: when it was measured, at which commit, on what machine. */
export function runHeader(root: string, chromium: string | null, loadAtStart: LoadAverages) {
  return {
    measuredAt: new Date().toISOString(),
    commit: commitOf(root),
    machine: machineRecord(chromium, loadAtStart),
  };
}

/**
 * A line saying how busy the machine was when other work ran beside the bench (a 1-minute load average
 * above its cores at the start or the end), so nobody reads those timings as a quiet machine's; else null.
 */
export function busyMachineNote(start: LoadAverages, end: LoadAverages, cores: number): string | null {
  const most = Math.max(start['1m'], end['1m']);
  if (most <= cores) return null;
  return `The machine was busy: 1-minute load average ${start['1m']} at the start and ${end['1m']} at the end on ${cores} cores. Timings are slower and noisier than on a quiet machine.`;
}
