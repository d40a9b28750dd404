import { useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useFilteredView } from '../../state/useFilteredView';
import { buildFigureRows, type FigureRow } from './figureRows';
import { wholeIndex } from './grouping';

export interface FigureRows {
  /** The filtered figures, as chart rows. */
  rows: FigureRow[];
  /** `partOf` of every figure in the dataset, so sums follow parts outside the filter too. */
  wholeOf: ReadonlyMap<string, string | null>;
  /** Every figure in the dataset by id (comparisons may name a figure the filters hide). */
  byId: ReadonlyMap<string, FigureRow>;
}

/** The rows every figures view draws, memoized on the dataset and the filtered amounts. */
export function useFigureRows(): FigureRows {
  const dataset = useDataset();
  const { amounts } = useFilteredView();
  const all = useMemo(() => buildFigureRows(dataset.amounts, dataset), [dataset]);
  const byId = useMemo(() => new Map(all.map((r) => [r.id, r])), [all]);
  const wholeOf = useMemo(() => wholeIndex(all), [all]);
  const rows = useMemo(
    () => amounts.map((a) => byId.get(a.id)).filter((r): r is FigureRow => r !== undefined),
    [amounts, byId],
  );
  return { rows, wholeOf, byId };
}
