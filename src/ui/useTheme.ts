import { useLayoutEffect } from 'react';
import { useMediaQuery } from '../components/useMediaQuery';
import { useAppStore } from '../state/store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

const systemPrefersDark = () => window.matchMedia(DARK_QUERY).matches;

/** The theme actually shown: the person's choice, or the system's preference when they made none. */
export function useEffectiveTheme(): 'light' | 'dark' {
  const choice = useAppStore((s) => s.theme);
  const systemDark = useMediaQuery(DARK_QUERY);
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** Sets <html data-theme> before React's first render, so a dark page never paints light first. */
export function applyInitialTheme(): void {
  const choice = useAppStore.getState().theme;
  const dark = choice === 'dark' || (choice === 'system' && systemPrefersDark());
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Mirrors the effective theme onto <html data-theme>, where the CSS custom properties switch. */
export function useApplyTheme(): 'light' | 'dark' {
  const theme = useEffectiveTheme();
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
