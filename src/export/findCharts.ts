import type { ExportTarget } from './fileName';
import type { ChartSource } from './serializeSvg';
import { TARGET_TITLES } from './targetNames';

type ChartName = Exclude<ExportTarget, 'dashboard'>;
const CHART_NAMES = Object.keys(TARGET_TITLES) as ChartName[];

function isShown(svg: SVGSVGElement): boolean {
  const box = svg.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(svg).visibility !== 'hidden';
}

/**
 * The charts an export shows, found by their `data-export` attribute: the one chart, or every chart
 * on the dashboard in page order, each under its title. Charts not on screen (a table shown instead)
 * are left out.
 */
export function findCharts(target: ExportTarget, root: ParentNode = document): ChartSource[] {
  const selector =
    target === 'dashboard'
      ? CHART_NAMES.map((name) => `svg[data-export="${name}"]`).join(', ')
      : `svg[data-export="${target}"]`;
  return [...root.querySelectorAll<SVGSVGElement>(selector)].filter(isShown).map((svg) => {
    const name = svg.dataset.export as ChartName;
    return { svg, heading: target === 'dashboard' ? TARGET_TITLES[name] : null };
  });
}

/** Why there is no image to export for a target, or null when there is. */
export function chartUnavailable(target: ExportTarget, root: ParentNode = document): string | null {
  if (findCharts(target, root).length > 0) return null;
  return target === 'dashboard'
    ? 'No chart is shown; switch a view from its table to its chart.'
    : 'The chart is not shown; switch from the table to the chart.';
}
