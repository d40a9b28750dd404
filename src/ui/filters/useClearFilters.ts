import { useCallback } from 'react';
import { useAppStore } from '../../state/store';

/**
 * "Clear all": removes every filter. Setting dates zooms the timeline to them (see DateRangeFilter),
 * so clearing dates zooms it back out to everything.
 */
export function useClearFilters(): () => void {
  return useCallback(() => {
    const { filters, clearFilters, setWindow } = useAppStore.getState();
    const hadDates = filters.from !== null || filters.to !== null;
    clearFilters();
    if (hadDates) setWindow(null);
  }, []);
}
