import type { BarGeom } from './layoutBars';
import { BarShape } from './marks';

/** A group's row: its name and count, and its sum as a bar (or a note when nothing could be summed). */
export function GroupRow({ bar }: { bar: BarGeom }) {
  if (bar.item.type !== 'group') return null;
  const { group } = bar.item;
  const summed = group.sum.added.length > 0;
  return (
    <g className="fig-group" data-group-key={group.key} data-sum-usd={group.sum.usd}>
      <text x={bar.labelX} y={bar.labelY} fontSize={12} fontWeight={700} fill="var(--ink)">
        {bar.label}
      </text>
      {summed ? (
        <BarShape
          x={bar.barX}
          y={bar.barY}
          width={bar.barWidth}
          height={bar.barHeight}
          highX={null}
          bound={bar.bound}
          fill="var(--ink-2)"
          color="var(--ink)"
          outlined={false}
        />
      ) : (
        <line
          x1={bar.barX}
          x2={bar.barX + 40}
          y1={bar.barY + bar.barHeight / 2}
          y2={bar.barY + bar.barHeight / 2}
          stroke="var(--line-strong)"
          strokeDasharray="3 3"
        />
      )}
      <text
        x={summed ? bar.valueX : bar.barX + 48}
        y={bar.valueY}
        fontSize={12}
        fontWeight={650}
        fill="var(--ink)"
        className="fig-value"
      >
        {summed ? bar.valueText : 'not summed: running totals only'}
      </text>
    </g>
  );
}
