import type { KeyboardEvent } from 'react';
import { STAGE_COLORS } from '../../model/colors';
import { formatAmountLabel } from '../../model/money';
import { figureSummary, type FigureRow } from './figureRows';
import { CHART_FONT, partOfLine } from './honest/layoutSections';
import { FLAG_LEFT, type TimeMarkGeom } from './honest/layoutTimePanels';
import { FlagMarker, StageGlyph } from './marks';

export interface TimeMarkProps {
  mark: TimeMarkGeom;
  index: number;
  active: boolean;
  selected: boolean;
  compared: boolean;
  describedBy: string | undefined;
  refAt: (index: number) => (node: HTMLOrSVGElement | null) => void;
  onKeyDown: (event: KeyboardEvent, index: number, row: FigureRow) => void;
  onSelect: (row: FigureRow) => void;
  onFocusMark: () => void;
  onBlurMark: () => void;
  onHover: () => void;
}

/** One figure over time: a focusable dot (log) or stem from $0 (linear) with its bound, flag and label. */
export function TimeMark(props: TimeMarkProps) {
  const { mark, index, active, selected, compared, describedBy } = props;
  const { row } = mark.entry;
  const { amount } = row;
  const color = STAGE_COLORS[amount.stage];
  const flag = row.flags[0];
  const partOf = partOfLine(mark.entry);
  const hitTop = mark.y - 10;
  const hitBottom = mark.stem === null ? mark.y + 10 : mark.stem.y1;
  return (
    <g
      ref={props.refAt(index)}
      className="fig-bar fig-stem"
      role="button"
      tabIndex={active ? 0 : -1}
      aria-label={`${figureSummary(row, formatAmountLabel(amount))}; dated ${amount.date}${partOf === null ? '' : `; ${partOf}`}`}
      aria-current={selected ? 'true' : undefined}
      aria-describedby={describedBy}
      data-amount-id={row.id}
      data-mark={mark.stem === null ? 'dot' : 'stem'}
      onClick={() => {
        props.onSelect(row);
      }}
      onKeyDown={(event) => {
        props.onKeyDown(event, index, row);
      }}
      onFocus={props.onFocusMark}
      onBlur={props.onBlurMark}
      onPointerEnter={props.onHover}
    >
      <rect
        className="fig-hit"
        x={mark.x - 8}
        y={hitTop}
        width={16}
        height={hitBottom - hitTop}
        fill="transparent"
      />
      {mark.link !== null && (
        <line
          className="fig-part-link"
          x1={mark.link.x1}
          y1={mark.link.y1}
          x2={mark.link.x2}
          y2={mark.link.y2}
          stroke="var(--ink-3)"
          strokeWidth={1}
          strokeDasharray="2 2"
        />
      )}
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
      {mark.leader !== null && (
        <line
          x1={mark.leader.x1}
          y1={mark.leader.y1}
          x2={mark.leader.x2}
          y2={mark.leader.y2}
          stroke="var(--ink-3)"
          strokeWidth={1}
        />
      )}
      {mark.label !== null && (
        <text
          x={mark.label.x}
          y={mark.label.y}
          textAnchor={mark.label.anchor}
          fontSize={CHART_FONT}
          fill="var(--ink-2)"
          stroke={selected ? 'var(--accent-soft)' : 'var(--surface)'}
          strokeWidth={4}
          strokeLinejoin="round"
          paintOrder="stroke"
          className="fig-value"
        >
          {mark.label.text}
        </text>
      )}
    </g>
  );
}
