import { scaleUtc } from 'd3-scale';
import type { FigureRow } from '../charts/figures/figureRows';
import { chartTextWidth } from '../charts/figures/honest/chartText';
import { compareForSort, tableSortFor } from '../charts/figures/honest/figureTable';
import { figureTimeDomain, layoutTimePanels } from '../charts/figures/honest/layoutTimePanels';
import { placeFigures } from '../charts/figures/honest/placement';
import {
  hiddenStemsNote,
  noFiguresLine,
  notDrawnNote,
  unlabelledNote,
} from '../charts/figures/honest/windowNotes';
import { TIME_MARK_LIMIT } from '../charts/figures/chartLimits';
import { TimePanelsPlot } from '../charts/figures/TimePanelsPlot';
import type { Paint } from '../model/colors';
import type { FigureScale } from '../state/viewSlice';
import type { ChartDrawing } from './chartDrawing';
import { sentenceDrawing } from './sentenceDrawing';
import { timePanelsKeyItems } from '../charts/figures/marksKeyItems';
import { wholeNumber } from '../model/counts';

export interface TimePanelsDrawingInput {
  rows: readonly FigureRow[];
  byId: ReadonlyMap<string, FigureRow>;
  scale: FigureScale;
  window: readonly [number, number] | null;
  width: number;
  prefix: string;
  paint: Paint;
}

const PLOT_MARGIN = 70;
const byValue = compareForSort(tableSortFor('value'), () => '');

/**
 * The figures at their dates for an image: the screen's panels (one per section, on one value scale),
 * in the timeline's window when it is zoomed, else around the figures' dates.
 */
export function timePanelsDrawing(input: TimePanelsDrawingInput): ChartDrawing {
  const { width, scale } = input;
  const placement = placeFigures([...input.rows], {
    compare: byValue,
    lookup: (id) => input.byId.get(id),
    limit: TIME_MARK_LIMIT,
  });
  const fit = figureTimeDomain(
    input.rows.map((r) => r.time),
    Math.max(0, width - PLOT_MARGIN),
  );
  const domain = input.window ?? fit ?? [0, 1];
  const x = scaleUtc()
    .domain([domain[0], domain[1]])
    .range([58, width - 12]);
  const layout = layoutTimePanels(placement, {
    x,
    type: scale,
    width,
    panelHeight: width < 560 ? 130 : 150,
    measure: chartTextWidth,
  });
  // A window with no figure in it: one plain sentence instead of empty panels.
  if (layout.panels.length === 0) return sentenceDrawing(noFiguresLine(placement.shown), input.paint);
  const marks = layout.panels.flatMap((p) => p.marks);
  const rows = marks.map((m) => m.entry.row);
  const element = (
    <g className="image-figures-time">
      <TimePanelsPlot layout={layout} paint={input.paint} />
    </g>
  );
  const notes: string[] = [];
  const notDrawn = notDrawnNote(layout.notDrawn);
  if (notDrawn !== null) notes.push(notDrawn);
  const unlabelled = unlabelledNote(layout, 'the CSV export');
  if (unlabelled !== null) notes.push(unlabelled);
  const hiddenStems = hiddenStemsNote(layout.hiddenStems);
  if (hiddenStems !== null) notes.push(hiddenStems);
  if (placement.shown < placement.total) {
    notes.push(
      `The ${wholeNumber(placement.shown)} largest of ${wholeNumber(placement.total)} figures are placed; the CSV export lists all.`,
    );
  }
  return {
    height: layout.height,
    element,
    key: timePanelsKeyItems(marks, scale, {
      prefix: input.prefix,
      paint: input.paint,
      flagsExplained: 'in the notes',
    }),
    events: [],
    amounts: rows.map((r) => r.amount),
    notes,
  };
}
