import { STAGE_COLORS } from '../../model/colors';
import { FigureMark } from './FigureMark';
import { figureSummary } from './figureRows';
import type { BarGeom } from './layoutBars';
import { BarShape, barFill, FlagMarker, StageGlyph } from './marks';
import type { FigureMarkState } from './useFigureMarks';

interface FigureBarProps {
  bar: BarGeom;
  /** Prefix of the chart's pattern ids. */
  prefix: string;
  width: number;
  mark: FigureMarkState;
}

/** One figure's row: label, stage glyph, bar with its bound and flag, value; a button in the roving focus. */
export function FigureBar({ bar, prefix, width, mark }: FigureBarProps) {
  const { row, selected, compared } = mark;
  const { amount } = row;
  const color = STAGE_COLORS[amount.stage];
  const flag = row.flags[0];
  const grouped = bar.item.type === 'figure' && bar.item.grouped;
  const notAdded = bar.item.type === 'figure' && bar.item.grouped && !bar.item.summed;
  return (
    <FigureMark
      mark={mark}
      className="fig-bar"
      label={figureSummary(row, bar.valueText)}
      data={{ 'data-usd': amount.usd, 'data-in-sum': grouped ? String(!notAdded) : undefined }}
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
    </FigureMark>
  );
}
