import type { ZoomTransform } from 'd3-zoom';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useAppStore } from '../../state/store';
import { useShownFilters } from '../../state/useFilteredView';
import { plural } from '../../model/counts';
import { formatWindow } from '../../model/dates';
import { spansInvasion } from '../../model/timeDomain';
import { useElementWidth } from '../../components/useElementWidth';
import { usePaintedOnce } from '../../components/usePaintedOnce';
import { useLookups } from '../../model/lookups';
import type { ClusterMark } from './readable/layoutTypes';
import type { Window } from './readable/timeScale';
import { AXIS_HEIGHT } from './TimelineAxis';
import { TimelineLegend } from './TimelineLegend';
import { TimelineOutline } from './TimelineOutline';
import { TimelineOverview } from './TimelineOverview';
import { PLOT_MARGIN, TimelineSvg } from './TimelineSvg';
import { pageMeasure } from './timelineText';
import { TimelineToolbar } from './TimelineToolbar';
import { openListOf, tooltipOf, tooltipTarget } from './chartTargets';
import { chartKeyHandlers } from './chartKeys';
import { ClusterPopover } from './ClusterPopover';
import { TimelineHelp } from './TimelineHelp';
import type { TimelineModel } from './useTimelineModel';
import { useViewportHeight } from './useViewportHeight';
import { useRestingValue } from './useRestingValue';
import { useViewWindow } from './useViewWindow';
import { useWindowAnimator } from './useWindowAnimator';
import { loadGestureKit, useGestureKit } from './useGestureKit';
import { useLegendContent } from './useLegendContent';
import { useChartFocus } from './useChartFocus';
import { useChartLayout } from './useChartLayout';
import { useChartPointer } from './useChartPointer';
import { useZoomBehavior } from './useZoomBehavior';
import { clampWindow, MIN_WINDOW_MS, sameWindow, windowAround } from './zoomMath';
import { WheelHint } from './WheelHint';

// The tooltip is fetched when first shown.
const TimelineTooltip = lazy(() => import('./TimelineTooltip').then((m) => ({ default: m.TimelineTooltip })));

/** Below this width, fewer actors get lanes of their own. */
const NARROW_WIDTH = 560;

/**
 * The zoomable timeline: every event in view drawn once with its full title (or, where too dense, in a
 * cluster that lists its events), the axis, the overview brush, a tooltip, keyboard navigation and a
 * structure a screen reader can browse.
 */
