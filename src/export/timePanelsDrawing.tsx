import { scaleUtc } from 'd3-scale';
import type { FigureRow } from '../charts/figures/figureRows';
import { chartTextWidth } from '../charts/figures/honest/chartText';
import { compareForSort, tableSortFor } from '../charts/figures/honest/figureTable';
import { figureTimeDomain, layoutTimePanels } from '../charts/figures/honest/layoutTimePanels';
import { placeFigures, type PlacedSection } from '../charts/figures/honest/placement';
import { TIME_MARK_LIMIT } from '../charts/figures/chartLimits';
import { TimePanelsPlot } from '../charts/figures/TimePanelsPlot';
import type { Paint } from '../model/colors';
import type { FigureScale } from '../state/viewSlice';
import type { ChartDrawing } from './chartDrawing';
import { figureKey } from './figureKey';

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
const NO_FIGURES_HEIGHT = 28;

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

const figures = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'figure' : 'figures'}`;

/** "Not drawn: running totals (4 figures), all dated outside this window." */
function outsideNote(sections: readonly PlacedSection<FigureRow>[]): string {
  const parts = sections.map((s) => `${s.info.heading.toLowerCase()} (${figures(s.entries.length)})`);
  const all = sections.reduce((n, s) => n + s.entries.length, 0);
  return `Not drawn: ${parts.join(', ')}, ${all === 1 ? 'dated' : 'all dated'} outside this window.`;
}

/** A window with no figure in it: one plain sentence instead of empty panels. */
function noFiguresDrawing(outside: number, input: TimePanelsDrawingInput): ChartDrawing {
  const text =
    outside === 0
      ? 'No figures to draw.'
      : `No figures in this window: the ${figures(outside)} shown are dated outside it.`;
  return {
    height: NO_FIGURES_HEIGHT,
    element: (
      <text className="image-no-figures" x={0} y={18} fontSize={14} fill={input.paint('var(--ink-2)')}>
        {text}
      </text>
    ),
    key: [],
    events: [],
    amounts: [],
    notes: [],
  };
}
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
  const inWindow = (time: number) => time >= domain[0] && time <= domain[1];
  // An image draws only the panels that have figures in its window; the others are named in a note.
  const [drawnSections, emptySections] = partition(placement.sections, (s) =>
    s.entries.some((e) => inWindow(e.row.time)),
  );
  if (drawnSections.length === 0) return noFiguresDrawing(placement.shown, input);
  const x = scaleUtc()
    .domain([domain[0], domain[1]])
    .range([58, width - 12]);
  const layout = layoutTimePanels(
    { ...placement, sections: drawnSections },
    {
      x,
      type: scale,
      width,
      panelHeight: width < 560 ? 130 : 150,
      measure: chartTextWidth,
    },
  );
  const marks = layout.panels.flatMap((p) => p.marks);
  const rows = marks.map((m) => m.entry.row);
  const element = (
    <g className="image-figures-time">
      <TimePanelsPlot layout={layout} paint={input.paint} />
    </g>
  );
  const notes: string[] = [];
  if (emptySections.length > 0) notes.push(outsideNote(emptySections));
  if (placement.shown < placement.total) {
    notes.push(
      `The ${placement.shown} largest of ${placement.total.toLocaleString('en-US')} figures are placed; the CSV export lists all.`,
    );
  }
  return {
    height: layout.height,
    element,
    key: figureKey(rows, scale === 'linear' ? 'stem' : 'time-dot', {
      wholes: marks.some((m) => m.link !== null),
      prefix: input.prefix,
      paint: input.paint,
    }),
    events: [],
    amounts: rows.map((r) => r.amount),
    notes,
  };
}
