import { describe, expect, it } from 'vitest';
import { commitOf, loadAverages, machineRecord, runHeader } from './runRecord';

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
