import { describe, expect, it } from 'vitest';
import { buildFigureRows, figureSummary, figureTitle, indexFlags } from './figureRows';
import { TEST_AMOUNTS, TEST_DATASET } from './testData';

describe('buildFigureRows', () => {
  const rows = buildFigureRows(TEST_AMOUNTS, TEST_DATASET);
  const byId = new Map(rows.map((r) => [r.id, r]));

  it('titles each figure with who gave what and when', () => {
    expect(byId.get('us-package-325m')?.title).toBe('US military aid package, Apr 2023');
    expect(figureTitle({ label: 'Budget', date: '2024' })).toBe('Budget, 2024');
  });

  it('names donors and recipients and dates figures in UTC', () => {
    const budget = byId.get('russia-budget-2024');
    expect(budget?.donorName).toBe('Russia');
    expect(budget?.recipientName).toBeNull();
    expect(budget?.time).toBe(Date.UTC(2023, 8, 22));
  });

  it('attaches the flags that name a figure, once each', () => {
    const flag = { id: 'f', severity: 'warning' as const, message: 'check', refs: ['a', 'a', 'b'] };
    expect(indexFlags([flag]).get('a')).toEqual([flag]);
    expect(byId.get('nato-orders-1b')?.flags.map((f) => f.id)).toEqual(['orders-conversion']);
    expect(byId.get('us-package-325m')?.flags).toEqual([]);
  });

  it('summarises a figure for its accessible name, with its flags', () => {
    const orders = byId.get('nato-orders-1b');
    if (orders === undefined) throw new Error('missing test figure');
    expect(figureSummary(orders, '€1B ≈ $1.54B')).toBe(
      'NATO firm ammunition orders, Sep 2023: €1B ≈ $1.54B; ordered contract; flagged: ' +
        'The text converts 1 billion euros to USD 1.54 billion, far from the rate of the day.',
    );
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
