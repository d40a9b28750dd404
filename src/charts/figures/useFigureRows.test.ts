import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/bundledDataset';
import { buildFigureRows } from './figureRows';
import { datasetFigureRows, datasetFigureRowsNow, FIGURE_ROWS_SLICE, rowsOf } from './useFigureRows';

describe('rowsOf', () => {
  const all = buildFigureRows(bundled.amounts, bundled);
  const byId = new Map(all.map((r) => [r.id, r]));
  const pick = (keep: (i: number) => boolean) => bundled.amounts.filter((_, i) => keep(i));

  it("gives each kept figure's row, in the filters' order", () => {
    for (const keep of [() => true, () => false, (i: number) => i % 3 === 0, (i: number) => i > 5]) {
      const amounts = pick(keep);
      expect(rowsOf(amounts, bundled.amounts, all, byId).map((r) => r.amount)).toEqual(amounts);
    }
  });

  it('finds a figure out of the dataset order by its id', () => {
    const amounts = pick((i) => i % 2 === 0).reverse();
    expect(rowsOf(amounts, bundled.amounts, all, byId).map((r) => r.amount)).toEqual(amounts);
  });
});

describe('datasetFigureRows', () => {
  it('builds the rows of a small dataset at once, and once', () => {
    const rows = datasetFigureRows(bundled);
    expect(rows).toEqual(buildFigureRows(bundled.amounts, bundled));
    expect(datasetFigureRows(bundled)).toBe(rows);
  });

  it('reads a dataset of more figures than a slice in slices, and gives the same rows', async () => {
    const copies = Math.ceil((FIGURE_ROWS_SLICE + 1) / bundled.amounts.length);
    const amounts = Array.from({ length: copies }, (_, copy) =>
      bundled.amounts.map((a) => ({ ...a, id: `${a.id}-${copy}`, partOf: null })),
    ).flat();
    const large = { ...bundled, amounts };
    const pending = datasetFigureRows(large);
    expect(pending).toBeInstanceOf(Promise);
    expect(datasetFigureRows(large)).toBe(pending);
    // Wanted at once meanwhile (an image being drawn): read whole, not waited for.
    expect(datasetFigureRowsNow(large)).toEqual(buildFigureRows(amounts, large));
    const read = await pending;
    expect(read).toEqual(buildFigureRows(amounts, large));
    // Once read, the rows themselves are kept and given to everyone.
    expect(datasetFigureRows(large)).toBe(read);
    expect(datasetFigureRowsNow(large)).toBe(read);
  });
});
