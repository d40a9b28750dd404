import { describe, expect, it } from 'vitest';
import { flagSummary } from '../../model/flagSummary';
import { formatOriginal } from '../../model/money';
import { bundled, figures } from '../../test/bundledDataset';
import { buildFigureRows, buildFigureRowsInSlices, figureSummary, figureTitle } from './figureRows';

describe('buildFigureRows', () => {
  const rows = buildFigureRows(bundled.amounts, bundled);
  const rowOf = (id: string) => {
    const row = rows.find((r) => r.id === id);
    if (row === undefined) throw new Error(`no row for ${id}`);
    return row;
  };

  it('titles each figure with who gave what and when', () => {
    const { natoOrders } = figures;
    expect(rowOf(natoOrders.id).title).toBe(`${natoOrders.label}, Sep 2023`);
    expect(figureTitle({ label: 'Budget', date: '2024' })).toBe('Budget, 2024');
    expect(figureTitle({ label: 'Budget', date: '2024', draft: true })).toBe('Budget, 2024 (draft)');
  });

  it('names donors and recipients and dates figures in UTC', () => {
    const budget = rowOf(figures.russiaBudget.id);
    expect(budget.donorName).toBe('Russia');
    expect(budget.recipientName).toBeNull();
    expect(budget.time).toBe(Date.parse(`${figures.russiaBudget.date}T00:00:00Z`));
    expect(rowOf(figures.usPackage.id).recipientName).toBe('Ukraine');
  });

  it('attaches the flags that name a figure, once each', () => {
    const flagged = bundled.flags.filter((f) => f.refs.includes(figures.natoOrders.id));
    expect(flagged.length).toBeGreaterThan(0);
    expect(rowOf(figures.natoOrders.id).flags).toEqual(flagged);
    expect(rowOf(figures.usPackage.id).flags).toEqual([]);
    const twice = { id: 'f', severity: 'warning' as const, message: 'check', refs: ['a', 'a'] };
    const [row] = buildFigureRows([{ ...figures.usPackage, id: 'a' }], { ...bundled, flags: [twice] });
    expect(row?.flags).toEqual([twice]);
  });

  it('flags only the figure a flag is about, and writes its note from every figure it names, later ones included', () => {
    const a = { ...figures.usPackage, id: 'a' };
    const b = { ...figures.natoOrders, id: 'b' };
    // About a; b is what it was compared with, and comes after it.
    const aboutA = {
      id: 'conversion-vs-same-day-a',
      severity: 'error' as const,
      message: 'check',
      refs: ['a', 'b'],
    };
    const [rowA, rowB] = buildFigureRows([a, b], { ...bundled, flags: [aboutA] });
    expect(rowA?.flags).toEqual([aboutA]);
    expect(rowB?.flags).toEqual([]);
    expect(rowB?.flagNotes).toEqual([]);
    expect(rowA?.flagNotes).toEqual([
      flagSummary(
        aboutA,
        new Map([
          ['a', a],
          ['b', b],
        ]),
      ),
    ]);
    // The note names the later figure, which it could not have on a single pass.
    expect(rowA?.flagNotes[0]).toContain(`the same day ${formatOriginal(b)}`);
  });

  it('builds the same rows a slice at a time, pausing between slices', async () => {
    const whole = buildFigureRows(bundled.amounts, bundled);
    for (const size of [1, 3, 7, bundled.amounts.length]) {
      let pauses = 0;
      const sliced = await buildFigureRowsInSlices(bundled.amounts, bundled, size, () => {
        pauses++;
        return Promise.resolve();
      });
      expect(sliced).toEqual(whole);
      expect(pauses).toBe(Math.ceil(bundled.amounts.length / size) - 1);
    }
  });

  it('summarises a figure for its accessible name, with its flags', () => {
    const orders = rowOf(figures.natoOrders.id);
    const summary = figureSummary(orders, '€1B ≈ $1.54B');
    expect(summary).toBe(
      `${orders.title}: €1B ≈ $1.54B; ordered contract; flagged: ${orders.flagNotes.join('; ')}`,
    );
    // Short plain sentences, as the image notes say them: no quotes, no source ids.
    expect(orders.flagNotes[0]).toContain('€1B written as $1.54B');
    for (const source of bundled.sources) expect(summary).not.toContain(source.id);
    expect(summary).not.toContain('"');
    const usPackage = rowOf(figures.usPackage.id);
    expect(figureSummary(usPackage, '$325M')).toBe(`${usPackage.title}: $325M; announced package`);
  });
});

describe('figureTitle', () => {
  it('does not repeat a date the label already gives', () => {
    expect(figureTitle({ label: 'US military aid package (April 2023)', date: '2023-04-17' })).toBe(
      'US military aid package (April 2023)',
    );
    expect(figureTitle({ label: 'Russia’s planned 2024 military spending', date: '2023-09-28' })).toBe(
      'Russia’s planned 2024 military spending, Sep 2023',
    );
  });
});
