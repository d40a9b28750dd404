import { buildFigureRows, type FigureRow } from '../charts/figures/figureRows';
import type { Amount } from '../data/schema';
import type { LeanDataset } from '../data/leanDataset';
import { mapById } from '../model/lookups';

export interface FigureRowSet {
  rows: FigureRow[];
  byId: ReadonlyMap<string, FigureRow>;
}

const allRows = new WeakMap<LeanDataset, ReadonlyMap<string, FigureRow>>();

/** The chart rows of the shown figures, and every figure's row by id (wholes the filters hide). */
export function figureRowsOf(dataset: LeanDataset, amounts: readonly Amount[]): FigureRowSet {
  let byId = allRows.get(dataset);
  if (byId === undefined) {
    byId = mapById(buildFigureRows(dataset.amounts, dataset));
    allRows.set(dataset, byId);
  }
  const rows = amounts.map((a) => byId.get(a.id)).filter((r): r is FigureRow => r !== undefined);
  return { rows, byId };
}
