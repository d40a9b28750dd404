import { bundled } from '../../../test/bundledDataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFigureRows } from '../figureRows';
import {
  ariaSort,
  compareForSort,
  FIRST_DIRECTION,
  nextSort,
  searchFigures,
  tableSortFor,
  type TableColumn,
} from './figureTable';
import { placeFigures } from './placement';

const dataset = bundled;
const rows = buildFigureRows(dataset.amounts, dataset);
const byId = new Map(rows.map((r) => [r.id, r]));
const sourceName = () => 'a source';
const COLUMNS = Object.keys(FIRST_DIRECTION) as TableColumn[];

describe('sorting the figures table', () => {
  it('starts a column in its natural direction and reverses on a second click', () => {
    const byUsd = tableSortFor('value');
    expect(byUsd).toEqual({ column: 'usd', direction: 'descending' });
    expect(nextSort(byUsd, 'usd')).toEqual({ column: 'usd', direction: 'ascending' });
    expect(nextSort(byUsd, 'date')).toEqual({ column: 'date', direction: 'ascending' });
    expect(ariaSort(byUsd, 'usd')).toBe('descending');
    expect(ariaSort(byUsd, 'date')).toBe('none');
  });

  it('orders by any column both ways, ties by the largest value', () => {
    for (const column of COLUMNS) {
      for (const direction of ['ascending', 'descending'] as const) {
        const compare = compareForSort({ column, direction }, sourceName);
        const sorted = rows.slice().sort(compare);
        for (const [i, row] of sorted.entries()) {
          const next = sorted[i + 1];
          if (next !== undefined) expect(compare(row, next)).toBeLessThanOrEqual(0);
        }
      }
    }
    const byDate = rows.slice().sort(compareForSort({ column: 'date', direction: 'ascending' }, sourceName));
    expect(byDate.map((r) => r.amount.date)).toEqual(rows.map((r) => r.amount.date).sort());
  });

  it('never ranks a whole among its parts, in any sort', () => {
    for (const column of COLUMNS) {
      for (const direction of ['ascending', 'descending'] as const) {
        const compare = compareForSort({ column, direction }, sourceName);
        const placement = placeFigures(rows, { compare, lookup: (id) => byId.get(id) });
        for (const entry of placement.sections.flatMap((s) => s.entries)) {
          if (entry.row.amount.partOf != null) expect(entry.parent?.id).toBe(entry.row.amount.partOf);
        }
      }
    }
  });
});

describe('searching the figures table', () => {
  it('finds figures by words of the label, donor, currency or stage, folded', () => {
    const rub = searchFigures(rows, 'rub', sourceName);
    expect(rub.map((r) => r.amount.currency)).toEqual(
      rows.filter((r) => r.amount.currency === 'RUB').map(() => 'RUB'),
    );
    expect(searchFigures(rows, 'NATO ammunition', sourceName).every((r) => r.donorName === 'NATO')).toBe(
      true,
    );
    expect(searchFigures(rows, '', sourceName)).toHaveLength(rows.length);
    expect(searchFigures(rows, 'no-such-words-anywhere', sourceName)).toEqual([]);
  });

  it('keeps exactly the rows that hold every term', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('us', 'nato', 'package', 'eur', 'total', 'ordered', 'zz'), { maxLength: 3 }),
        (terms) => {
          const found = new Set(searchFigures(rows, terms.join(' '), sourceName).map((r) => r.id));
          for (const row of rows) {
            const text = [
              row.amount.label,
              row.donorName,
              row.recipientName ?? '',
              row.amount.currency,
              row.amount.stage,
              row.amount.kind,
              row.amount.date,
              row.amount.period ?? '',
              'a source',
            ]
              .join('\n')
              .toLowerCase();
            expect(found.has(row.id)).toBe(terms.every((t) => text.includes(t)));
          }
        },
      ),
    );
  });
});
