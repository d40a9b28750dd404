/** Least height of the plot, so that a short window still shows a few rows of labels. */
export const MIN_PLOT_HEIGHT = 240;
/**
 * Height of the page around the plot at the top of the page: the header, the summary line, the card's
 * title and toolbar, the axis, the overview brush and the legend. The plot takes the rest of the window,
 * so the whole timeline is seen without scrolling; it is only as tall as its rows.
 */
export const PAGE_AROUND_PLOT = 330;

/** The most height the plot may take in a window `viewportHeight` px tall. */
export function maxPlotHeight(viewportHeight: number): number {
  return Math.max(MIN_PLOT_HEIGHT, Math.round(viewportHeight - PAGE_AROUND_PLOT));
}

/**
 * The height the chart's rows may take. With no lanes the plot fits the window. On a narrow screen, or
 * with lanes (each needs rows of its own), the page scrolls past a chart up to one and a half windows
 * tall, so that titles are read in full rather than gathered in clusters.
 */
export function plotHeightBudget(viewportHeight: number, narrow: boolean, lanes = 1): number {
  const fit = maxPlotHeight(viewportHeight);
  return narrow || lanes > 1 ? Math.max(fit, Math.round(viewportHeight * 1.5)) : fit;
}
