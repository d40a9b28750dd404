import { useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import type { Amount } from '../../data/schema';
import { useFilteredView } from '../../state/useFilteredView';
import { buildFigureRows, type FigureRow } from './figureRows';
import { wholeIndex } from './grouping';

export interface FigureRows {
  /** The filtered figures, as chart rows. */
  rows: FigureRow[];
  /** `partOf` of every figure of the dataset that is part of another, so sums follow parts outside the filter too. */
  wholeOf: ReadonlyMap<string, string | null>;
  /** Every figure in the dataset by id (comparisons may name a figure the filters hide). */
  byId: ReadonlyMap<string, FigureRow>;
}

/**
 * The rows of `amounts`: the filters keep figures in the dataset's order, so each is found by walking
 * the dataset's figures alongside (identity, no lookup by id); one out of order is looked up by id.
 */
export function rowsOf(
  amounts: readonly Amount[],
  datasetAmounts: readonly Amount[],
  all: readonly FigureRow[],
  byId: ReadonlyMap<string, FigureRow>,
): FigureRow[] {
  const rows: FigureRow[] = [];
  let j = 0;
  for (const amount of amounts) {
    const from = j;
    while (j < datasetAmounts.length && datasetAmounts[j] !== amount) j++;
    const row = j < datasetAmounts.length ? all[j] : byId.get(amount.id);
    if (j < datasetAmounts.length) j++;
    else j = from;
    if (row !== undefined) rows.push(row);
  }
  return rows;
}

/** The rows every figures view draws, memoized on the dataset and the filtered amounts. */
export function useFigureRows(): FigureRows {
  const dataset = useDataset();
  const { amounts } = useFilteredView();
  const all = useMemo(() => buildFigureRows(dataset.amounts, dataset), [dataset]);
  const byId = useMemo(() => new Map(all.map((r) => [r.id, r])), [all]);
  const wholeOf = useMemo(() => wholeIndex(all), [all]);
  const rows = useMemo(() => rowsOf(amounts, dataset.amounts, all, byId), [amounts, dataset, all, byId]);
  return { rows, wholeOf, byId };
}
