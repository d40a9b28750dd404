export type ExportTheme = 'screen' | 'light';

const FREEZE_CLASS = 'export-freeze';

/**
 * Runs `read` while the document computes its styles in the given theme, then puts the page back.
 * Everything happens in one task, so the page never paints the other theme; transitions are held off
 * (see export.css) so computed colours are the theme's final ones, not a transition's first frame.
 */
export function withTheme<T>(theme: ExportTheme, read: () => T): T {
  const root = document.documentElement;
  const shown = root.dataset.theme;
  if (theme === 'screen' || shown === theme) return read();
  root.classList.add(FREEZE_CLASS);
  root.dataset.theme = theme;
  try {
    return read();
  } finally {
    if (shown === undefined) delete root.dataset.theme;
    else root.dataset.theme = shown;
    // Recompute styles in the shown theme while transitions are still off, so none starts.
    void getComputedStyle(root).getPropertyValue('color');
    root.classList.remove(FREEZE_CLASS);
  }
}
