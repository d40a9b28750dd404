import type { ReactNode } from 'react';
import { screenPaint, STAGE_COLORS, type Paint } from '../../model/colors';
import { Lines, textStyle } from './ChartLines';
import { DotShape } from './DotShape';
import { figureSummary, type FigureRow } from './figureRows';
import { CHART_FONT, partOfLine, type FigureGeom } from './honest/layoutSections';
import { BarShape, barFill, FlagMarker, StageGlyph } from './marks';
import type { MarkInteractionProps } from './useMarkInteractions';

/** What makes a drawn figure a control on screen: focus, selection and the handlers. A file has none. */
export type FigureInteraction = MarkInteractionProps;

export interface FigureMarkProps {
  figure: FigureGeom;
  /** Prefix of the chart's pattern ids. */
  prefix: string;
  width: number;
  /** How theme colours are painted: kept as custom properties on screen, written out in a file. */
  paint?: Paint;
  /** On screen, the figure is a focusable button; without this it is drawn only. */
  interaction?: FigureInteraction;
}

/** One figure of the sections chart: its title, part-of line, mark and value; on screen, a focusable button. */
export function FigureMark({ figure, prefix, width, paint = screenPaint, interaction }: FigureMarkProps) {
  const shapes = (
    <FigureShapes figure={figure} prefix={prefix} paint={paint} selected={interaction?.selected} />
  );
  if (interaction === undefined) return <g>{shapes}</g>;
  const { selected, compared } = interaction;
  const { row } = figure.entry;
  const partOf = partOfLine(figure.entry);
  return (
    <FigureButton
      interaction={interaction}
      row={row}
      className="fig-bar"
      label={`${figureSummary(row, figure.value.text)}${partOf === null ? '' : `; ${partOf}`}`}
      data={{
        'data-amount-id': row.id,
        'data-usd': row.amount.usd,
        'data-mark': figure.mark.type,
        'data-depth': figure.entry.depth,
        'data-part-of': figure.entry.wholeDrawn ? (figure.entry.whole?.id ?? undefined) : undefined,
      }}
    >
      <rect
        className="fig-hit"
        x={0}
        y={figure.top}
        width={width}
        height={figure.height - 4}
        fill="transparent"
      />
      {(selected || compared) && (
        <rect
          className="fig-selection"
          x={1}
          y={figure.top - 1}
          width={width - 2}
          height={figure.height - 2}
          rx={4}
          fill={selected ? 'var(--accent-soft)' : 'none'}
          stroke={compared ? 'var(--ink-2)' : 'none'}
          strokeDasharray="4 3"
        />
      )}
      <rect
        className="fig-focus-ring"
        x={1}
        y={figure.top - 1}
        width={width - 2}
        height={figure.height - 2}
        rx={4}
        fill="none"
        stroke="var(--focus)"
        strokeWidth={2.5}
      />
      {shapes}
    </FigureButton>
  );
}

/** A drawn figure as the screen's control: a focusable button that selects, compares and shows its tooltip. */
export function FigureButton({
  interaction,
  row,
  className,
  label,
  data,
  children,
}: {
  interaction: FigureInteraction;
  row: FigureRow;
  className: string;
  label: string;
  /** The data attributes tests and the page find the figure by. */
  data: Record<`data-${string}`, string | number | undefined>;
  children: ReactNode;
}) {
  const { index, active, selected, describedBy } = interaction;
  return (
    <g
      ref={interaction.refAt(index)}
      className={className}
      role="button"
      tabIndex={active ? 0 : -1}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      aria-describedby={describedBy}
      {...data}
      onClick={() => {
        interaction.onSelect(row);
      }}
      onKeyDown={(event) => {
        interaction.onKeyDown(event, index, row);
      }}
      onFocus={interaction.onFocusMark}
      onBlur={interaction.onBlurMark}
      onPointerEnter={interaction.onHover}
    >
      {children}
    </g>
  );
}

/** What a figure draws, on screen and in a file: rule, title, part-of line, whole, mark, flag and value. */
function FigureShapes({
  figure,
  prefix,
  paint,
  selected = false,
}: {
  figure: FigureGeom;
  prefix: string;
  paint: Paint;
  selected: boolean | undefined;
}) {
  const { amount } = figure.entry.row;
  const color = paint(STAGE_COLORS[amount.stage]);
  const flag = figure.entry.row.flags[0];
  const { mark, whole } = figure;
  const halo = paint(selected ? 'var(--accent-soft)' : 'var(--surface)');
  const rule = paint('var(--ink-3)');
  return (
    <>
      {figure.rule !== null && (
        <line
          className="fig-part-rule"
          x1={figure.rule.x}
          x2={figure.rule.x}
          y1={figure.rule.y1}
          y2={figure.rule.y2}
          stroke={rule}
          strokeWidth={2}
        />
      )}
      <Lines
        lines={figure.title}
        className="fig-label"
        fontSize={CHART_FONT}
        fontWeight={selected ? 700 : 500}
        fill={paint('var(--ink)')}
        halo={halo}
      />
      <Lines
        lines={figure.partOf}
        className="fig-part-of"
        fontSize={CHART_FONT}
        fill={paint('var(--ink-2)')}
        halo={halo}
      />
      {whole?.type === 'extent' && (
        <g className="fig-whole" stroke={rule} strokeWidth={1.5}>
          <line x1={whole.x1} x2={whole.x2} y1={whole.y} y2={whole.y} />
          <line x1={whole.x2} x2={whole.x2} y1={whole.y - 3} y2={whole.y + 3} />
        </g>
      )}
      {whole?.type === 'tick' && (
        <g className="fig-whole" stroke={rule} strokeWidth={1.5}>
          <line x1={whole.cx} x2={whole.cx} y1={whole.cy - whole.r} y2={whole.cy + whole.r} />
          <line
            x1={whole.cx - whole.cap}
            x2={whole.cx + whole.cap}
            y1={whole.cy - whole.r}
            y2={whole.cy - whole.r}
          />
          <line
            x1={whole.cx - whole.cap}
            x2={whole.cx + whole.cap}
            y1={whole.cy + whole.r}
            y2={whole.cy + whole.r}
          />
        </g>
      )}
      {mark.type === 'bar' ? (
        <>
          <StageGlyph stage={amount.stage} x={figure.glyph.x} y={figure.glyph.y} size={48} paint={paint} />
          <BarShape
            x={mark.x}
            y={mark.y}
            width={mark.width}
            height={mark.height}
            highX={figure.range?.x2 ?? null}
            bound={amount.bound}
            fill={barFill(prefix, amount.kind, amount.stage, paint)}
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
          paint={paint}
        />
      )}
      {flag !== undefined && figure.flag !== null && (
        <FlagMarker x={figure.flag.x} y={figure.flag.y} severity={flag.severity} paint={paint} />
      )}
      <text
        x={figure.value.x}
        y={figure.value.y}
        textAnchor={figure.value.anchor}
        className="fig-value"
        {...textStyle({ fontSize: CHART_FONT, fill: paint('var(--ink-2)'), halo })}
      >
        {figure.value.text}
      </text>
    </>
  );
}
