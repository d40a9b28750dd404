import type { Dataset } from '../../src/data/schema';
import { measureBase } from './catalog';
import { measured, notMeasured, reasonOf, type BenchResult } from './results';
import { timeRuns } from './stats';

export const LAYOUT_WIDTH = 1440;

/**
 * The figures chart as SectionsChart derives it on each render, in its default view: the placement of
 * the largest figures in sections, the value scale, and the geometry of the bars. Figure rows are built
 * once per dataset, outside the timing.
 */
export async function barLayoutBench(dataset: Dataset, size: string, runs: number): Promise<BenchResult> {
  const base = measureBase(`node.layoutBars.${size}`);
  try {
    const { CHART_ROW_LIMIT } = await import('../../src/charts/figures/chartLimits');
    const { buildFigureRows } = await import('../../src/charts/figures/figureRows');
    const { estimatedTextWidth } = await import('../../src/charts/figures/honest/chartText');
    const { compareForSort, tableSortFor } = await import('../../src/charts/figures/honest/figureTable');
    const { layoutSections, placementValues, sectionPlotRange } =
      await import('../../src/charts/figures/honest/layoutSections');
    const { placeFigures } = await import('../../src/charts/figures/honest/placement');
    const { chartValueScale } = await import('../../src/charts/figures/honest/valueAxis');
    const { valueExtent } = await import('../../src/charts/figures/scales');
    const rows = buildFigureRows(dataset.amounts, dataset);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const compare = compareForSort(tableSortFor('value'), () => '');
    const stats = await timeRuns(
      () => {
        const placement = placeFigures(rows, {
          compare,
          lookup: (id) => byId.get(id),
          limit: CHART_ROW_LIMIT,
        });
        const range = sectionPlotRange(placement, LAYOUT_WIDTH, estimatedTextWidth);
        const x = chartValueScale('linear', valueExtent(placementValues(placement)), range);
        return layoutSections(placement, {
          x,
          type: 'linear',
          width: LAYOUT_WIDTH,
          measure: estimatedTextWidth,
          group: 'all',
        });
      },
      { runs: runs * 2, warmup: 2 },
    );
    return measured(
      base,
      stats,
      `${String(dataset.amounts.length)} figures, default view: the largest ${String(CHART_ROW_LIMIT)} in sections, linear scale`,
    );
  } catch (error) {
    return notMeasured(base, `the figures layout failed: ${reasonOf(error)}`);
  }
}

/** Zoom steps of the timeline bench: from the whole span, eight steps of 1.6x into its middle. */
function zoomWindows(domain: [number, number]): [number, number][] {
  const windows: [number, number][] = [domain];
  for (let i = 0; i < 8; i++) {
    const [a, b] = windows[windows.length - 1] ?? domain;
    const middle = (a + b) / 2;
    const half = (b - a) / 2 / 1.6;
    windows.push([middle - half, middle + half]);
  }
  return windows;
}

/**
 * One zoom step of the timeline as TimelineChart computes it in its default view (one lane):
 * `layoutReadable` for the new window's scale (the base scale showing that window), over the
 * sorted events (sorted once per dataset and filter, outside the timing), on a plot 1440 px wide and as
 * tall as a 900 px window leaves it.
 */
export async function timelineLayoutBench(
  dataset: Dataset,
  size: string,
  runs: number,
): Promise<BenchResult> {
  const base = measureBase(`node.layoutTimeline.${size}`);
  try {
    const { assignLanes } = await import('../../src/charts/timeline/readable/laneAssignment');
    const { layoutReadable } = await import('../../src/charts/timeline/readable/layoutReadable');
    const { maxPlotHeight } = await import('../../src/charts/timeline/readable/plotHeight');
    const { readableEvents } = await import('../../src/charts/timeline/readable/readableEvents');
    const { baseTimeScale, windowScale } = await import('../../src/charts/timeline/readable/timeScale');
    const { pageLabelMeasure } = await import('../../src/charts/timeline/timelineText');
    const { eventsTimeDomain } = await import('../../src/model/timeDomain');
    const laned = assignLanes(readableEvents(dataset.events), 'none', dataset.actors, { maxActorLanes: 8 });
    const domain = eventsTimeDomain(dataset.events);
    const scale = baseTimeScale(domain, LAYOUT_WIDTH);
    const scales = zoomWindows(domain).map((w) => windowScale(scale, w));
    const plot = { width: LAYOUT_WIDTH, height: maxPlotHeight(900) };
    let step = 0;
    const stats = await timeRuns(
      () => layoutReadable(laned, scales[step++ % scales.length] ?? scale, plot, pageLabelMeasure),
      { runs: scales.length * Math.max(1, Math.ceil(runs / 2)), warmup: scales.length },
    );
    return measured(
      base,
      stats,
      `one layout per zoom step, ${String(scales.length)} windows from the whole span in, one lane`,
    );
  } catch (error) {
    return notMeasured(base, `the timeline layout failed: ${reasonOf(error)}`);
  }
}
