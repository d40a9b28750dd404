import { describe, expect, it } from 'vitest';
import { bundled, bundledActor, figures, testAmount } from '../../test/bundledDataset';
import { buildChartItems, largest, sortRows } from './chartItems';
import { buildFigureRows } from './figureRows';
import { wholeIndex } from './grouping';

const rows = buildFigureRows(bundled.amounts, bundled);
const count = bundled.amounts.length;
const byUsd = bundled.amounts.slice().sort((a, b) => b.usd - a.usd);
const wholeOf = wholeIndex(rows);

describe('sortRows', () => {
  it('sorts by value, largest first, without changing its input', () => {
    const before = rows.map((r) => r.id);
    expect(sortRows(rows, 'value')[0]?.id).toBe(byUsd[0]?.id);
    expect(sortRows(rows, 'value').at(-1)?.id).toBe(byUsd.at(-1)?.id);
    expect(rows.map((r) => r.id)).toEqual(before);
  });

  it('sorts by date, oldest first, and by donor name', () => {
    expect(sortRows(rows, 'date').map((r) => r.amount.date)).toEqual(rows.map((r) => r.amount.date).sort());
    const donors = rows.map((r) => r.donorName).sort((a, b) => a.localeCompare(b));
    expect(sortRows(rows, 'donor').map((r) => r.donorName)).toEqual(donors);
  });
});

describe('largest', () => {
  it('keeps the n largest, largest first', () => {
    const many = buildFigureRows(
      Array.from({ length: 500 }, (_, i) => testAmount({ id: `f${i}`, usd: (i * 7919) % 1000 })),
      bundled,
    );
    const top = largest(many, 5);
    const expected = sortRows(many, 'value').slice(0, 5);
    expect(top.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(largest(many, 0)).toEqual([]);
  });
});

describe('buildChartItems', () => {
  it('gives every figure one bar when there are fewer than the limit', () => {
    const { items, shown, total } = buildChartItems(rows, {
      sort: 'value',
      group: 'all',
      limit: 40,
      wholeOf,
    });
    expect(shown).toBe(count);
    expect(total).toBe(count);
    expect(new Set(items.map((i) => i.key)).size).toBe(count);
  });

  it('shows only the largest figures above the limit, in the chosen order', () => {
    const { items, shown, total } = buildChartItems(rows, { sort: 'date', group: 'all', limit: 3, wholeOf });
    expect([shown, total]).toEqual([3, count]);
    const top3 = byUsd.slice(0, 3);
    const byDate = top3.sort((a, b) => a.date.localeCompare(b.date) || b.usd - a.usd);
    expect(items.map((i) => i.key)).toEqual(byDate.map((a) => a.id));
  });

  it('puts each group’s sum before its members and marks which members are in the sum', () => {
    const { items } = buildChartItems(rows, { sort: 'value', group: 'donor', limit: 40, wholeOf });
    const nato = items.findIndex((i) => i.key === `donor:${bundledActor('NATO').id}`);
    expect(items[nato]?.type).toBe('group');
    const members = items.slice(nato + 1, nato + 5);
    const { natoTotal, natoMilitary, natoContracts, natoOrders } = figures;
    expect(members.map((m) => (m.type === 'figure' ? [m.row.id, m.summed] : null))).toEqual([
      [natoTotal.id, false],
      [natoMilitary.id, false],
      [natoContracts.id, true],
      [natoOrders.id, false],
    ]);
  });

  it('keeps grouped charts within the limit and counts what it leaves out', () => {
    const { items, shown } = buildChartItems(rows, { sort: 'value', group: 'donor', limit: 4, wholeOf });
    expect(items.length).toBeLessThanOrEqual(4);
    const first = items[0];
    expect(first?.type === 'group' ? first.hiddenMembers : null).toBe(0);
    expect(shown).toBe(items.filter((i) => i.type === 'figure').length);
  });
});
