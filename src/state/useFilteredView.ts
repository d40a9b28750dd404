import { useMemo } from 'react';
import { useDataset } from '../data/DatasetContext';
import { filterDataset, type FilteredView } from './selectors';
import { useAppStore } from './store';

/** The filtered events and figures every view shows, memoized on the dataset and the filters. */
export function useFilteredView(): FilteredView {
  const dataset = useDataset();
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => filterDataset(dataset, filters), [dataset, filters]);
}
