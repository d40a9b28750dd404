import { useLayoutEffect } from 'react';
import { useMediaQuery } from '../components/useMediaQuery';
import type { EmbedTheme } from '../ui/exportMenu/embedSnippet';

/**
 * Sets <html data-theme> for the embed: the theme the snippet asked for, else the reader's system
 * preference. The app's stored choice is not used: an embed belongs to the host page's look.
 */
export function useEmbedTheme(asked: EmbedTheme | null): void {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const theme = asked ?? (systemDark ? 'dark' : 'light');
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
