import { withAside } from './comparison';
import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store';
import { formatMoney } from '../../model/money';
import { useElementWidth } from '../../components/useElementWidth';
import type { FigureRow } from './figureRows';
import { useMarkInteractions } from './useMarkInteractions';
import { FigureTooltip } from './FigureTooltip';
import { compareForSort, tableSortFor } from './honest/figureTable';
import { CHART_FONT, layoutSections, placementValues, sectionPlotRange } from './honest/layoutSections';
import { placeFiguresIndexed, placementIndex, type PlacementIndex } from './honest/placementIndex';
import { wrapLines } from './honest/wrapLines';
import { svgIdPrefix } from './marks';
import { valueExtent } from './scales';
import { chartValueScale } from './honest/valueAxis';
import { chartTextWidth } from './honest/chartText';
import { SectionsPlot } from './SectionsPlot';
import { CHART_ROW_LIMIT } from './chartLimits';
import { MarksKey } from './MarksKey';
import { sectionsKeyItems } from './marksKeyItems';
import { screenPaint } from '../../model/colors';
import { wholeNumber } from '../../model/counts';
import { SmallFiguresNote } from './SmallFiguresNote';

const LINE = 16;
const noSource = () => '';

interface SectionsChartProps {
  rows: FigureRow[];
  byId: ReadonlyMap<string, FigureRow>;
}

/**
 * The figures in USD, in sections (running totals, single figures, budgets) on one shared scale: bars
 * from zero on a linear scale, dots on a log scale; each part under its whole.
 */
export function SectionsChart({ rows, byId }: SectionsChartProps) {
  // Read once per dataset, in a component of its own so that the page can paint before the placement.
  const index = useMemo(() => placementIndex([...byId.values()]), [byId]);
  return <PlacedSectionsChart rows={rows} byId={byId} index={index} />;
}

