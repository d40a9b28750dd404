import { createContext, useContext, useMemo } from 'react';
import { useDataset } from '../data/DatasetContext';
import type { DatasetText } from '../data/eventText';
import { useDatasetText } from '../data/useDatasetText';
import type { Filters } from './filtersSlice';
import { exploreDataset, type FilteredView, type FilterResult } from './selectors';
import { useAppStore } from './store';

/**
 * The filters a part of the page shows, when that part follows the store later than the rest (null: it
 * follows at once). A filter change is answered first where the person looks for the answer (the box
 * they ticked, the timeline); counts, the summary and the figures follow in a render that yields to it.
 */
export const ShownFiltersContext = createContext<Filters | null>(null);

/** The filters this part of the page shows: the store's, or the later copy of the part it sits in. */
export function useShownFilters(): Filters {
  const later = useContext(ShownFiltersContext);
  // Inside a part that follows later the store is not read, so a change does not render it twice.
  return useAppStore((s) => later ?? s.filters);
}

/**
 * The events' text a search runs over besides the titles: asked for as soon as `filters` search
 * something, null until it has been read (a search then runs again, over all of it).
 */
export function useSearchedText(filters: Filters): DatasetText | null {
  const state = useDatasetText(filters.text !== '');
  return state.status === 'ready' ? state.text : null;
}

/** The filtered view and the facet counts, from one memoized pass over the dataset. */
export function useFilterResult(): FilterResult {
  const dataset = useDataset();
  const filters = useShownFilters();
  const text = useSearchedText(filters);
  return useMemo(() => exploreDataset(dataset, filters, text), [dataset, filters, text]);
}

/** The filtered events and figures every view shows, memoized on the dataset and the filters. */
export function useFilteredView(): FilteredView {
  return useFilterResult().view;
}
