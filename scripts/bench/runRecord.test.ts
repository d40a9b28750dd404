import { describe, expect, it } from 'vitest';
import { busyMachineNote, commitOf, loadAverages, machineRecord, runHeader } from './runRecord';

describe('loadAverages', () => {
  it('names the 1-, 5- and 15-minute averages, to two decimals', () => {
    expect(loadAverages([12.345, 3, 0.004])).toEqual({ '1m': 12.35, '5m': 3, '15m': 0 });
  });
});

describe('commitOf', () => {
  it('is null outside a git checkout', () => {
    expect(commitOf('/')).toBeNull();
  });
});

describe('machineRecord', () => {
  it('records the cores, Chromium and the load averages at the start and the end', () => {
    const start = { '1m': 1, '5m': 2, '15m': 3 };
    const machine = machineRecord('156.0', start);
    expect(machine.cpus).toBeGreaterThan(0);
    expect(machine.chromium).toBe('156.0');
    expect(machine.loadAverage.start).toBe(start);
    expect(Object.keys(machine.loadAverage.end)).toEqual(['1m', '5m', '15m']);
  });
});

describe('runHeader', () => {
  it('says when, at which commit and on what machine a results file was measured', () => {
    const header = runHeader('/', null, { '1m': 0, '5m': 0, '15m': 0 });
    expect(Object.keys(header)).toEqual(['measuredAt', 'commit', 'machine']);
    expect(Number.isNaN(Date.parse(header.measuredAt))).toBe(false);
    expect(header.commit).toBeNull();
    expect(header.machine.chromium).toBeNull();
  });
});

describe('busyMachineNote', () => {
  const load = (oneMinute: number) => ({ '1m': oneMinute, '5m': 0, '15m': 0 });

  it('is silent while the 1-minute load average stays within the cores', () => {
    expect(busyMachineNote(load(0.5), load(2), 2)).toBeNull();
  });

  it('says how busy the machine was at the start or the end', () => {
    expect(busyMachineNote(load(1), load(13.8), 2)).toBe(
      'The machine was busy: 1-minute load average 1 at the start and 13.8 at the end on 2 cores. Timings are slower and noisier than on a quiet machine.',
    );
    expect(busyMachineNote(load(3), load(1), 2)).toMatch(/^The machine was busy/);
  });
});
