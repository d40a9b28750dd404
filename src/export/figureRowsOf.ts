import type { FigureRow } from '../charts/figures/figureRows';
import { datasetFigureRowsNow, figureRowsById } from '../charts/figures/useFigureRows';
import type { Amount } from '../data/schema';
import type { LeanDataset } from '../data/leanDataset';

export interface FigureRowSet {
  rows: FigureRow[];
  byId: ReadonlyMap<string, FigureRow>;
}

/**
 * The chart rows of the shown figures, and every figure's row by id (wholes the filters hide): the rows
 * the figures panel reads, not a second reading of the dataset.
 */
export function figureRowsOf(dataset: LeanDataset, amounts: readonly Amount[]): FigureRowSet {
  const byId = figureRowsById(datasetFigureRowsNow(dataset));
  const rows = amounts.map((a) => byId.get(a.id)).filter((r): r is FigureRow => r !== undefined);
  return { rows, byId };
}
