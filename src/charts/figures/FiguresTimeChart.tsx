import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useAppStore } from '../../state/store';
import { STAGE_COLORS } from '../../model/colors';
import { formatAmountLabel } from '../../model/money';
import { formatDay } from '../../model/dates';
import { datasetTimeDomain } from '../../model/timeDomain';
import { figureSummary, type FigureRow } from './figureRows';
import { FigureTooltip } from './FigureTooltip';
import { layoutStems, STEM_FONT_SIZE, type StemGeom } from './layoutStems';
import { FlagMarker, StageGlyph, svgIdPrefix } from './marks';
import { scaleNote } from './scales';
import { useElementWidth } from '../../components/useElementWidth';
import { useRovingFocus } from '../../components/useRovingFocus';
import { useFigureKeyDown } from './figureKeys';

/** Figures as stems at their dates on the timeline's time axis, following its visible window. */
export function FiguresTimeChart({ rows }: { rows: FigureRow[] }) {
  const dataset = useDataset();
  const [containerRef, width] = useElementWidth();
  const scale = useAppStore((s) => s.view.scale);
  const visibleWindow = useAppStore((s) => s.view.window);
  const setWindow = useAppStore((s) => s.setWindow);
  const selectedId = useAppStore((s) => s.selection.amountId);
  const compare = useAppStore((s) => s.selection.compare);
  const selectAmount = useAppStore((s) => s.selectAmount);
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
  const roving = useRovingFocus(stems.length);
  const [tip, setTip] = useState<{ key: string; via: 'hover' | 'focus' } | null>(null);
  const tipStem = tip === null ? undefined : stems.find((s) => s.key === tip.key);

  const onKeyDown = useFigureKeyDown(roving.navigate, () => {
    setTip(null);
  });

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
            fontFamily="Inter Variable, Inter, system-ui, sans-serif"
            onPointerLeave={() => {
              if (tip?.via === 'hover') setTip(null);
            }}
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
              <Stem
                key={stem.key}
                stem={stem}
                index={index}
                active={index === roving.active}
                selected={stem.row.id === selectedId}
                compared={compare.includes(stem.row.id)}
                describedBy={tip?.key === stem.key ? tipId : undefined}
                refAt={roving.refAt}
                onKeyDown={onKeyDown}
                onSelect={(row) => {
                  selectAmount(row.id, row.amount.eventId);
                }}
                onFocusStem={() => {
                  roving.setActive(index);
                  setTip({ key: stem.key, via: 'focus' });
                }}
                onBlurStem={() => {
                  setTip((t) => (t?.via === 'focus' ? null : t));
                }}
                onHover={() => {
                  setTip((t) => (t?.via === 'focus' ? t : { key: stem.key, via: 'hover' }));
                }}
              />
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
        <p className="muted fig-empty">No figures fall in this time window.</p>
      )}
    </div>
  );
}

interface StemProps {
  stem: StemGeom;
  index: number;
  active: boolean;
  selected: boolean;
  compared: boolean;
  describedBy: string | undefined;
  refAt: (index: number) => (node: HTMLOrSVGElement | null) => void;
  onKeyDown: (event: KeyboardEvent, index: number, row: FigureRow) => void;
  onSelect: (row: FigureRow) => void;
  onFocusStem: () => void;
  onBlurStem: () => void;
  onHover: () => void;
}

function Stem(props: StemProps) {
  const { stem, index, active, selected, compared, describedBy } = props;
  const { row } = stem;
  const { amount } = row;
  const color = STAGE_COLORS[amount.stage];
  const flag = row.flags[0];
  return (
    <g
      ref={props.refAt(index)}
      className="fig-bar fig-stem"
      role="button"
      tabIndex={active ? 0 : -1}
      aria-label={`${figureSummary(row, formatAmountLabel(amount))}; dated ${amount.date}`}
      aria-current={selected ? 'true' : undefined}
      aria-describedby={describedBy}
      data-amount-id={row.id}
      onClick={() => {
        props.onSelect(row);
      }}
      onKeyDown={(event) => {
        props.onKeyDown(event, index, row);
      }}
      onFocus={props.onFocusStem}
      onBlur={props.onBlurStem}
      onPointerEnter={props.onHover}
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
    </g>
  );
}
