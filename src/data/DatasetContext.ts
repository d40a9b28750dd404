import { createContext, useContext } from 'react';
import type { DatasetChoice } from './load';
import type { Dataset } from './schema';

export const DatasetContext = createContext<Dataset | null>(null);

/** The loaded, validated dataset. Only components rendered inside <DatasetGate> may call this. */
export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (dataset === null) throw new Error('useDataset() was called outside <DatasetGate>.');
  return dataset;
}

/** Which file the dataset came from, and the `?dataset=` value refused in its place, if any. */
export const DatasetSourceContext = createContext<DatasetChoice | null>(null);

/** The loaded dataset's file; only components rendered inside <DatasetGate> may call this. */
export function useDatasetSource(): DatasetChoice {
  const source = useContext(DatasetSourceContext);
  if (source === null) throw new Error('useDatasetSource() was called outside <DatasetGate>.');
  return source;
}

let firstViewShown: () => void = () => undefined;

/**
 * Settles once the first dataset is on screen and the page has gone idle: the moment to fetch code and
 * run checks the first view does not need, so they never delay it.
 */
export const afterFirstView = new Promise<void>((resolve) => {
  firstViewShown = resolve;
});

/** Called by the gate once the dataset has been drawn and the page is idle. */
export function markFirstView(): void {
  firstViewShown();
}
