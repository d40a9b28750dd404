import { scaleUtc } from 'd3-scale';
import { useId, useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { SmallFiguresNote } from './SmallFiguresNote';
import { useElementWidth } from '../../components/useElementWidth';
import type { FigureRow } from './figureRows';
import { useMarkInteractions } from './useMarkInteractions';
import { FigureTooltip } from './FigureTooltip';
import { compareForSort, tableSortFor } from './honest/figureTable';
import { figureTimeDomain, layoutTimePanels } from './honest/layoutTimePanels';
import { placeFigures } from './honest/placement';
import { hiddenStemsNote, noFiguresLine, notDrawnNote, unlabelledNote } from './honest/windowNotes';
import { svgIdPrefix } from './marks';
import { chartTextWidth } from './honest/chartText';
import { TimePanelsPlot } from './TimePanelsPlot';
import { TIME_MARK_LIMIT } from './chartLimits';
import { MarksKey } from './MarksKey';
import { timePanelsKeyItems } from './marksKeyItems';
import { screenPaint } from '../../model/colors';
import { plural, wholeNumber } from '../../model/counts';

const PLOT_MARGIN = 70;

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const byValue = compareForSort(tableSortFor('value'), () => '');

/**
 * Figures at their dates, one panel per section on one shared value scale: dots on a log scale, stems
 * from zero on a linear one. Follows the timeline's visible window when it is zoomed.
 */
export function TimePanelsChart({ rows, byId }: { rows: FigureRow[]; byId: ReadonlyMap<string, FigureRow> }) {
  const [containerRef, width] = useElementWidth();
  const scale = useAppStore((s) => s.view.scale);
  const visibleWindow = useAppStore((s) => s.view.window);
  const setWindow = useAppStore((s) => s.setWindow);
  const prefix = svgIdPrefix(useId());
  const helpId = `${prefix}-help`;
  const tipId = `${prefix}-tip`;

  const placement = useMemo(
    () => placeFigures(rows, { compare: byValue, lookup: (id) => byId.get(id), limit: TIME_MARK_LIMIT }),
    [rows, byId],
  );
  const fit = useMemo(
    () =>
      figureTimeDomain(
        rows.map((r) => r.time),
        Math.max(0, width - PLOT_MARGIN),
      ),
    [rows, width],
  );
  const domain = visibleWindow ?? fit;
  const panelHeight = width < 560 ? 130 : 150;
  const layout = useMemo(() => {
    if (width === 0 || domain === null) return null;
    const x = scaleUtc()
      .domain(domain)
      .range([58, width - 12]);
    return layoutTimePanels(placement, { x, type: scale, width, panelHeight, measure: chartTextWidth });
  }, [placement, width, domain, scale, panelHeight]);

  const notDrawn = layout === null || layout.panels.length === 0 ? null : notDrawnNote(layout.notDrawn);
  const unlabelled = layout === null ? null : unlabelledNote(layout, 'the table');
  const hiddenStems = layout === null ? null : hiddenStemsNote(layout.hiddenStems);
  const marks = useMemo(() => layout?.panels.flatMap((p) => p.marks) ?? [], [layout]);
  const { interactionsOf, tipMark, hideHoverTip } = useMarkInteractions(marks, tipId);
  const keyItems = useMemo(
    () => timePanelsKeyItems(marks, scale, { prefix, paint: screenPaint, flagsExplained: 'on hover' }),
    [marks, scale, prefix],
  );

  return (
    <div className="fig-chart" ref={containerRef}>
      <MarksKey items={keyItems} />
      <p className="fig-window-note">
        {visibleWindow === null ? (
          <>Showing the dates of the figures in view; zooming the timeline narrows this window.</>
        ) : (
          <>
            Following the timeline’s visible window: {dayFormat.format(visibleWindow[0])} –{' '}
            {dayFormat.format(visibleWindow[1])}
            {layout !== null &&
              ` (${wholeNumber(layout.inDomain)} of ${plural(rows.length, 'figure')})`}.{' '}
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
        {placement.shown < placement.total && (
          <>
            {' '}
            Showing the {wholeNumber(placement.shown)} largest of {wholeNumber(placement.total)}; the table
            lists all.
          </>
        )}
      </p>
      <p id={helpId} className="visually-hidden">
        Figures by section in date order. Use the arrow keys to move between figures, Enter to select a figure
        and its event, C to add it to the comparison.
      </p>
      {notDrawn !== null && <p className="fig-not-drawn">{notDrawn}</p>}
      {unlabelled !== null && <p className="fig-not-drawn">{unlabelled}</p>}
      {hiddenStems !== null && layout !== null && (
        <SmallFiguresNote count={layout.hiddenStems} text={hiddenStems} />
      )}
      {rows.length === 0 && <p className="muted fig-empty">No figures match the filters.</p>}
      {layout !== null && rows.length > 0 && layout.panels.length === 0 && (
        <p className="muted fig-empty">{noFiguresLine(placement.shown)}</p>
      )}
      {layout !== null && layout.panels.length > 0 && (
        <div className="fig-svg-wrap">
          <svg
            data-export="figures-time"
            data-scale={scale}
            className="fig-svg"
            width={width}
            height={layout.height}
            viewBox={`0 0 ${width} ${layout.height}`}
            role="group"
            aria-label={`Figures over time in USD, ${scale} scale`}
            aria-describedby={helpId}
            fontFamily="Inter Variable, Inter, system-ui, sans-serif"
            onPointerLeave={hideHoverTip}
          >
            <title>Money figures over time in USD ({scale} scale)</title>
            <TimePanelsPlot layout={layout} interactionOf={interactionsOf} />
          </svg>
          {tipMark !== undefined && (
            <FigureTooltip
              id={tipId}
              row={tipMark.entry.row}
              x={tipMark.x}
              chartWidth={width}
              {...(tipMark.y > layout.height / 2
                ? { y: tipMark.y - 16, placement: 'above' as const }
                : { y: tipMark.y + 16, placement: 'below' as const })}
            />
          )}
        </div>
      )}
    </div>
  );
}
