import type { ScaleTime } from 'd3-scale';
import { INVASION_DATE_MS } from '../../model/dates';
import { spansInvasion } from '../../model/timeDomain';
import type { AxisTick } from './axis';
import type { MeasureText } from './timelineText';

/** Height of the band above the lanes: the invasion marker's label, then the tick labels. */
export const AXIS_HEIGHT = 40;
const MARKER_LABELS = ['Full-scale invasion, 24 Feb 2022', 'Invasion, 24 Feb 2022', 'Invasion'];

/** The longest marker label that fits on one side of the line, and on which side. */
function markerLabel(x: number, width: number, measure: MeasureText): { text: string; left: boolean } | null {
  for (const text of MARKER_LABELS) {
    const w = measure(text, 'axis');
    if (x + 4 + w <= width) return { text, left: false };
    if (x - 4 - w >= 0) return { text, left: true };
  }
  return null;
}

interface AxisProps {
  ticks: readonly AxisTick[];
  /** The visible time scale (the base scale rescaled by the zoom). */
  x: ScaleTime<number, number>;
  width: number;
  /** Height of the lanes, which the grid lines cross. */
  lanesHeight: number;
  measure: MeasureText;
}

/** The time axis: tick labels on top, grid lines through the lanes, and the invasion marker. */
export function TimelineAxis({ ticks, x, width, lanesHeight, measure }: AxisProps) {
  const bottom = AXIS_HEIGHT + lanesHeight;
  const invasionX = x(INVASION_DATE_MS);
  const showInvasion = spansInvasion(x.domain().map(Number) as [number, number]);
  const label = showInvasion ? markerLabel(invasionX, width, measure) : null;
  return (
    <g className="tl-axis">
      <line x1={0} x2={width} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} stroke="var(--line-strong)" />
      {ticks.map((tick) => (
        <g key={tick.t}>
          <line
            x1={tick.x}
            x2={tick.x}
            y1={AXIS_HEIGHT - 8}
            y2={bottom}
            stroke={tick.major ? 'var(--line-strong)' : 'var(--line)'}
            strokeWidth={1}
          />
          {tick.label !== null && (
            <text
              className="tl-tick-label"
              x={tick.x + 4}
              y={AXIS_HEIGHT - 9}
              fill="var(--ink-3)"
              fontSize={12}
            >
              {tick.label}
            </text>
          )}
        </g>
      ))}
      {showInvasion && (
        <g className="tl-invasion">
          <line
            x1={invasionX}
            x2={invasionX}
            y1={2}
            y2={bottom}
            stroke="var(--invasion)"
            strokeWidth={1.5}
            strokeDasharray="5 3"
          />
          {label !== null && (
            <text
              x={label.left ? invasionX - 4 : invasionX + 4}
              y={12}
              textAnchor={label.left ? 'end' : 'start'}
              fill="var(--invasion)"
              fontSize={12}
              fontWeight={600}
            >
              {label.text}
            </text>
          )}
        </g>
      )}
    </g>
  );
}
