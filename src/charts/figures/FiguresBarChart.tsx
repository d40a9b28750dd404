import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store';
import { STAGE_COLORS } from '../../model/colors';
import { formatMoney } from '../../model/money';
import { buildChartItems, DEFAULT_BAR_LIMIT } from './chartItems';
import { figureSummary, type FigureRow } from './figureRows';
import type { GroupOfFigures } from './grouping';
import { FigureTooltip } from './FigureTooltip';
import { layoutBars, plotRange, type BarGeom } from './layoutBars';
import { BarPatterns, BarShape, barFill, FlagMarker, StageGlyph, svgIdPrefix } from './marks';
import { makeValueScale, scaleNote, valueExtent, valueTicks } from './scales';
import { useElementWidth } from '../../components/useElementWidth';
import { textWidth, truncateToWidth } from '../../model/measureText';
import { useRovingFocus } from '../../components/useRovingFocus';
import { useFigureKeyDown } from './figureKeys';

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
  const selectedId = useAppStore((s) => s.selection.amountId);
  const compare = useAppStore((s) => s.selection.compare);
  const selectAmount = useAppStore((s) => s.selectAmount);
  const setView = useAppStore((s) => s.setView);
  const prefix = svgIdPrefix(useId());
  const helpId = `${prefix}-help`;
  const tipId = `${prefix}-tip`;

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
  const roving = useRovingFocus(figureBars.length);
  const [tip, setTip] = useState<{ key: string; via: 'hover' | 'focus' } | null>(null);
  const tipBar = tip === null ? undefined : figureBars.find((b) => b.key === tip.key);

  const pairs = useMemo(
    () =>
      chart.items.flatMap((i) =>
        i.type === 'figure' ? [[i.row.amount.kind, i.row.amount.stage] as const] : [],
      ),
    [chart],
  );

  const onKeyDown = useFigureKeyDown(roving.navigate, () => {
    setTip(null);
  });

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
      {chart.items.length === 0 && <p className="muted fig-empty">No figures match the filters.</p>}
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
            fontFamily="Inter Variable, Inter, system-ui, sans-serif"
            onPointerLeave={() => {
              if (tip?.via === 'hover') setTip(null);
            }}
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
                  row={bar.item.row}
                  prefix={prefix}
                  width={width}
                  index={figureBars.indexOf(bar)}
                  active={figureBars.indexOf(bar) === roving.active}
                  selected={bar.item.row.id === selectedId}
                  compared={compare.includes(bar.item.row.id)}
                  describedBy={tip?.key === bar.key ? tipId : undefined}
                  refAt={roving.refAt}
                  onKeyDown={onKeyDown}
                  onSelect={(row) => {
                    selectAmount(row.id, row.amount.eventId);
                  }}
                  onFocusBar={(index, key) => {
                    roving.setActive(index);
                    setTip({ key, via: 'focus' });
                  }}
                  onBlurBar={() => {
                    setTip((t) => (t?.via === 'focus' ? null : t));
                  }}
                  onHover={(key) => {
                    setTip((t) => (t?.via === 'focus' ? t : { key, via: 'hover' }));
                  }}
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

function GroupRow({ bar }: { bar: BarGeom }) {
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

interface FigureBarProps {
  bar: BarGeom;
  row: FigureRow;
  prefix: string;
  width: number;
  index: number;
  active: boolean;
  selected: boolean;
  compared: boolean;
  describedBy: string | undefined;
  refAt: (index: number) => (node: HTMLOrSVGElement | null) => void;
  onKeyDown: (event: KeyboardEvent, index: number, row: FigureRow) => void;
  onSelect: (row: FigureRow) => void;
  onFocusBar: (index: number, key: string) => void;
  onBlurBar: () => void;
  onHover: (key: string) => void;
}

function FigureBar(props: FigureBarProps) {
  const { bar, row, prefix, width, index, active, selected, compared, describedBy } = props;
  const { amount } = row;
  const color = STAGE_COLORS[amount.stage];
  const flag = row.flags[0];
  const notAdded = bar.item.type === 'figure' && bar.item.grouped && !bar.item.summed;
  return (
    <g
      ref={props.refAt(index)}
      className="fig-bar"
      role="button"
      tabIndex={active ? 0 : -1}
      aria-label={figureSummary(row, bar.valueText)}
      aria-current={selected ? 'true' : undefined}
      aria-describedby={describedBy}
      data-amount-id={row.id}
      data-usd={amount.usd}
      data-in-sum={bar.item.type === 'figure' && bar.item.grouped ? String(bar.item.summed) : undefined}
      onClick={() => {
        props.onSelect(row);
      }}
      onKeyDown={(event) => {
        props.onKeyDown(event, index, row);
      }}
      onFocus={() => {
        props.onFocusBar(index, bar.key);
      }}
      onBlur={props.onBlurBar}
      onPointerEnter={() => {
        props.onHover(bar.key);
      }}
    >
      <rect className="fig-hit" x={0} y={bar.y} width={width} height={bar.height - 4} fill="transparent" />
      {(selected || compared) && (
        <rect
          x={1}
          y={bar.y - 1}
          width={width - 2}
          height={bar.height - 2}
          rx={4}
          fill={selected ? 'var(--accent-soft)' : 'none'}
          stroke={compared ? 'var(--ink-2)' : 'none'}
          strokeDasharray="4 3"
        />
      )}
      <rect
        className="fig-focus-ring"
        x={1}
        y={bar.y - 1}
        width={width - 2}
        height={bar.height - 2}
        rx={4}
        fill="none"
        stroke="var(--focus)"
        strokeWidth={2.5}
      />
      <text
        x={bar.labelX}
        y={bar.labelY}
        fontSize={12}
        fontWeight={selected ? 700 : 500}
        fill="var(--ink)"
        className="fig-label"
      >
        {bar.label}
      </text>
      <StageGlyph stage={amount.stage} x={bar.glyphX} y={bar.glyphY} size={48} />
      <g opacity={notAdded ? 0.45 : 1}>
        <BarShape
          x={bar.barX}
          y={bar.barY}
          width={bar.barWidth}
          height={bar.barHeight}
          highX={bar.highX}
          bound={bar.bound}
          fill={barFill(prefix, amount.kind, amount.stage)}
          color={color}
          outlined={amount.kind === 'total'}
        />
      </g>
      {flag !== undefined && bar.flagX !== null && (
        <FlagMarker x={bar.flagX} y={bar.barY} severity={flag.severity} />
      )}
      <text x={bar.valueX} y={bar.valueY} fontSize={12} fill="var(--ink-2)" className="fig-value">
        {bar.valueText}
      </text>
    </g>
  );
}

function ReferenceLine(props: { x: number; top: number; bottom: number; width: number; row: FigureRow }) {
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
