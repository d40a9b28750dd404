import type { KeyboardEvent } from 'react';
import { STAGE_COLORS } from '../../model/colors';
import { figureSummary, type FigureRow } from './figureRows';
import type { BarGeom } from './layoutBars';
import { BarShape, barFill, FlagMarker, StageGlyph } from './marks';

export interface FigureBarProps {
  bar: BarGeom;
  row: FigureRow;
  prefix: string;
  width: number;
  index: number;
  active: boolean;
  selected: boolean;
  compared: boolean;
  describedBy: string | undefined;
  refAt: (index: number) => (node: HTMLOrSVGElement | null) => void;
  onKeyDown: (event: KeyboardEvent, index: number, row: FigureRow) => void;
  onSelect: (row: FigureRow) => void;
  onFocusBar: (index: number, key: string) => void;
  onBlurBar: () => void;
  onHover: (key: string) => void;
}

/** One figure's row: label, stage glyph, bar with its bound and flag, value; a button in the roving focus. */
export function FigureBar(props: FigureBarProps) {
  const { bar, row, prefix, width, index, active, selected, compared, describedBy } = props;
  const { amount } = row;
  const color = STAGE_COLORS[amount.stage];
  const flag = row.flags[0];
  const notAdded = bar.item.type === 'figure' && bar.item.grouped && !bar.item.summed;
  return (
    <g
      ref={props.refAt(index)}
      className="fig-bar"
      role="button"
      tabIndex={active ? 0 : -1}
      aria-label={figureSummary(row, bar.valueText)}
      aria-current={selected ? 'true' : undefined}
      aria-describedby={describedBy}
      data-amount-id={row.id}
      data-usd={amount.usd}
      data-in-sum={bar.item.type === 'figure' && bar.item.grouped ? String(bar.item.summed) : undefined}
      onClick={() => {
        props.onSelect(row);
      }}
      onKeyDown={(event) => {
        props.onKeyDown(event, index, row);
      }}
      onFocus={() => {
        props.onFocusBar(index, bar.key);
      }}
      onBlur={props.onBlurBar}
      onPointerEnter={() => {
        props.onHover(bar.key);
      }}
    >
      <rect className="fig-hit" x={0} y={bar.y} width={width} height={bar.height - 4} fill="transparent" />
      {(selected || compared) && (
        <rect
          x={1}
          y={bar.y - 1}
          width={width - 2}
          height={bar.height - 2}
          rx={4}
          fill={selected ? 'var(--accent-soft)' : 'none'}
          stroke={compared ? 'var(--ink-2)' : 'none'}
          strokeDasharray="4 3"
        />
      )}
      <rect
        className="fig-focus-ring"
        x={1}
        y={bar.y - 1}
        width={width - 2}
        height={bar.height - 2}
        rx={4}
        fill="none"
        stroke="var(--focus)"
        strokeWidth={2.5}
      />
      <text
        x={bar.labelX}
        y={bar.labelY}
        fontSize={12}
        fontWeight={selected ? 700 : 500}
        fill="var(--ink)"
        className="fig-label"
      >
        {bar.label}
      </text>
      <StageGlyph stage={amount.stage} x={bar.glyphX} y={bar.glyphY} size={48} />
      <g opacity={notAdded ? 0.45 : 1}>
        <BarShape
          x={bar.barX}
          y={bar.barY}
          width={bar.barWidth}
          height={bar.barHeight}
          highX={bar.highX}
          bound={bar.bound}
          fill={barFill(prefix, amount.kind, amount.stage)}
          color={color}
          outlined={amount.kind === 'total'}
        />
      </g>
      {flag !== undefined && bar.flagX !== null && (
        <FlagMarker x={bar.flagX} y={bar.barY} severity={flag.severity} />
      )}
      <text x={bar.valueX} y={bar.valueY} fontSize={12} fill="var(--ink-2)" className="fig-value">
        {bar.valueText}
      </text>
    </g>
  );
}
