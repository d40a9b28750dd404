import { use, useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import type { Amount } from '../../data/schema';
import { useFilteredView } from '../../state/useFilteredView';
import type { LeanDataset } from '../../data/leanDataset';
import { yieldToMain } from '../../components/yieldToMain';
import { buildFigureRows, buildFigureRowsInSlices, type FigureRow } from './figureRows';
import { wholeIndex } from './grouping';
import { mapById } from '../../model/lookups';

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

/**
 * Figures read in one task at most (about 50 ms on a 2-core laptop); a dataset with more, such as a
 * million events' 230,000, is read in slices of this size with the page free to paint between them.
 */
export const FIGURE_ROWS_SLICE = 50_000;

const datasetRows = new WeakMap<LeanDataset, readonly FigureRow[] | Promise<readonly FigureRow[]>>();

/** The rows of every figure of `dataset`, in its order; a promise of them while a large dataset is read. */
export function datasetFigureRows(
  dataset: LeanDataset,
): readonly FigureRow[] | Promise<readonly FigureRow[]> {
  let rows = datasetRows.get(dataset);
  if (rows === undefined) {
    if (dataset.amounts.length <= FIGURE_ROWS_SLICE) rows = buildFigureRows(dataset.amounts, dataset);
    else {
      rows = buildFigureRowsInSlices(dataset.amounts, dataset, FIGURE_ROWS_SLICE, yieldToMain);
      // Once read, the rows themselves are kept, for callers that cannot wait (an image being drawn).
      void rows.then((read) => datasetRows.set(dataset, read));
    }
    datasetRows.set(dataset, rows);
  }
  return rows;
}

/**
 * The rows of every figure of `dataset` now: the ones already read, or read at once when they are still
 * being read in slices (an image drawn before the figures panel has finished).
 */
export function datasetFigureRowsNow(dataset: LeanDataset): readonly FigureRow[] {
  const rows = datasetFigureRows(dataset);
  return rows instanceof Promise ? buildFigureRows(dataset.amounts, dataset) : rows;
}

const rowsById = new WeakMap<readonly FigureRow[], ReadonlyMap<string, FigureRow>>();

/** Rows by figure id, made once per list of rows. */
export function figureRowsById(all: readonly FigureRow[]): ReadonlyMap<string, FigureRow> {
  let byId = rowsById.get(all);
  if (byId === undefined) {
    byId = mapById(all);
    rowsById.set(all, byId);
  }
  return byId;
}

/** A row for every figure of the dataset, in its order; suspends while a large dataset is read. */
export function useDatasetFigureRows(): readonly FigureRow[] {
  const rows = datasetFigureRows(useDataset());
  return rows instanceof Promise ? use(rows) : rows;
}

/** The rows every figures view draws, from the dataset's rows (`useDatasetFigureRows`) and the filters. */
export function useFigureRows(all: readonly FigureRow[]): FigureRows {
  const dataset = useDataset();
  const { amounts } = useFilteredView();
  const byId = figureRowsById(all);
  const wholeOf = useMemo(() => wholeIndex(all), [all]);
  const rows = useMemo(() => rowsOf(amounts, dataset.amounts, all, byId), [amounts, dataset, all, byId]);
  return { rows, wholeOf, byId };
}
