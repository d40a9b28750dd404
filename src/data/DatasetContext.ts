import { createContext, useContext } from 'react';
import type { DatasetChoice } from './load';
import type { LeanDataset } from './leanDataset';
import type { TextSource } from './textSource';

export const DatasetContext = createContext<LeanDataset | null>(null);

/**
 * The loaded dataset, without its events' long text (read through useDatasetText). Only components
 * rendered inside <DatasetGate> may call this.
 */
export function useDataset(): LeanDataset {
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

/** Where the loaded dataset's events' text comes from; set by <DatasetGate> beside the dataset. */
export const DatasetTextContext = createContext<TextSource | null>(null);
