import { DotShape } from '../charts/figures/DotShape';
import type { FigureRow } from '../charts/figures/figureRows';
import { chartTextWidth } from '../charts/figures/honest/chartText';
import { compareForSort, tableSortFor } from '../charts/figures/honest/figureTable';
import {
  CHART_FONT,
  HEADING_FONT,
  layoutSections,
  placementValues,
  sectionPlotRange,
  type FigureGeom,
  type TextLine,
} from '../charts/figures/honest/layoutSections';
import { placeFigures } from '../charts/figures/honest/placement';
import { chartValueScale } from '../charts/figures/honest/valueAxis';
import { BarPatterns, BarShape, barFill, FlagMarker, StageGlyph } from '../charts/figures/marks';
import { CHART_ROW_LIMIT } from '../charts/figures/chartLimits';
import { valueExtent } from '../charts/figures/scales';
import { STAGE_COLORS } from '../model/colors';
import type { FigureGroup, FigureScale, FigureSort } from '../state/viewSlice';
import type { ChartDrawing } from './chartDrawing';
import { figureKey } from './figureKey';

export interface FiguresDrawingInput {
  rows: readonly FigureRow[];
  byId: ReadonlyMap<string, FigureRow>;
  scale: FigureScale;
  sort: FigureSort;
  group: FigureGroup;
  width: number;
  /** Prefix of the ids of patterns, unique within the image. */
  prefix: string;
}

const noSource = () => '';

/** Lines of text, with a halo of the background so gridlines do not run through the letters. */
export function TextLines(props: {
  lines: readonly TextLine[];
  fontSize: number;
  fontWeight?: number;
  fill: string;
  halo?: string;
}) {
  const halo =
    props.halo === undefined
      ? {}
      : { stroke: props.halo, strokeWidth: 4, strokeLinejoin: 'round' as const, paintOrder: 'stroke' };
  return (
    <text fontSize={props.fontSize} fontWeight={props.fontWeight} fill={props.fill} {...halo}>
      {props.lines.map((l) => (
        <tspan key={`${l.x},${l.y}`} x={l.x} y={l.y}>
          {l.text}
        </tspan>
      ))}
    </text>
  );
}

function StaticFigure({ figure, prefix }: { figure: FigureGeom; prefix: string }) {
  const { amount } = figure.entry.row;
  const { mark, whole } = figure;
  const color = STAGE_COLORS[amount.stage];
  const flag = figure.entry.row.flags[0];
  return (
    <g>
      {figure.rule !== null && (
        <line
          x1={figure.rule.x}
          x2={figure.rule.x}
          y1={figure.rule.y1}
          y2={figure.rule.y2}
          stroke="var(--ink-3)"
          strokeWidth={2}
        />
      )}
      <TextLines
        lines={figure.title}
        fontSize={CHART_FONT}
        fontWeight={500}
        fill="var(--ink)"
        halo="var(--surface)"
      />
      <TextLines lines={figure.partOf} fontSize={CHART_FONT} fill="var(--ink-2)" halo="var(--surface)" />
      {whole?.type === 'extent' && (
        <g stroke="var(--ink-3)" strokeWidth={1.5}>
          <line x1={whole.x1} x2={whole.x2} y1={whole.y} y2={whole.y} />
          <line x1={whole.x2} x2={whole.x2} y1={whole.y - 3} y2={whole.y + 3} />
        </g>
      )}
      {whole?.type === 'ring' && (
        <circle
          cx={whole.cx}
          cy={whole.cy}
          r={whole.r}
          fill="none"
          stroke="var(--ink-3)"
          strokeWidth={1.5}
          strokeDasharray="2 2"
        />
      )}
      {mark.type === 'bar' ? (
        <>
          <StageGlyph stage={amount.stage} x={figure.glyph.x} y={figure.glyph.y} size={48} />
          <BarShape
            x={mark.x}
            y={mark.y}
            width={mark.width}
            height={mark.height}
            highX={figure.range?.x2 ?? null}
            bound={amount.bound}
            fill={barFill(prefix, amount.kind, amount.stage)}
            color={color}
            outlined={amount.kind === 'total'}
          />
        </>
      ) : (
        <DotShape
          cx={mark.cx}
          cy={mark.cy}
          stage={amount.stage}
          bound={amount.bound}
          boundX={figure.boundX}
          range={figure.range}
        />
      )}
      {flag !== undefined && figure.flag !== null && (
        <FlagMarker x={figure.flag.x} y={figure.flag.y} severity={flag.severity} />
      )}
      <text
        x={figure.value.x}
        y={figure.value.y}
        textAnchor={figure.value.anchor}
        fontSize={CHART_FONT}
        fill="var(--ink-2)"
        stroke="var(--surface)"
        strokeWidth={4}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {figure.value.text}
      </text>
    </g>
  );
}

/**
 * The figures in sections for an image: the screen's placement and layout (bars from zero on a linear
 * scale, dots on a log scale, each part under its whole) drawn with the screen's marks, without the
 * controls, focus rings and hit areas.
 */
export function figuresDrawing(input: FiguresDrawingInput): ChartDrawing {
  const { width, scale, prefix } = input;
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
  const pairs = figures.map((f) => [f.entry.row.amount.kind, f.entry.row.amount.stage] as const);

  const element = (
    <g className="image-figures">
      {scale === 'linear' && <BarPatterns prefix={prefix} pairs={pairs} />}
      <TextLines lines={layout.scaleNote} fontSize={CHART_FONT} fill="var(--ink-2)" />
      {layout.sections.map((section) => (
        <g key={section.id}>
          <TextLines lines={section.heading} fontSize={HEADING_FONT} fontWeight={700} fill="var(--ink)" />
          <TextLines lines={section.note} fontSize={CHART_FONT} fill="var(--ink-3)" />
          <TextLines lines={section.elsewhere} fontSize={CHART_FONT} fill="var(--ink-2)" />
          {section.ticks.map((t) => (
            <g key={t.value} transform={`translate(${t.position},0)`}>
              <line y1={section.gridTop} y2={section.gridBottom} stroke="var(--line)" />
              {t.label !== null && (
                <text y={section.tickY} textAnchor="middle" fontSize={CHART_FONT} fill="var(--ink-3)">
                  {t.label}
                </text>
              )}
            </g>
          ))}
          {section.blocks.map((b) => (
            <text
              key={b.key}
              x={b.label.x}
              y={b.label.y}
              fontSize={CHART_FONT}
              fontWeight={700}
              fill="var(--ink)"
            >
              {b.label.text}
            </text>
          ))}
          {section.figures.map((figure) => (
            <StaticFigure key={figure.key} figure={figure} prefix={prefix} />
          ))}
        </g>
      ))}
    </g>
  );
  const notes: string[] = [];
  if (placement.shown < placement.total) {
    notes.push(
      `The ${placement.shown} largest of ${placement.total.toLocaleString('en-US')} figures are drawn; the CSV export lists all.`,
    );
  }
  return {
    height: layout.height,
    element,
    key: figureKey(rows, scale === 'linear' ? 'bar' : 'dot', {
      wholes: figures.some((f) => f.whole !== null),
      prefix,
    }),
    events: [],
    amounts: rows.map((r) => r.amount),
    notes,
  };
}
