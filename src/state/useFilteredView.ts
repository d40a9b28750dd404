import { useMemo } from 'react';
import { useDataset } from '../data/DatasetContext';
import { exploreDataset, type FilteredView, type FilterResult } from './selectors';
import { useAppStore } from './store';

/** The filtered view and the facet counts, from one memoized pass over the dataset. */
export function useFilterResult(): FilterResult {
  const dataset = useDataset();
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => exploreDataset(dataset, filters), [dataset, filters]);
}

/** The filtered events and figures every view shows, memoized on the dataset and the filters. */
export function useFilteredView(): FilteredView {
  return useFilterResult().view;
}
