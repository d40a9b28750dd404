import { describe, expect, it } from 'vitest';
import { buildsTable } from './buildsTable';

describe('buildsTable', () => {
  it('gives each build and size a row of pooled medians and p95s, and says what was not measured', () => {
    const steps = Array.from({ length: 20 }, (_, i) => i + 1);
    const table = buildsTable([
      {
        build: 'a',
        size: '100k',
        firstRender: [900, 1100, 1000],
        wheelDispatch: steps,
        wheelEvent: steps.map((s) => s * 2),
        dragEvent: [],
      },
    ]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^\| build \| events \| first render, median \|/);
    expect(table[2]).toBe('| a | 100k | 1000.0 ms | 10.0 ms / 19.0 ms | 38.0 ms | not measured | 20 / 0 |');
  });
});
