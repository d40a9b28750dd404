import { scaleUtc } from 'd3-scale';
import type { FigureRow } from '../charts/figures/figureRows';
import { chartTextWidth } from '../charts/figures/honest/chartText';
import { compareForSort, tableSortFor } from '../charts/figures/honest/figureTable';
import { CHART_FONT, HEADING_FONT } from '../charts/figures/honest/layoutSections';
import {
  FLAG_LEFT,
  figureTimeDomain,
  layoutTimePanels,
  type TimeMarkGeom,
} from '../charts/figures/honest/layoutTimePanels';
import { placeFigures } from '../charts/figures/honest/placement';
import { FlagMarker, StageGlyph } from '../charts/figures/marks';
import { TIME_MARK_LIMIT } from '../charts/figures/chartLimits';
import { STAGE_COLORS } from '../model/colors';
import type { FigureScale } from '../state/viewSlice';
import type { ChartDrawing } from './chartDrawing';
import { figureKey } from './figureKey';
import { TextLines } from './figuresDrawing';

export interface TimePanelsDrawingInput {
  rows: readonly FigureRow[];
  byId: ReadonlyMap<string, FigureRow>;
  scale: FigureScale;
  window: readonly [number, number] | null;
  width: number;
  prefix: string;
}

const PLOT_MARGIN = 70;
const byValue = compareForSort(tableSortFor('value'), () => '');

function StaticTimeMark({ mark }: { mark: TimeMarkGeom }) {
  const { amount } = mark.entry.row;
  const color = STAGE_COLORS[amount.stage];
  const flag = mark.entry.row.flags[0];
  return (
    <g>
      {mark.link !== null && (
        <line {...mark.link} stroke="var(--ink-3)" strokeWidth={1} strokeDasharray="2 2" />
      )}
      {mark.stem !== null && (
        <line x1={mark.x} x2={mark.x} y1={mark.stem.y1} y2={mark.stem.y2} stroke={color} strokeWidth={2} />
      )}
      {amount.bound === 'lower' && (
        <path
          d={`M${mark.x - 5} ${mark.y - 9} L${mark.x} ${mark.y - 16} L${mark.x + 5} ${mark.y - 9} Z`}
          fill={color}
        />
      )}
      {amount.bound === 'upper' && (
        <path
          d={`M${mark.x - 5} ${mark.y + 9} L${mark.x} ${mark.y + 16} L${mark.x + 5} ${mark.y + 9} Z`}
          fill={color}
        />
      )}
      {amount.bound === 'approximate' && (
        <circle cx={mark.x} cy={mark.y} r={8} fill="none" stroke={color} strokeDasharray="2 2" />
      )}
      <StageGlyph stage={amount.stage} x={mark.x} y={mark.y} size={72} />
      {flag !== undefined && mark.label === null && (
        <FlagMarker x={mark.x - FLAG_LEFT} y={mark.y - 7} severity={flag.severity} />
      )}
      {mark.leader !== null && <line {...mark.leader} stroke="var(--ink-3)" strokeWidth={1} />}
      {mark.label !== null && (
        <text
          x={mark.label.x}
          y={mark.label.y}
          textAnchor={mark.label.anchor}
          fontSize={CHART_FONT}
          fill="var(--ink-2)"
          stroke="var(--surface)"
          strokeWidth={4}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {mark.label.text}
        </text>
      )}
    </g>
  );
}

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
  const marks = layout.panels.flatMap((p) => p.marks);
  const rows = marks.map((m) => m.entry.row);
  const element = (
    <g className="image-figures-time">
      <TextLines lines={layout.scaleNote} fontSize={CHART_FONT} fill="var(--ink-2)" />
      {layout.xTicks.map((t) => (
        <g key={t.value} transform={`translate(${t.position},0)`}>
          <line
            y1={layout.panels[0]?.plotTop ?? 0}
            y2={layout.axisY}
            stroke="var(--line)"
            strokeDasharray="2 3"
          />
          <line y1={layout.axisY} y2={layout.axisY + 5} stroke="var(--line-strong)" />
          <text y={layout.axisY + 19} textAnchor="middle" fontSize={CHART_FONT} fill="var(--ink-3)">
            {t.label}
          </text>
        </g>
      ))}
      {layout.panels.map((panel) => (
        <g key={panel.id}>
          <TextLines lines={panel.heading} fontSize={HEADING_FONT} fontWeight={700} fill="var(--ink)" />
          {panel.yTicks.map((t) => (
            <g key={t.value} transform={`translate(0,${t.position})`}>
              <line x1={layout.plot.left} x2={layout.plot.right} stroke="var(--line)" />
              {t.label !== null && (
                <text
                  x={layout.plot.left - 6}
                  y={4}
                  textAnchor="end"
                  fontSize={CHART_FONT}
                  fill="var(--ink-3)"
                >
                  {t.label}
                </text>
              )}
            </g>
          ))}
          <line
            x1={layout.plot.left}
            x2={layout.plot.right}
            y1={panel.plotBottom}
            y2={panel.plotBottom}
            stroke="var(--line-strong)"
          />
          {panel.marks.map((mark) => (
            <StaticTimeMark key={mark.key} mark={mark} />
          ))}
        </g>
      ))}
    </g>
  );
  const notes: string[] = [];
  if (placement.shown < placement.total) {
    notes.push(
      `The ${placement.shown} largest of ${placement.total.toLocaleString('en-US')} figures are placed; the CSV export lists all.`,
    );
  }
  return {
    height: layout.height,
    element,
    key: figureKey(rows, scale === 'linear' ? 'stem' : 'dot', {
      wholes: marks.some((m) => m.link !== null),
      prefix: input.prefix,
    }),
    events: [],
    amounts: rows.map((r) => r.amount),
    notes,
  };
}
