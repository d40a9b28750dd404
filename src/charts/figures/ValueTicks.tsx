import type { AxisTick } from './honest/valueAxis';
import { CHART_FONT } from './honest/layoutSections';

interface ValueTicksProps {
  ticks: readonly AxisTick[];
  /** `x`: values run across and gridlines are vertical (the bars); `y`: values run up (over time). */
  orientation: 'x' | 'y';
  /** Where each gridline starts and ends, across the value axis. */
  from: number;
  to: number;
  /** Where the labels sit, across the value axis: above the bars, or left of the panel. */
  labelAt: number;
  grid: string;
  ink: string;
}

/** The value gridlines of a figures chart, each with its label where there is room for one. */
export function ValueTicks({ ticks, orientation, from, to, labelAt, grid, ink }: ValueTicksProps) {
  const across = orientation === 'x';
  return ticks.map((t) => (
    <g key={t.value} transform={across ? `translate(${t.position},0)` : `translate(0,${t.position})`}>
      {across ? <line y1={from} y2={to} stroke={grid} /> : <line x1={from} x2={to} stroke={grid} />}
      {t.label !== null &&
        (across ? (
          <text y={labelAt} textAnchor="middle" fontSize={CHART_FONT} fill={ink} className="fig-tick">
            {t.label}
          </text>
        ) : (
          <text x={labelAt} y={4} textAnchor="end" fontSize={CHART_FONT} fill={ink} className="fig-tick">
            {t.label}
          </text>
        ))}
    </g>
  ));
}
