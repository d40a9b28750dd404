import type { FigureRow } from '../charts/figures/figureRows';
import { chartTextWidth } from '../charts/figures/honest/chartText';
import { compareForSort, tableSortFor } from '../charts/figures/honest/figureTable';
import { layoutSections, placementValues, sectionPlotRange } from '../charts/figures/honest/layoutSections';
import { placeFigures } from '../charts/figures/honest/placement';
import { chartValueScale } from '../charts/figures/honest/valueAxis';
import { CHART_ROW_LIMIT } from '../charts/figures/chartLimits';
import { valueExtent } from '../charts/figures/scales';
import { noFiguresLine } from '../charts/figures/honest/windowNotes';
import { SectionsPlot } from '../charts/figures/SectionsPlot';
import type { Paint } from '../model/colors';
import type { FigureGroup, FigureScale, FigureSort } from '../state/viewSlice';
import type { ChartDrawing } from './chartDrawing';
import { sentenceDrawing } from './sentenceDrawing';
import { sectionsKeyItems } from '../charts/figures/marksKeyItems';
import { wholeNumber } from '../model/counts';

export interface FiguresDrawingInput {
  rows: readonly FigureRow[];
  byId: ReadonlyMap<string, FigureRow>;
  scale: FigureScale;
  sort: FigureSort;
  group: FigureGroup;
  width: number;
  /** Prefix of the ids of patterns, unique within the image. */
  prefix: string;
  paint: Paint;
}

const noSource = () => '';

/**
 * The figures in sections for an image: the screen's placement and layout (bars from zero on a linear
 * scale, dots on a log scale, each part under its whole) drawn by the screen's SectionsPlot, without the
 * controls, focus rings and hit areas, in the image's palette.
 */
export function figuresDrawing(input: FiguresDrawingInput): ChartDrawing {
  const { width, scale, prefix } = input;
  if (input.rows.length === 0) return sentenceDrawing(noFiguresLine(0), input.paint);
  const placement = placeFigures([...input.rows], {
    compare: compareForSort(tableSortFor(input.sort), noSource),
    lookup: (id) => input.byId.get(id),
    limit: CHART_ROW_LIMIT,
  });
  const range = sectionPlotRange(placement, width, chartTextWidth);
  const x = chartValueScale(scale, valueExtent(placementValues(placement)), range);
  const layout = layoutSections(placement, {
    x,
    type: scale,
    width,
    measure: chartTextWidth,
    group: input.group,
  });
  const figures = layout.sections.flatMap((s) => s.figures);
  const rows = figures.map((f) => f.entry.row);
  const element = (
    <g className="image-figures">
      <SectionsPlot layout={layout} scale={scale} prefix={prefix} width={width} paint={input.paint} />
    </g>
  );
  const notes: string[] = [];
  if (placement.shown < placement.total) {
    notes.push(
      `The ${wholeNumber(placement.shown)} largest of ${wholeNumber(placement.total)} figures are drawn; the CSV export lists all.`,
    );
  }
  return {
    height: layout.height,
    element,
    key: sectionsKeyItems(figures, scale, { prefix, paint: input.paint, flagsExplained: 'in the notes' }),
    events: [],
    amounts: rows.map((r) => r.amount),
    notes,
  };
}
