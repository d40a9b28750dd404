import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createThemeSlice, type ThemeSlice } from './themeSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The store holds user intent only: filters, selection, visible range, chart options and theme. */
export type AppState = FiltersSlice & ViewSlice & SelectionSlice & ThemeSlice;

export const THEME_STORAGE_KEY = 'aidline:theme';

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createFiltersSlice(...a),
      ...createViewSlice(...a),
      ...createSelectionSlice(...a),
      ...createThemeSlice(...a),
    }),
    {
      name: THEME_STORAGE_KEY,
      version: 1,
      // Only the theme persists across visits; everything else is shared through the URL.
      partialize: (s) => ({ theme: s.theme }),
      storage: createJSONStorage(() => localStorage),
    },
  ),
);

/** Puts the store back to its initial state (tests, "reset view"); the theme is kept. */
export function resetAppState(): void {
  const initial = useAppStore.getInitialState();
  useAppStore.setState({
    filters: initial.filters,
    view: initial.view,
    selection: initial.selection,
  });
}
