import { textWidth, truncateToWidth } from '../../model/measureText';
import { formatMoney } from '../../model/money';
import type { FigureRow } from './figureRows';

/** The second compared figure as a dashed line across the bars, labelled under the axis. */
export function ReferenceLine(props: {
  x: number;
  top: number;
  bottom: number;
  width: number;
  row: FigureRow;
}) {
  const { x, top, bottom, width, row } = props;
  const anchor = x > width / 2 ? 'end' : 'start';
  const room = anchor === 'end' ? x - 8 : width - x - 8;
  const text =
    truncateToWidth(
      `compared to ${row.amount.label} (${formatMoney(row.amount.usd, 'USD')})`,
      Math.max(60, room),
      (t) => textWidth(t, { size: 11, weight: 600 }),
    ) ?? '';
  return (
    <g className="fig-reference" data-reference-id={row.id}>
      <line
        x1={x}
        x2={x}
        y1={top}
        y2={bottom + 4}
        stroke="var(--ink)"
        strokeWidth={1.5}
        strokeDasharray="5 3"
      />
      <text
        x={anchor === 'end' ? x - 4 : x + 4}
        y={bottom + 16}
        textAnchor={anchor}
        fontSize={11}
        fontWeight={600}
        fill="var(--ink)"
      >
        {text}
      </text>
    </g>
  );
}
