import { describe, expect, it } from 'vitest';
import type { Amount } from '../../data/schema';
import { bundled, bundledActor, figures, testAmount, usdOf } from '../../test/bundledDataset';
import { buildFigureRows } from './figureRows';
import { groupFigures, sumFigures, wholeIndex } from './grouping';

const rowsOf = (amounts: Amount[]) => buildFigureRows(amounts, bundled);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const idsOf = (amounts: Amount[]) => amounts.map((a) => a.id).sort();
const us = bundledActor('United States').id;
const nato = bundledActor('NATO').id;

describe('sumFigures', () => {
  it('adds figures that are not running totals and leaves the totals out', () => {
    const rows = rowsOf(bundled.amounts.filter((a) => a.donor === us));
    const sum = sumFigures(rows, wholeIndex(rows));
    const { usPackage, usAssistance, usDrawdown, usTotal } = figures;
    expect(sum.usd).toBe(usdOf([usPackage, usAssistance, usDrawdown]));
    expect(ids(sum.added)).toEqual(idsOf([usAssistance, usDrawdown, usPackage]));
    expect(sum.notAdded).toEqual([expect.objectContaining({ reason: 'cumulative', whole: null })]);
    expect(sum.notAdded[0]?.row.id).toBe(usTotal.id);
  });

  it('never adds a part to its whole', () => {
    const rows = rowsOf(bundled.amounts.filter((a) => a.donor === nato));
    const sum = sumFigures(rows, wholeIndex(rows));
    const { natoContracts, natoOrders } = figures;
    expect(ids(sum.added)).toEqual([natoContracts.id]);
    expect(sum.usd).toBe(natoContracts.usd);
    const orders = sum.notAdded.find((n) => n.row.id === natoOrders.id);
    expect(orders).toMatchObject({ reason: 'part-of-whole' });
    expect(orders?.whole?.id).toBe(natoContracts.id);
  });

  it('adds a part when its whole is not in the sum', () => {
    const rows = rowsOf([figures.natoOrders]);
    const all = rowsOf(bundled.amounts);
    expect(sumFigures(rows, wholeIndex(all)).usd).toBe(figures.natoOrders.usd);
  });

  it('follows a chain of parts: a part of a part of a summed whole is left out', () => {
    const amounts = [
      testAmount({ id: 'a', usd: 100 }),
      testAmount({ id: 'b', usd: 40, partOf: 'a' }),
      testAmount({ id: 'c', usd: 10, partOf: 'b' }),
      testAmount({ id: 'd', usd: 5 }),
    ];
    const rows = rowsOf(amounts);
    const sum = sumFigures(rows, wholeIndex(rows));
    expect(sum.usd).toBe(105);
    expect(sum.notAdded.map((n) => [n.row.id, n.whole?.id])).toEqual([
      ['b', 'a'],
      ['c', 'a'],
    ]);
  });

  it('follows the chain through a whole that is outside the group', () => {
    const amounts = [
      testAmount({ id: 'a', usd: 100 }),
      testAmount({ id: 'b', usd: 40, partOf: 'a', cumulative: true }),
      testAmount({ id: 'c', usd: 10, partOf: 'b' }),
    ];
    const all = rowsOf(amounts);
    const onlyAandC = all.filter((r) => r.id !== 'b');
    expect(sumFigures(onlyAandC, wholeIndex(all)).usd).toBe(100);
  });

  it('stops on a cycle of parts in bad data', () => {
    const amounts = [
      testAmount({ id: 'a', usd: 1, partOf: 'b' }),
      testAmount({ id: 'b', usd: 2, partOf: 'a' }),
    ];
    const rows = rowsOf(amounts);
    expect(sumFigures(rows, wholeIndex(rows)).added.length).toBeLessThan(2);
  });

  it('keeps the original currency only when every added figure shares it', () => {
    const eur = rowsOf([
      testAmount({ id: 'a', currency: 'EUR', value: 2 }),
      testAmount({ id: 'b', currency: 'EUR', value: 3 }),
    ]);
    expect(sumFigures(eur, wholeIndex(eur))).toMatchObject({ value: 5, currency: 'EUR' });
    const mixed = rowsOf([testAmount({ id: 'a', currency: 'EUR' }), testAmount({ id: 'b' })]);
    expect(sumFigures(mixed, wholeIndex(mixed))).toMatchObject({ value: null, currency: null });
  });

  it('carries bounds into the sum: a lower bound makes a lower bound, approximate wins', () => {
    const bounded = (...bounds: Amount['bound'][]) => {
      const rows = rowsOf(bounds.map((bound, i) => testAmount({ id: `f${i}`, bound })));
      return sumFigures(rows, wholeIndex(rows)).bound;
    };
    expect(bounded('exact', 'exact')).toBe('exact');
    expect(bounded('exact', 'lower')).toBe('lower');
    expect(bounded('lower', 'upper')).toBe('approximate');
    expect(bounded('lower', 'approximate')).toBe('approximate');
  });
});

describe('groupFigures', () => {
  const rows = rowsOf(bundled.amounts);
  const wholes = wholeIndex(rows);

  it('groups by donor with each donor’s honest sum, largest first', () => {
    const groups = groupFigures(rows, 'donor', wholes);
    const { russiaBudget, natoContracts, usPackage, usAssistance, usDrawdown } = figures;
    // Russia's own military budget is not aid: it is listed, never added; a group without a sum is
    // ranked by its largest figure.
    expect(groups.map((g) => [g.label, g.sum.usd])).toEqual([
      ['Russia', 0],
      ['NATO', natoContracts.usd],
      ['United States', usdOf([usPackage, usAssistance, usDrawdown])],
    ]);
    const russia = groups.find((g) => g.label === 'Russia');
    expect(russia?.sum.notAdded.map((n) => [n.row.id, n.reason])).toEqual([[russiaBudget.id, 'budget']]);
  });

  it('no grouping ever sums a part with its whole, a running total or a state budget', () => {
    for (const by of ['donor', 'kind', 'stage'] as const) {
      for (const group of groupFigures(rows, by, wholes)) {
        const added = new Set(group.sum.added.map((r) => r.id));
        for (const row of group.sum.added) {
          expect(row.amount.cumulative).toBe(false);
          expect(row.amount.kind).not.toBe('budget');
          let whole = row.amount.partOf ?? null;
          while (whole !== null) {
            expect(added.has(whole)).toBe(false);
            whole = wholes.get(whole) ?? null;
          }
        }
        expect(group.sum.added.length + group.sum.notAdded.length).toBe(group.rows.length);
      }
    }
  });

  it('groups running totals by kind without a sum', () => {
    const totals = groupFigures(rows, 'kind', wholes).find((g) => g.key === 'kind:total');
    expect(totals?.label).toBe('Running totals');
    expect(totals?.rows).toHaveLength(bundled.amounts.filter((a) => a.kind === 'total').length);
    expect(totals?.sum.added).toEqual([]);
    expect(totals?.sum.usd).toBe(0);
  });

  it('groups by stage and says which stages a sum mixes', () => {
    const byStage = groupFigures(rows, 'stage', wholes);
    expect(byStage.map((g) => g.key).sort()).toEqual([
      'stage:announced',
      'stage:budgeted',
      'stage:committed',
      'stage:cumulative',
      'stage:ordered',
    ]);
    const usGroup = groupFigures(rows, 'donor', wholes).find((g) => g.key === `donor:${us}`);
    expect(usGroup?.sum.stages).toEqual(['announced']);
  });
});
