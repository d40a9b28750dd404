import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/bundledDataset';
import { buildFigureRows } from './figureRows';
import { rowsOf } from './useFigureRows';

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
