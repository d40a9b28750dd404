import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemAt } from './itemAt';
import { stackRows, type StackItem } from './stackRows';

const itemsArb = fc
  .array(
    fc.record({
      x0: fc.integer({ min: 0, max: 900 }),
      width: fc.integer({ min: 1, max: 300 }),
      rows: fc.integer({ min: 1, max: 3 }),
      below: fc.boolean(),
    }),
    { maxLength: 60 },
  )
  .map((list) =>
    list
      .sort((a, b) => a.x0 - b.x0)
      .map((i, k): StackItem => ({ x0: i.x0, x1: i.x0 + i.width, rows: i.rows, below: k > 0 && i.below })),
  );

describe('stackRows', () => {
  it('never lets two boxes meet closer than the gap, and keeps stacks in order', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const stacked = stackRows(items, Infinity, 4);
        expect(stacked).not.toBeNull();
        if (stacked === null) return;
        items.forEach((a, i) => {
          const ra = stacked.rows[i] ?? 0;
          if (a.below)
            expect(ra).toBeGreaterThanOrEqual((stacked.rows[i - 1] ?? 0) + (items[i - 1]?.rows ?? 1));
          for (let j = i + 1; j < items.length; j++) {
            const b = itemAt(items, j);
            const rb = stacked.rows[j] ?? 0;
            const shareRows = ra < rb + b.rows && rb < ra + a.rows;
            if (shareRows) expect(b.x0 >= a.x1 + 4 || a.x0 >= b.x1 + 4).toBe(true);
          }
        });
      }),
    );
  });

  it('gives up when the rows run out, and agrees with an unbounded stack when they do not', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 12 }), (items, maxRows) => {
        const unbounded = stackRows(items, Infinity, 4);
        const bounded = stackRows(items, maxRows, 4);
        if ((unbounded?.used ?? 0) <= maxRows) expect(bounded).toEqual(unbounded);
        else expect(bounded).toBeNull();
      }),
    );
  });

  it('puts boxes that do not collide in the first row', () => {
    const items: StackItem[] = [
      { x0: 0, x1: 100, rows: 1, below: false },
      { x0: 50, x1: 150, rows: 2, below: false },
      { x0: 110, x1: 200, rows: 1, below: false },
    ];
    expect(Array.from(stackRows(items, 5, 4)?.rows ?? [])).toEqual([0, 1, 0]);
  });
});
