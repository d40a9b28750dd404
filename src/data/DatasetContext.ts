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
