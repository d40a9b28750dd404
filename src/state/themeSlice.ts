import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface ThemeSlice {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
}

export const createThemeSlice: StateCreator<AppState, [], [], ThemeSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => {
    set({ theme });
  },
});
