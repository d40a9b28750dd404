import { describe, expect, it } from 'vitest';
import type { Flag } from '../../data/schema';
import { drawnSeverities } from './flagSeverities';

const flag = (severity: Flag['severity']) => ({ severity }) as Flag;

describe('drawnSeverities', () => {
  it("lists the colour of each flagged figure's first flag, most serious first, and nothing without flags", () => {
    expect(drawnSeverities([{ flags: [] }])).toEqual([]);
    expect(drawnSeverities([{ flags: [flag('warning'), flag('error')] }])).toEqual(['warning']);
    expect(
      drawnSeverities([{ flags: [flag('warning')] }, { flags: [flag('error')] }, { flags: [] }]),
    ).toEqual(['error', 'warning']);
  });
});