function PlacedSectionsChart({
  rows,
  byId,
  index,
}: SectionsChartProps & { index: PlacementIndex<FigureRow> }) {
  const [containerRef, width] = useElementWidth();
  const { scale, sort, group } = useAppStore(
    useShallow((s) => ({ scale: s.view.scale, sort: s.view.sort, group: s.view.group })),
  );
  const compare = useAppStore((s) => s.selection.compare);
  const setView = useAppStore((s) => s.setView);
  const prefix = svgIdPrefix(useId());
  const helpId = `${prefix}-help`;
  const tipId = `${prefix}-tip`;

  const placement = useMemo(
    () =>
      placeFiguresIndexed(
        rows,
        {
          compare: compareForSort(tableSortFor(sort), noSource),
          lookup: (id) => byId.get(id),
          limit: CHART_ROW_LIMIT,
        },
        index,
      ),
    [rows, sort, byId, index],
  );
  const reference = compare.length === 2 ? byId.get(compare[1] ?? '') : undefined;

  const layout = useMemo(() => {
    if (width === 0) return null;
    const values = placementValues(placement);
    if (reference !== undefined) values.push(reference.amount.usd);
    const range = sectionPlotRange(placement, width, chartTextWidth);
    const x = chartValueScale(scale, valueExtent(values), range);
    return { x, ...layoutSections(placement, { x, type: scale, width, measure: chartTextWidth, group }) };
  }, [placement, width, scale, reference, group]);

  const figures = useMemo(() => layout?.sections.flatMap((s) => s.figures) ?? [], [layout]);
  const keyItems = useMemo(
    () => sectionsKeyItems(figures, scale, { prefix, paint: screenPaint, flagsExplained: 'on hover' }),
    [figures, scale, prefix],
  );
  const { interactionsOf, tipMark: tipFigure, hideHoverTip } = useMarkInteractions(figures, tipId);
  const tooSmall =
    scale === 'linear' ? figures.filter((f) => f.mark.type === 'bar' && f.mark.width < 1).length : 0;

  const referenceX = layout !== null && reference !== undefined ? layout.x(reference.amount.usd) : null;
  const referenceLabel =
    referenceX === null || reference === undefined ? null : referenceText(reference, referenceX, width);
  const height =
    layout === null
      ? 0
      : layout.height + (referenceLabel === null ? 0 : referenceLabel.lines.length * LINE + 8);

  return (
    <div className="fig-chart" ref={containerRef}>
      <MarksKey items={keyItems} />
      {placement.shown < placement.total && (
        <p className="fig-limit-note">
          Showing the {wholeNumber(placement.shown)} largest of {wholeNumber(placement.total)} figures —{' '}
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
      {tooSmall > 0 && (
        <SmallFiguresNote
          count={tooSmall}
          text={
            tooSmall === 1
              ? '1 figure is under a pixel long at this scale; its value is written beside it.'
              : `${tooSmall} figures are under a pixel long at this scale; their values are written beside them.`
          }
        />
      )}
      <p id={helpId} className="visually-hidden">
        Figures in sections, each part under the figure it is part of. Use the arrow keys to move between
        figures, Enter to select a figure and its event, C to add it to the comparison.
      </p>
      {rows.length === 0 && <p className="muted fig-empty">No figures match the filters.</p>}
      {layout !== null && rows.length > 0 && (
        <div className="fig-svg-wrap">
          <svg
            data-export="figures"
            data-scale={scale}
            className="fig-svg"
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={`Figures in USD, ${scale} scale`}
            aria-describedby={helpId}
            fontFamily="Inter Variable, Inter, system-ui, sans-serif"
            onPointerLeave={hideHoverTip}
          >
            <title>Money figures in USD ({scale} scale)</title>
            {referenceX !== null && reference !== undefined && (
              <g className="fig-reference-line" aria-hidden="true">
                {/* Under the figures, whose labels' halos break it, and only across each section's rows:
                    never through a heading, a note or the scale's labels. */}
                {layout.sections.map((section, i) => (
                  <line
                    key={section.id}
                    x1={referenceX}
                    x2={referenceX}
                    y1={section.tickY + 5}
                    y2={i === layout.sections.length - 1 ? layout.height + 4 : section.gridBottom}
                    stroke="var(--ink)"
                    strokeWidth={1.5}
                    strokeDasharray="5 3"
                  />
                ))}
              </g>
            )}
            <SectionsPlot
              layout={layout}
              scale={scale}
              prefix={prefix}
              width={width}
              interactionOf={interactionsOf}
            />
            {referenceX !== null && referenceLabel !== null && reference !== undefined && (
              <g className="fig-reference" data-reference-id={reference.id}>
                <text
                  textAnchor={referenceLabel.anchor}
                  fontSize={CHART_FONT}
                  fontWeight={600}
                  fill="var(--ink)"
                >
                  {referenceLabel.lines.map((text, i) => (
                    <tspan key={text} x={referenceLabel.x} y={layout.height + 16 + i * LINE}>
                      {text}
                    </tspan>
                  ))}
                </text>
              </g>
            )}
          </svg>
          {tipFigure !== undefined && (
            <FigureTooltip
              id={tipId}
              row={tipFigure.entry.row}
              x={tipFigure.mark.type === 'dot' ? tipFigure.mark.cx : tipFigure.mark.x + tipFigure.mark.width}
              chartWidth={width}
              {...(tipFigure.top > layout.height / 2
                ? { y: tipFigure.top - 2, placement: 'above' as const }
                : { y: tipFigure.top + tipFigure.height - 4, placement: 'below' as const })}
            />
          )}
        </div>
      )}
    </div>
  );
}

/** The label under the comparison line, on the side with more room, wrapped to fit. */
function referenceText(row: FigureRow, x: number, width: number) {
  const anchor: 'start' | 'end' = x > width / 2 ? 'end' : 'start';
  const room = anchor === 'end' ? x - 4 : width - x - 4;
  const text = `compared to ${withAside(row.amount.label, formatMoney(row.amount.usd, 'USD'))}`;
  return {
    anchor,
    x: anchor === 'end' ? x - 4 : x + 4,
    lines: wrapLines(text, Math.max(80, room), CHART_FONT, chartTextWidth),
  };
}
