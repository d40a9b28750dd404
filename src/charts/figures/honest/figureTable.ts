/**
 * The figures table's model: which columns sort and how, what `aria-sort` says, and what the search box
 * matches. Sorting orders whole figures within each section and parts within their whole (the table
 * uses the same placement as the chart), so a sorted table never ranks a total among its parts.
 *
 * The original value and its currency do not sort: ranking ₽10.8T above $35.4B by the number written
 * would mislead; the USD column ranks them.
 */
import { AMOUNT_STAGES } from '../../../data/vocabulary';
import { foldText, searchTerms } from '../../../state/searchText';
import type { FigureSort } from '../../../state/viewSlice';
import type { FigureRow } from '../figureRows';
import { byUsdDescending } from './placement';

export type TableColumn = 'figure' | 'usd' | 'date' | 'donor' | 'stage' | 'source';
export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  column: TableColumn;
  direction: SortDirection;
}

/** Each sortable column's first direction: largest amounts and text A to Z first, oldest dates first. */
export const FIRST_DIRECTION: Record<TableColumn, SortDirection> = {
  figure: 'ascending',
  usd: 'descending',
  date: 'ascending',
  donor: 'ascending',
  stage: 'ascending',
  source: 'ascending',
};

/** The table's sort matching the chart's sort control. */
export function tableSortFor(sort: FigureSort): TableSort {
  const column: TableColumn = sort === 'value' ? 'usd' : sort;
  return { column, direction: FIRST_DIRECTION[column] };
}

/** A click on a column header: sort by it in its first direction, or reverse it if already sorted by it. */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column !== column) return { column, direction: FIRST_DIRECTION[column] };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The `aria-sort` of a column header. */
export function ariaSort(sort: TableSort, column: TableColumn): SortDirection | 'none' {
  return sort.column === column ? sort.direction : 'none';
}

const STAGE_ORDER = new Map<string, number>(AMOUNT_STAGES.map((s, i) => [s, i]));
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A comparator for the sort; ties fall back to the largest USD value, then the id. */
export function compareForSort(
  sort: TableSort,
  sourceName: (row: FigureRow) => string,
): (a: FigureRow, b: FigureRow) => number {
  const key = (a: FigureRow, b: FigureRow): number => {
    switch (sort.column) {
      case 'figure':
        return collator.compare(a.amount.label, b.amount.label);
      case 'usd':
        return a.amount.usd - b.amount.usd;
      case 'date':
        return a.time - b.time;
      case 'donor':
        return collator.compare(a.donorName, b.donorName);
      case 'stage':
        return (STAGE_ORDER.get(a.amount.stage) ?? 99) - (STAGE_ORDER.get(b.amount.stage) ?? 99);
      case 'source':
        return collator.compare(sourceName(a), sourceName(b));
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return (a, b) => sign * key(a, b) || byUsdDescending(a, b);
}

/** The text the search box looks in: label, donor, recipient, currency, stage, kind, date, source. */
export function figureSearchText(row: FigureRow, sourceName: string): string {
  const { amount } = row;
  return foldText(
    [
      amount.label,
      row.donorName,
      row.recipientName ?? '',
      amount.currency,
      amount.stage,
      amount.kind,
      amount.date,
      amount.period ?? '',
      sourceName,
    ].join('\n'),
  );
}

/** The rows whose search text holds every term of the query (folded); all rows for an empty query. */
export function searchFigures(
  rows: readonly FigureRow[],
  query: string,
  sourceName: (row: FigureRow) => string,
): FigureRow[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return rows.slice();
  return rows.filter((row) => {
    const text = figureSearchText(row, sourceName(row));
    return terms.every((term) => text.includes(term));
  });
}