export function TimelineChart({ model }: { model: TimelineModel }) {
  const dataset = useDataset();
  const lookups = useLookups();
  const grouping = useAppStore((s) => s.view.lanes);
  const selectedId = useAppStore((s) => s.selection.eventId);
  const preferredActors = useShownFilters().actors; // those the events shown were filtered with
  const selectEvent = useAppStore((s) => s.selectEvent);
  const ids = { tooltip: useId(), help: useId(), title: useId(), brushHelp: useId() };

  const [containerRef, width] = useElementWidth();
  // The outline for screen readers holds as much text as the chart: it is laid out after the first marks
  // are painted, not before them.
  const outlineShown = usePaintedOnce();
  const viewportHeight = useViewportHeight();
  const narrow = width < NARROW_WIDTH;
  const plotWidth = Math.max(40, width - 2 * PLOT_MARGIN);
  const domain = model.domain;

  const view = useViewWindow(domain, plotWidth);
  const animator = useWindowAnimator(view, domain, plotWidth);
  const { laned, base, range, x, layoutRange, layout, shift, ticks, indexById } = useChartLayout({
    model,
    actors: dataset.actors,
    grouping,
    preferredActors,
    range: view.range,
    plotWidth,
    viewportHeight,
    narrow,
    moving: view.moving,
  });
  const legend = useLegendContent(model);

  const kit = useGestureKit();
  const storeTransform = (t: ZoomTransform) => {
    if (kit === null) return;
    view.move(kit.windowOf(base, kit.clampTransform(base, t, MIN_WINDOW_MS)));
  };
  const plotRef = useRef<SVGGElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState(0);
  useZoomBehavior(plotRef, kit, {
    base,
    range,
    minSpan: MIN_WINDOW_MS,
    onTransform: storeTransform,
    onGestureStart: animator.cancel,
    onGestureEnd: view.rest,
    onPlainWheel: () => {
      setHint((n) => n + 1);
    },
  });

  const [hoveredKey, setHoveredKey] = useState<string | null>(null);
  const [openCluster, setOpenCluster] = useState<{ first: string; events: number[] } | null>(null);
  const focus = useChartFocus({
    laned,
    layout,
    indexById,
    selectedId,
    lookups,
    animator,
    range,
    domain,
    measured: width > 0,
  });
  const { setFocusedId, hasFocus, setHasFocus, focusedItem, focusedKey } = focus;

  const zoomBy = (factor: number, atX = plotWidth / 2) => {
    void loadGestureKit().then((k) => {
      const next = k.clampTransform(
        base,
        k.zoomAbout(k.transformFor(base, range), factor, atX),
        MIN_WINDOW_MS,
      );
      animator.animate(range, k.windowOf(base, next));
    });
  };

  const openList = (cluster: ClusterMark) => {
    setOpenCluster({ first: laned.events[cluster.first]?.id ?? '', events: [...cluster.events] });
  };

  const closeList = () => {
    setOpenCluster(null);
    canvasRef.current?.focus();
  };

  const { onFocus, onKeyDown } = chartKeyHandlers({
    laned,
    layout,
    focusedIndex: focus.focusedIndex,
    focusedItem,
    selectedIndex: focus.selectedIndex,
    showFocus: () => {
      setHasFocus(true);
    },
    focusEvent: focus.focusEvent,
    openList,
    selectEvent,
    zoomBy,
    fitAll: () => {
      animator.animate(range, domain);
    },
  });

  const { onPointerMove, onClick } = useChartPointer(plotRef, {
    laned,
    layout,
    shift,
    hoveredKey,
    setHoveredKey,
    onEvent: (id) => {
      setFocusedId(id);
      selectEvent(id);
    },
    onCluster: (cluster) => {
      setFocusedId(laned.events[cluster.first]?.id ?? null);
      openList(cluster);
    },
  });

  // While the view moves, the marks slide under a still pointer: nothing is hovered until it rests.
  const hovered = view.moving ? null : hoveredKey;
  const canZoomIn = range[1] - range[0] > MIN_WINDOW_MS * 1.01;
  const tipTarget = tooltipTarget(
    layout,
    laned,
    hovered,
    hasFocus && openCluster === null ? focusedItem : null,
  );
  const tooltip = tooltipOf(layout, laned, tipTarget, canZoomIn);

  const list = openCluster === null ? null : openListOf(layout, laned, openCluster);

  const svgHeight = AXIS_HEIGHT + layout.height;
  const total = laned.events.length;
  const windowText = formatWindow(range[0], range[1]);
  const restingRange = useRestingValue(layoutRange, view.moving);
  const restingText = formatWindow(restingRange[0], restingRange[1]);
  const lanesText = grouping === 'none' ? '' : `, lanes by ${grouping}`;

  return (
    <div className="tl-chart">
      <TimelineToolbar
        windowText={windowText}
        canZoomIn={canZoomIn}
        canZoomOut={!sameWindow(range, domain, plotWidth)}
        onZoomIn={() => {
          zoomBy(2);
        }}
        onZoomOut={() => {
          zoomBy(0.5);
        }}
        onFit={() => {
          animator.animate(range, domain);
        }}
      />
      <div ref={containerRef} className="tl-stage">
        {width > 0 && (
          <>
            <div
              ref={canvasRef}
              className={`tl-canvas${view.moving ? ' tl-moving' : ''}${hovered === null ? '' : ' tl-canvas-hit'}`}
              tabIndex={0}
              role="application"
              aria-roledescription="timeline"
              aria-label={`Timeline, ${plural(total, 'event')}, showing ${restingText}`}
              aria-describedby={ids.help}
              onFocus={onFocus}
              onBlur={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget)) setHasFocus(false);
              }}
              onKeyDown={onKeyDown}
              onPointerMove={onPointerMove}
              onPointerLeave={() => {
                setHoveredKey(null);
              }}
              onClick={onClick}
            >
              <TimelineSvg
                width={width}
                title={`Timeline of ${plural(total, 'event')}, ${restingText}${lanesText}`}
                clipId={`${ids.title}-clip`}
                layout={layout}
                events={laned}
                ticks={ticks}
                x={x}
                shift={shift}
                measure={pageMeasure}
                selectedId={selectedId}
                focusedKey={focusedKey}
                hoveredKey={hovered}
                plotRef={plotRef}
              />
              {total === 0 && <p className="tl-empty">No events match the filters.</p>}
            </div>
            <WheelHint shown={hint} />
            {tooltip !== null && list === null && (
              <Suspense fallback={null}>
                <TimelineTooltip
                  id={ids.tooltip}
                  content={tooltip.content}
                  x={shift.scale * tooltip.box.x0 + shift.offset + PLOT_MARGIN}
                  y={tooltip.box.y1 + AXIS_HEIGHT - 12}
                  containerWidth={width}
                  above={tooltip.box.y1 + AXIS_HEIGHT > svgHeight * 0.6}
                  lookups={lookups}
                />
              </Suspense>
            )}
            {list !== null && (
              <ClusterPopover
                events={list.events}
                heading={list.heading}
                box={list.box}
                width={width}
                onSelect={(id) => {
                  setFocusedId(id);
                  selectEvent(id);
                  setOpenCluster(null);
                }}
                onZoom={
                  canZoomIn
                    ? () => {
                        animator.animate(range, clampWindow(windowAround(...list.span), domain));
                        closeList();
                      }
                    : undefined
                }
                onClose={closeList}
              />
            )}
            <TimelineOverview
              timed={model.events}
              domain={domain}
              range={range}
              width={plotWidth}
              gutter={PLOT_MARGIN}
              measure={pageMeasure}
              helpId={ids.brushHelp}
              kit={kit}
              onWindow={(w: Window, resting: boolean) => {
                animator.cancel();
                if (resting) view.jump(w);
                else view.move(w);
              }}
            />
          </>
        )}
      </div>
      <TimelineLegend
        {...legend}
        clusters={layout.clusters.length > 0}
        invasion={spansInvasion(model.domain)}
      />
      {outlineShown && (
        <TimelineOutline events={laned.events} groups={model.groups} range={restingRange} lookups={lookups} />
      )}
      <TimelineHelp helpId={ids.help} brushHelpId={ids.brushHelp} announcement={focus.announcement} />
    </div>
  );
}
