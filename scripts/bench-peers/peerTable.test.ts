import { describe, expect, it } from 'vitest';
import { peerTable, ratio } from './peerTable';

const stats = (median: number, min = median, max = median, runs = 3) => ({ median, min, max, runs });

describe('ratio', () => {
  it('says how many times the peer’s median is Aidline’s', () => {
    expect(ratio(stats(500), stats(250))).toBe('2.00×');
    expect(ratio(stats(100), stats(200))).toBe('0.50×');
    expect(ratio(stats(96_000), stats(3_000))).toBe('32×');
    expect(ratio(undefined, stats(1))).toBe('');
  });
});

describe('peerTable', () => {
  it('puts every page side by side with its range, and each peer as a ratio', () => {
    const table = peerTable(
      [
        { measure: 'firstRender', size: '1k', target: 'A', stats: stats(200, 190, 230) },
        { measure: 'firstRender', size: '1k', target: 'B', stats: stats(600, 580, 700) },
      ],
      ['A', 'B'],
      ['1k', '10k'],
    ).split('\n');
    expect(table[0]).toBe('| Measure | Events | A | B | B / A |');
    expect(table).toHaveLength(3);
    expect(table[2]).toContain('| 1k | 200 ms (190 ms–230 ms) | 600 ms (580 ms–700 ms) | 3.00× |');
  });
});
