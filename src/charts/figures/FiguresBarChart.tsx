import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useElementWidth } from '../../components/useElementWidth';
import { useDataset } from '../../data/DatasetContext';
import { CHART_FONT_FAMILY } from '../../model/measureText';
import { useAppStore } from '../../state/store';
import { buildChartItems, DEFAULT_BAR_LIMIT } from './chartItems';
import { FigureBar } from './FigureBar';
import type { FigureRow } from './figureRows';
import { FigureTooltip } from './FigureTooltip';
import type { GroupOfFigures } from './grouping';
import { GroupRow } from './GroupRow';
import { layoutBars, plotRange } from './layoutBars';
import { BarPatterns, svgIdPrefix } from './marks';
import { ReferenceLine } from './ReferenceLine';
import { makeValueScale, scaleNote, valueExtent, valueTicks } from './scales';
import { useFigureMarks } from './useFigureMarks';

interface FiguresBarChartProps {
  rows: FigureRow[];
  /** The rows grouped by the chosen grouping, or null for all figures. */
  groups: readonly GroupOfFigures[] | null;
  wholeOf: ReadonlyMap<string, string | null>;
  byId: ReadonlyMap<string, FigureRow>;
}

const COMPARE_LABEL_HEIGHT = 22;

/** Horizontal bars of the filtered figures in USD, optionally grouped with honest sums. */
export function FiguresBarChart({ rows, groups, wholeOf, byId }: FiguresBarChartProps) {
  const [containerRef, width] = useElementWidth();
  const { scale, sort, group } = useAppStore(
    useShallow((s) => ({ scale: s.view.scale, sort: s.view.sort, group: s.view.group })),
  );
  const compare = useAppStore((s) => s.selection.compare);
  const setView = useAppStore((s) => s.setView);
  const prefix = svgIdPrefix(useId());
  const helpId = `${prefix}-help`;
  const tipId = `${prefix}-tip`;

  const emptyMessage =
    useDataset().amounts.length === 0 ? 'This dataset has no figures.' : 'No figures match the filters.';
  const chart = useMemo(
    () =>
      buildChartItems(rows, {
        sort,
        group,
        limit: DEFAULT_BAR_LIMIT,
        wholeOf,
        ...(groups === null ? {} : { groups }),
      }),
    [rows, sort, group, wholeOf, groups],
  );
  const reference = compare.length === 2 ? byId.get(compare[1] ?? '') : undefined;

  const layout = useMemo(() => {
    if (width === 0) return null;
    const values: number[] = [];
    for (const item of chart.items) {
      if (item.type === 'group') values.push(item.group.sum.usd);
      else values.push(item.row.amount.usd, item.row.usdHigh ?? 0);
    }
    if (reference !== undefined) values.push(reference.amount.usd);
    const x = makeValueScale(scale, valueExtent(values), plotRange(chart.items, width));
    return { x, ticks: valueTicks(scale, x), ...layoutBars(chart.items, { x, width }) };
  }, [chart, width, scale, reference]);

  const figureBars = useMemo(
    () => (layout === null ? [] : layout.bars.filter((b) => b.item.type === 'figure')),
    [layout],
  );
  const marks = useFigureMarks(figureBars.length, tipId);
  const tipBar = figureBars.find((b) => b.key === marks.tipKey);

  const pairs = useMemo(
    () =>
      chart.items.flatMap((i) =>
        i.type === 'figure' ? [[i.row.amount.kind, i.row.amount.stage] as const] : [],
      ),
    [chart],
  );

  const referenceX = layout !== null && reference !== undefined ? layout.x(reference.amount.usd) : null;
  const height = layout === null ? 0 : layout.height + (referenceX === null ? 0 : COMPARE_LABEL_HEIGHT);

  return (
    <div className="fig-chart" ref={containerRef}>
      <p className="fig-scale-note" data-scale={scale}>
        {scaleNote(scale)}
      </p>
      {chart.shown < chart.total && (
        <p className="fig-limit-note">
          Showing the {chart.shown} largest of {chart.total.toLocaleString('en-US')} figures —{' '}
          <button
            type="button"
            className="fig-link-button"
            onClick={() => {
              setView({ figuresMode: 'table' });
            }}
          >
            see the table for all
          </button>
        </p>
      )}
      <p id={helpId} className="visually-hidden">
        Use the arrow keys to move between figures, Enter to select a figure and its event, C to add it to the
        comparison.
      </p>
      {chart.items.length === 0 && <p className="muted fig-empty">{emptyMessage}</p>}
      {layout !== null && chart.items.length > 0 && (
        <div className="fig-svg-wrap">
          <svg
            data-export="figures"
            className="fig-svg"
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={`Figures in USD, ${scale} scale`}
            aria-describedby={helpId}
            fontFamily={CHART_FONT_FAMILY}
            onPointerLeave={marks.onPointerLeave}
          >
            <title>Money figures in USD ({scale} scale)</title>
            <BarPatterns prefix={prefix} pairs={pairs} />
            <g className="fig-axis" aria-hidden="true">
              {layout.ticks.map((t) => (
                <g key={t.value} transform={`translate(${layout.x(t.value)},0)`}>
                  <line y1={20} y2={layout.height} stroke="var(--line)" strokeWidth={1} />
                  <text y={14} textAnchor="middle" fontSize={11} fill="var(--ink-3)" className="fig-tick">
                    {t.label}
                  </text>
                </g>
              ))}
            </g>
            {layout.bars.map((bar) =>
              bar.item.type === 'group' ? (
                <GroupRow key={bar.key} bar={bar} />
              ) : (
                <FigureBar
                  key={bar.key}
                  bar={bar}
                  prefix={prefix}
                  width={width}
                  mark={marks.markState(figureBars.indexOf(bar), bar.key, bar.item.row)}
                />
              ),
            )}
            {referenceX !== null && reference !== undefined && (
              <ReferenceLine x={referenceX} top={20} bottom={layout.height} width={width} row={reference} />
            )}
          </svg>
          {tipBar?.item.type === 'figure' && (
            <FigureTooltip
              id={tipId}
              row={tipBar.item.row}
              x={tipBar.barX + tipBar.barWidth}
              chartWidth={width}
              {...(tipBar.y > layout.height / 2
                ? { y: tipBar.y - 2, placement: 'above' as const }
                : { y: tipBar.y + tipBar.height - 4, placement: 'below' as const })}
            />
          )}
        </div>
      )}
    </div>
  );
}
