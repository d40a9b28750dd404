import { useId, useMemo } from 'react';
import { useElementWidth } from '../../components/useElementWidth';
import { useDataset } from '../../data/DatasetContext';
import { formatDay } from '../../model/dates';
import { CHART_FONT_FAMILY } from '../../model/measureText';
import { datasetTimeDomain } from '../../model/timeDomain';
import { useAppStore } from '../../state/store';
import type { FigureRow } from './figureRows';
import { FigureTooltip } from './FigureTooltip';
import { layoutStems } from './layoutStems';
import { svgIdPrefix } from './marks';
import { scaleNote } from './scales';
import { Stem } from './Stem';
import { useFigureMarks } from './useFigureMarks';

/** Figures as stems at their dates on the timeline's time axis, following its visible window. */
export function FiguresTimeChart({ rows }: { rows: FigureRow[] }) {
  const dataset = useDataset();
  const [containerRef, width] = useElementWidth();
  const scale = useAppStore((s) => s.view.scale);
  const visibleWindow = useAppStore((s) => s.view.window);
  const setWindow = useAppStore((s) => s.setWindow);
  const prefix = svgIdPrefix(useId());
  const helpId = `${prefix}-help`;
  const tipId = `${prefix}-tip`;

  const domain = visibleWindow ?? datasetTimeDomain(dataset);
  const height = width < 560 ? 260 : 320;
  const layout = useMemo(
    () => (width === 0 ? null : layoutStems(rows, { width, height, domain, scale })),
    [rows, width, height, domain, scale],
  );
  const stems = layout?.stems ?? [];
  const marks = useFigureMarks(stems.length, tipId);
  const tipStem = stems.find((s) => s.key === marks.tipKey);

  return (
    <div className="fig-chart" ref={containerRef}>
      <p className="fig-scale-note" data-scale={scale}>
        {scaleNote(scale).replace('bar lengths', 'stem heights')}
      </p>
      <p className="fig-window-note">
        {visibleWindow === null ? (
          <>Showing all dates, on the timeline’s axis.</>
        ) : (
          <>
            Following the timeline’s visible window: {formatDay(visibleWindow[0])} –{' '}
            {formatDay(visibleWindow[1])}
            {layout !== null && ` (${layout.inDomain} of ${rows.length} figures)`}.{' '}
            <button
              type="button"
              className="fig-link-button"
              onClick={() => {
                setWindow(null);
              }}
            >
              Show all dates
            </button>
          </>
        )}
        {layout !== null && layout.shown < layout.inDomain && (
          <>
            {' '}
            Showing the {layout.shown} largest of {layout.inDomain.toLocaleString('en-US')}; the table lists
            all.
          </>
        )}
      </p>
      <p id={helpId} className="visually-hidden">
        Figures in date order. Use the arrow keys to move between figures, Enter to select a figure and its
        event, C to add it to the comparison.
      </p>
      {layout !== null && (
        <div className="fig-svg-wrap">
          <svg
            data-export="figures-time"
            className="fig-svg"
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={`Figures over time in USD, ${scale} scale`}
            aria-describedby={helpId}
            fontFamily={CHART_FONT_FAMILY}
            onPointerLeave={marks.onPointerLeave}
          >
            <title>Money figures over time in USD ({scale} scale)</title>
            <g className="fig-axis" aria-hidden="true">
              {layout.yTicks.map((t) => (
                <g key={t.label} transform={`translate(0,${t.position})`}>
                  <line x1={layout.plot.left} x2={layout.plot.right} stroke="var(--line)" />
                  <text
                    x={layout.plot.left - 6}
                    y={4}
                    textAnchor="end"
                    fontSize={11}
                    fill="var(--ink-3)"
                    className="fig-tick"
                  >
                    {t.label}
                  </text>
                </g>
              ))}
              <line
                x1={layout.plot.left}
                x2={layout.plot.right}
                y1={layout.plot.bottom}
                y2={layout.plot.bottom}
                stroke="var(--line-strong)"
              />
              {layout.xTicks.map((t) => (
                <g key={`${t.position}`} transform={`translate(${t.position},${layout.plot.bottom})`}>
                  <line y2={5} stroke="var(--line-strong)" />
                  <text
                    y={18}
                    textAnchor="middle"
                    fontSize={11}
                    fill="var(--ink-3)"
                    className="fig-time-tick"
                  >
                    {t.label}
                  </text>
                </g>
              ))}
            </g>
            {stems.map((stem, index) => (
              <Stem key={stem.key} stem={stem} mark={marks.markState(index, stem.key, stem.row)} />
            ))}
          </svg>
          {tipStem !== undefined && (
            <FigureTooltip
              id={tipId}
              row={tipStem.row}
              x={tipStem.x}
              chartWidth={width}
              {...(tipStem.yTop > height / 2
                ? { y: tipStem.yTop - 16, placement: 'above' as const }
                : { y: tipStem.yTop + 16, placement: 'below' as const })}
            />
          )}
        </div>
      )}
      {layout !== null && layout.inDomain === 0 && (
        <p className="muted fig-empty">
          {dataset.amounts.length === 0
            ? 'This dataset has no figures.'
            : 'No figures fall in this time window.'}
        </p>
      )}
    </div>
  );
}
