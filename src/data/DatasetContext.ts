import { createContext, useContext } from 'react';
import type { Dataset } from './schema';

export const DatasetContext = createContext<Dataset | null>(null);

/** The loaded, validated dataset. Only components rendered inside <DatasetGate> may call this. */
export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (dataset === null) throw new Error('useDataset() was called outside <DatasetGate>.');
  return dataset;
}
