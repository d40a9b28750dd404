import type { Bound } from '../../data/schema';
import { screenPaint, STAGE_COLORS, type Paint } from '../../model/colors';
import { formatAmountLabel } from '../../model/money';
import { figureSummary } from './figureRows';
import { CHART_FONT, partOfLine } from './honest/layoutSections';
import type { TimeMarkGeom } from './honest/layoutTimePanels';
import { FlagMarker, StageGlyph } from './marks';
import { FigureButton, type FigureInteraction } from './SectionFigureMark';

export interface TimeMarkProps {
  mark: TimeMarkGeom;
  /** How theme colours are painted: kept as custom properties on screen, written out in a file. */
  paint?: Paint;
  /** On screen, the figure is a focusable button; without this it is drawn only. */
  interaction?: FigureInteraction;
}

/** One figure over time: a dot (log) or stem from $0 (linear) with its bound, flag and label; on screen, a focusable button. */
export function TimeMark({ mark, paint = screenPaint, interaction }: TimeMarkProps) {
  const link = <PartLink mark={mark} paint={paint} />;
  const shapes = <TimeShapes mark={mark} paint={paint} selected={interaction?.selected ?? false} />;
  if (interaction === undefined) {
    return (
      <g>
        {link}
        {shapes}
      </g>
    );
  }
  const { selected, compared } = interaction;
  const { row } = mark.entry;
  const { amount } = row;
  const partOf = partOfLine(mark.entry);
  const hitTop = mark.y - 10;
  const hitBottom = mark.stem === null ? mark.y + 10 : mark.stem.y1;
  return (
    <FigureButton
      interaction={interaction}
      row={row}
      className="fig-bar fig-stem"
      label={`${figureSummary(row, formatAmountLabel(amount))}; dated ${amount.date}${partOf === null ? '' : `; ${partOf}`}`}
      data={{ 'data-amount-id': row.id, 'data-mark': mark.stem === null ? 'dot' : 'stem' }}
    >
      <rect
        className="fig-hit"
        x={mark.x - 8}
        y={hitTop}
        width={16}
        height={hitBottom - hitTop}
        fill="transparent"
      />
      {link}
      {(selected || compared) && (
        <circle
          cx={mark.x}
          cy={mark.y}
          r={11}
          fill={selected ? 'var(--accent-soft)' : 'none'}
          stroke="var(--ink-2)"
          strokeDasharray={compared ? '3 2' : undefined}
        />
      )}
      <circle
        className="fig-focus-ring"
        cx={mark.x}
        cy={mark.y}
        r={13}
        fill="none"
        stroke="var(--focus)"
        strokeWidth={2.5}
      />
      {shapes}
    </FigureButton>
  );
}

/**
 * The bound of a figure at a date, around its glyph at x, y: "more than" an arrowhead above it (up the
 * value scale), "less than" one below it, "about" a dashed ring.
 */
export function TimeBound({ x, y, bound, color }: { x: number; y: number; bound: Bound; color: string }) {
  if (bound === 'lower')
    return <path d={`M${x - 5} ${y - 9} L${x} ${y - 16} L${x + 5} ${y - 9} Z`} fill={color} />;
  if (bound === 'upper')
    return <path d={`M${x - 5} ${y + 9} L${x} ${y + 16} L${x + 5} ${y + 9} Z`} fill={color} />;
  if (bound === 'approximate')
    return <circle cx={x} cy={y} r={8} fill="none" stroke={color} strokeDasharray="2 2" />;
  return null;
}

/** The dashed line from a part to its whole. */
function PartLink({ mark, paint }: { mark: TimeMarkGeom; paint: Paint }) {
  if (mark.link === null) return null;
  return (
    <line
      className="fig-part-link"
      x1={mark.link.x1}
      y1={mark.link.y1}
      x2={mark.link.x2}
      y2={mark.link.y2}
      stroke={paint('var(--ink-3)')}
      strokeWidth={1}
      strokeDasharray="2 2"
    />
  );
}

/** What a figure over time draws, on screen and in a file: stem, bound, stage glyph, flag, leader and label. */
function TimeShapes({ mark, paint, selected }: { mark: TimeMarkGeom; paint: Paint; selected: boolean }) {
  const { amount } = mark.entry.row;
  const color = paint(STAGE_COLORS[amount.stage]);
  const flag = mark.entry.row.flags[0];
  return (
    <>
      {mark.stem !== null && (
        <line
          className="fig-stem-line"
          x1={mark.x}
          x2={mark.x}
          y1={mark.stem.y1}
          y2={mark.stem.y2}
          stroke={color}
          strokeWidth={2}
        />
      )}
      <TimeBound x={mark.x} y={mark.y} bound={amount.bound} color={color} />
      <StageGlyph stage={amount.stage} x={mark.x} y={mark.y} size={72} paint={paint} />
      {flag !== undefined && mark.flag !== null && (
        <FlagMarker x={mark.flag.x} y={mark.flag.y} severity={flag.severity} paint={paint} />
      )}
      {mark.leader !== null && (
        <line
          x1={mark.leader.x1}
          y1={mark.leader.y1}
          x2={mark.leader.x2}
          y2={mark.leader.y2}
          stroke={paint('var(--ink-3)')}
          strokeWidth={1}
        />
      )}
      {mark.label !== null && (
        <text
          x={mark.label.x}
          y={mark.label.y}
          textAnchor={mark.label.anchor}
          fontSize={CHART_FONT}
          fill={paint('var(--ink-2)')}
          stroke={paint(selected ? 'var(--accent-soft)' : 'var(--surface)')}
          // Wide enough to close the gap a space leaves: a label level with a mark at $0 sits on the
          // baseline, which must not show between its words.
          strokeWidth={6}
          strokeLinejoin="round"
          paintOrder="stroke"
          className="fig-value"
        >
          {mark.label.text}
        </text>
      )}
    </>
  );
}
