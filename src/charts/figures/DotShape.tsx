/** The mark of a figure on a log scale: its stage glyph at the value, with the bound and range drawn around it. */
import type { AmountStage, Bound } from '../../data/schema';
import { screenPaint, STAGE_COLORS, type Paint } from '../../model/colors';
import { MARKER } from './honest/layoutSections';
import { StageGlyph } from './marks';

interface DotShapeProps {
  cx: number;
  cy: number;
  stage: AmountStage;
  bound: Bound;
  /** Where the bound marker starts (after the dot for "more than", before it for "less than"). */
  boundX: number;
  range: { x1: number; x2: number } | null;
  paint?: Paint;
}

/**
 * A range is a line from the value to its upper end; "more than" an arrowhead pointing up the scale,
 * "less than" one pointing down it; "about" a dashed ring.
 */
export function DotShape({ cx, cy, stage, bound, boundX, range, paint = screenPaint }: DotShapeProps) {
  const color = paint(STAGE_COLORS[stage]);
  return (
    <>
      {range !== null && (
        <>
          <line x1={range.x1} x2={range.x2} y1={cy} y2={cy} stroke={color} strokeWidth={2} />
          <line x1={range.x2} x2={range.x2} y1={cy - 5} y2={cy + 5} stroke={color} strokeWidth={2} />
        </>
      )}
      {bound === 'approximate' && (
        <circle cx={cx} cy={cy} r={8} fill="none" stroke={color} strokeWidth={1.5} strokeDasharray="2 2" />
      )}
      {bound === 'lower' && (
        <path d={`M${boundX} ${cy - 5} L${boundX + MARKER} ${cy} L${boundX} ${cy + 5} Z`} fill={color} />
      )}
      {bound === 'upper' && (
        <path d={`M${boundX} ${cy - 5} L${boundX - MARKER} ${cy} L${boundX} ${cy + 5} Z`} fill={color} />
      )}
      <StageGlyph stage={stage} x={cx} y={cy} size={72} paint={paint} />
    </>
  );
}
