/** The rows of the bar chart: figures in the chosen order, or groups with their sums and members. */
import type { FigureGroup, FigureSort } from '../../state/viewSlice';
import type { FigureRow } from './figureRows';
import { groupFigures, type GroupOfFigures } from './grouping';

export type ChartItem =
  | { type: 'group'; key: string; group: GroupOfFigures; hiddenMembers: number }
  | { type: 'figure'; key: string; row: FigureRow; grouped: boolean; summed: boolean };

export interface ChartItems {
  items: ChartItem[];
  /** How many figures have a bar. */
  shown: number;
  /** How many figures there are. */
  total: number;
}

/** Bars drawn at most, so the chart stays readable and fast; the table lists every figure. */
export const DEFAULT_BAR_LIMIT = 40;

const byValue = (a: FigureRow, b: FigureRow) => b.amount.usd - a.amount.usd || a.id.localeCompare(b.id);

/** A sorted copy: by USD value (largest first), by date (oldest first), or by donor name. */
export function sortRows(rows: readonly FigureRow[], sort: FigureSort): FigureRow[] {
  const copy = rows.slice();
  switch (sort) {
    case 'value':
      return copy.sort(byValue);
    case 'date':
      return copy.sort((a, b) => a.time - b.time || byValue(a, b));
    case 'donor':
      return copy.sort((a, b) => a.donorName.localeCompare(b.donorName) || byValue(a, b));
  }
}

/** The `n` largest rows by USD, largest first, without sorting all of them. */
export function largest(rows: readonly FigureRow[], n: number): FigureRow[] {
  if (n <= 0) return [];
  const top: FigureRow[] = [];
  for (const row of rows) {
    const last = top[n - 1];
    if (last !== undefined && byValue(row, last) >= 0) continue;
    let i = top.length;
    for (let prev = top[i - 1]; prev !== undefined && byValue(row, prev) < 0; prev = top[i - 1]) i--;
    top.splice(i, 0, row);
    if (top.length > n) top.pop();
  }
  return top;
}

export interface ChartItemOptions {
  sort: FigureSort;
  group: FigureGroup;
  limit: number;
  wholeOf: ReadonlyMap<string, string | null>;
  /** The groups, when the caller already has them (they are shared with the totals list). */
  groups?: readonly GroupOfFigures[];
}

/**
 * The chart's rows. With no grouping: the `limit` largest figures in the chosen order. Grouped: each
 * group's sum followed by its largest members, until `limit` rows are used.
 */
export function buildChartItems(rows: readonly FigureRow[], options: ChartItemOptions): ChartItems {
  const { sort, group, limit, wholeOf } = options;
  if (group === 'all') {
    const items = sortRows(largest(rows, limit), sort).map((row): ChartItem => ({
      type: 'figure',
      key: row.id,
      row,
      grouped: false,
      summed: false,
    }));
    return { items, shown: items.length, total: rows.length };
  }
  const items: ChartItem[] = [];
  let budget = limit;
  let shown = 0;
  for (const g of options.groups ?? groupFigures(rows, group, wholeOf)) {
    if (budget <= 1) break;
    const members = sortRows(largest(g.rows, budget - 1), sort);
    budget -= members.length + 1;
    shown += members.length;
    const summed = new Set(g.sum.added.map((r) => r.id));
    items.push({ type: 'group', key: g.key, group: g, hiddenMembers: g.rows.length - members.length });
    for (const row of members) {
      items.push({
        type: 'figure',
        key: `${g.key}/${row.id}`,
        row,
        grouped: true,
        summed: summed.has(row.id),
      });
    }
  }
  return { items, shown, total: rows.length };
}
