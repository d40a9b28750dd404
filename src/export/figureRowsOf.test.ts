import { describe, expect, it } from 'vitest';
import { datasetFigureRows } from '../charts/figures/useFigureRows';
import { bundled } from '../test/bundledDataset';
import { figureRowsOf } from './figureRowsOf';

describe('figureRowsOf', () => {
  it('draws the rows the figures panel reads, not rows of its own', () => {
    const panel = datasetFigureRows(bundled);
    if (panel instanceof Promise) throw new Error('the bundled dataset is read at once');
    const shown = bundled.amounts.slice(0, 3);
    const { rows, byId } = figureRowsOf(bundled, shown);
    expect(rows.map((r) => r.amount)).toEqual(shown);
    for (const row of rows) expect(panel).toContain(row);
    expect(byId.size).toBe(bundled.amounts.length);
    expect(figureRowsOf(bundled, []).byId).toBe(byId);
  });
});
