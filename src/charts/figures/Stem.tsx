import { STAGE_COLORS } from '../../model/colors';
import { formatAmountLabel } from '../../model/money';
import { FigureMark } from './FigureMark';
import { figureSummary } from './figureRows';
import { STEM_FONT_SIZE, type StemGeom } from './layoutStems';
import { FlagMarker, StageGlyph } from './marks';
import type { FigureMarkState } from './useFigureMarks';

/** One figure over time: a stem at its date as tall as its value, with its stage, bound and flag. */
export function Stem({ stem, mark }: { stem: StemGeom; mark: FigureMarkState }) {
  const { row, selected, compared } = mark;
  const { amount } = row;
  const color = STAGE_COLORS[amount.stage];
  const flag = row.flags[0];
  return (
    <FigureMark
      mark={mark}
      className="fig-bar fig-stem"
      label={`${figureSummary(row, formatAmountLabel(amount))}; dated ${amount.date}`}
    >
      <rect
        className="fig-hit"
        x={stem.x - 6}
        y={stem.yTop - 10}
        width={12}
        height={stem.yBase - stem.yTop + 10}
        fill="transparent"
      />
      {(selected || compared) && (
        <circle
          cx={stem.x}
          cy={stem.yTop}
          r={11}
          fill={selected ? 'var(--accent-soft)' : 'none'}
          stroke="var(--ink-2)"
          strokeDasharray={compared ? '3 2' : undefined}
        />
      )}
      <circle
        className="fig-focus-ring"
        cx={stem.x}
        cy={stem.yTop}
        r={13}
        fill="none"
        stroke="var(--focus)"
        strokeWidth={2.5}
      />
      <line
        x1={stem.x}
        x2={stem.x}
        y1={stem.yBase}
        y2={stem.yTop}
        stroke={color}
        strokeWidth={2}
        strokeDasharray={amount.cumulative ? '4 3' : undefined}
      />
      {amount.bound === 'lower' && (
        <path
          d={`M${stem.x - 5} ${stem.yTop - 9} L${stem.x} ${stem.yTop - 16} L${stem.x + 5} ${stem.yTop - 9} Z`}
          fill={color}
        />
      )}
      {amount.bound === 'approximate' && (
        <circle cx={stem.x} cy={stem.yTop} r={8} fill="none" stroke={color} strokeDasharray="2 2" />
      )}
      <StageGlyph stage={amount.stage} x={stem.x} y={stem.yTop} size={60} />
      {flag !== undefined && <FlagMarker x={stem.x - 18} y={stem.yTop - 7} severity={flag.severity} />}
      {stem.label !== null && (
        <text
          x={stem.labelX}
          y={stem.labelY}
          textAnchor={stem.labelAnchor}
          fontSize={STEM_FONT_SIZE}
          fill="var(--ink-2)"
          className="fig-value"
        >
          {stem.label}
        </text>
      )}
    </FigureMark>
  );
}
