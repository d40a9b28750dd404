import { describe, expect, it } from 'vitest';
import { buildFigureRows } from './figureRows';
import { buildChartItems, largest, sortRows } from './chartItems';
import { wholeIndex } from './grouping';
import { TEST_AMOUNTS, TEST_DATASET, testAmount } from './testData';

const rows = buildFigureRows(TEST_AMOUNTS, TEST_DATASET);
const wholeOf = wholeIndex(rows);

describe('sortRows', () => {
  it('sorts by value, largest first, without changing its input', () => {
    const before = rows.map((r) => r.id);
    expect(sortRows(rows, 'value')[0]?.id).toBe('nato-total-150b');
    expect(sortRows(rows, 'value').at(-1)?.id).toBe('us-assistance-128m');
    expect(rows.map((r) => r.id)).toEqual(before);
  });

  it('sorts by date, oldest first, and by donor name', () => {
    expect(sortRows(rows, 'date').map((r) => r.amount.date)).toEqual(rows.map((r) => r.amount.date).sort());
    expect(sortRows(rows, 'donor').map((r) => r.donorName)[0]).toBe('NATO');
    expect(sortRows(rows, 'donor').at(-1)?.donorName).toBe('United States');
  });
});

describe('largest', () => {
  it('keeps the n largest, largest first', () => {
    const many = buildFigureRows(
      Array.from({ length: 500 }, (_, i) => testAmount({ id: `f${i}`, usd: (i * 7919) % 1000 })),
      TEST_DATASET,
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
    expect(shown).toBe(TEST_AMOUNTS.length);
    expect(total).toBe(TEST_AMOUNTS.length);
    expect(new Set(items.map((i) => i.key)).size).toBe(TEST_AMOUNTS.length);
  });

  it('shows only the largest figures above the limit, in the chosen order', () => {
    const { items, shown, total } = buildChartItems(rows, { sort: 'date', group: 'all', limit: 3, wholeOf });
    expect([shown, total]).toEqual([3, TEST_AMOUNTS.length]);
    expect(items.map((i) => i.key)).toEqual(['nato-total-150b', 'nato-military-65b', 'russia-budget-2024']);
  });

  it('puts each group’s sum before its members and marks which members are in the sum', () => {
    const { items } = buildChartItems(rows, { sort: 'value', group: 'donor', limit: 40, wholeOf });
    const nato = items.findIndex((i) => i.key === 'donor:nato');
    expect(items[nato]?.type).toBe('group');
    const members = items.slice(nato + 1, nato + 5);
    expect(members.map((m) => (m.type === 'figure' ? [m.row.id, m.summed] : null))).toEqual([
      ['nato-total-150b', false],
      ['nato-military-65b', false],
      ['nato-contracts-2-4b', true],
      ['nato-orders-1b', false],
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
