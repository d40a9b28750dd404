import { pointer } from 'd3-selection';
import type { ZoomTransform } from 'd3-zoom';
import { lazy, Suspense, useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useAppStore } from '../../state/store';
import { plural } from '../../model/counts';
import { formatEventDate, formatWindow } from '../../model/dates';
import { useElementWidth } from '../../components/useElementWidth';
import { useLookups } from '../../model/lookups';
import { describeEvent } from './describeEvent';
import type { ClusterMark } from './readable/layoutTypes';
import { hitTest, itemOf, moveFocus, type FocusItem, type NavigationKey } from './readable/navigation';
import type { Window } from './readable/timeScale';
import { AXIS_HEIGHT } from './TimelineAxis';
import { TimelineLegend } from './TimelineLegend';
import { TimelineOutline } from './TimelineOutline';
import { TimelineOverview } from './TimelineOverview';
import { PLOT_MARGIN, TimelineSvg } from './TimelineSvg';
import { pageMeasure } from './timelineText';
import { TimelineToolbar } from './TimelineToolbar';
import {
  clusterSpanText,
  firstInView,
  keyOfItem,
  openListOf,
  tooltipOf,
  tooltipTarget,
} from './chartTargets';
import type { TimelineModel } from './useTimelineModel';
import { useViewportHeight } from './useViewportHeight';
import { useWindowAnimator } from './useWindowAnimator';
import { loadGestureKit, useGestureKit } from './useGestureKit';
import { useLegendContent } from './useLegendContent';
import { useChartLayout } from './useChartLayout';
import { useZoomBehavior } from './useZoomBehavior';
import { clampWindow, centerWindow, MIN_WINDOW_MS, sameWindow, windowAround } from './zoomMath';
import { WheelHint } from './WheelHint';

// A cluster's list and the tooltip are fetched when first shown.
const ClusterList = lazy(() => import('./readable/ClusterList').then((m) => ({ default: m.ClusterList })));
const TimelineTooltip = lazy(() => import('./TimelineTooltip').then((m) => ({ default: m.TimelineTooltip })));

/** Below this width, fewer actors get lanes of their own. */
const NARROW_WIDTH = 560;
const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * The zoomable timeline: every event in view drawn once with its full title (or, where too dense, in a
 * cluster that lists its events), the axis, the overview brush, a tooltip, keyboard navigation and a
 * structure a screen reader can browse.
 */
export function TimelineChart({ model }: { model: TimelineModel }) {
  const dataset = useDataset();
  const lookups = useLookups();
  const grouping = useAppStore((s) => s.view.lanes);
  const storeWindow = useAppStore((s) => s.view.window);
  const selectedId = useAppStore((s) => s.selection.eventId);
  const preferredActors = useAppStore((s) => s.filters.actors);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const setWindow = useAppStore((s) => s.setWindow);
  const ids = { tooltip: useId(), help: useId(), title: useId(), brushHelp: useId() };

  const [containerRef, width] = useElementWidth();
  const viewportHeight = useViewportHeight();
  const narrow = width < NARROW_WIDTH;
  const plotWidth = Math.max(40, width - 2 * PLOT_MARGIN);
  const domain = model.domain;

  const { laned, base, range, x, layoutRange, layout, shift, ticks, indexById } = useChartLayout({
    model,
    actors: dataset.actors,
    grouping,
    preferredActors,
    storeWindow,
    plotWidth,
    viewportHeight,
    narrow,
  });
  const legend = useLegendContent(model);

  const animator = useWindowAnimator(domain, plotWidth);
  const kit = useGestureKit();
  const storeTransform = (t: ZoomTransform) => {
    if (kit === null) return;
    const w = kit.windowOf(base, kit.clampTransform(base, t, MIN_WINDOW_MS));
    setWindow(sameWindow(w, domain, plotWidth) ? null : w);
  };
  const plotRef = useRef<SVGGElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState(0);
  useZoomBehavior(plotRef, kit, {
    base,
    range,
    minSpan: MIN_WINDOW_MS,
    height: layout.height,
    onTransform: storeTransform,
    onGestureStart: animator.cancel,
    onPlainWheel: () => {
      setHint((n) => n + 1);
    },
  });

  const [focusedId, setFocusedId] = useState<string | null>(null);
  // Keyboard focus only: a click focuses the timeline too, but needs no focus ring.
  const [hasFocus, setHasFocus] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [hoveredKey, setHoveredKey] = useState<string | null>(null);
  const [openCluster, setOpenCluster] = useState<{ first: string; events: number[] } | null>(null);

  // An event selected elsewhere (a figure, the table) becomes the focused one.
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (seenSelection !== selectedId) {
    setSeenSelection(selectedId);
    if (selectedId !== null) setFocusedId(selectedId);
  }
  const focusedIndex = focusedId === null ? null : (indexById.get(focusedId) ?? null);
  const selectedIndex = selectedId === null ? null : (indexById.get(selectedId) ?? null);
  const focusedItem = focusedIndex === null ? null : itemOf(laned, layout, focusedIndex);
  const focusedKey = hasFocus && focusedItem !== null ? keyOfItem(laned, focusedItem) : null;

  /** Pans, keeping the zoom, so that an event out of view comes into the middle of the plot. */
  const reveal = (i: number) => {
    if (itemOf(laned, layout, i) !== null) return;
    const at = laned.at[i];
    if (at === undefined) return;
    animator.animate(range, clampWindow(centerWindow(range, at), domain));
  };

  // When the selection changes from outside, bring the event into view.
  const revealSelected = useEffectEvent(() => {
    if (selectedIndex !== null) reveal(selectedIndex);
  });
  const measured = width > 0;
  useEffect(() => {
    if (measured) revealSelected();
  }, [selectedId, measured]);

  const focusEvent = (i: number) => {
    const event = laned.events[i];
    if (event === undefined) return;
    setFocusedId(event.id);
    const item = itemOf(laned, layout, i);
    const said = describeEvent(event, i, laned.events.length, lookups);
    setAnnouncement(
      item?.type === 'cluster'
        ? `${said} Drawn with ${item.cluster.events.length - 1} more: ${clusterSpanText(laned, item.cluster)}. Press Enter to list them.`
        : said,
    );
    reveal(i);
  };

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

  const onFocus = (e: React.FocusEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || !e.currentTarget.matches(':focus-visible')) return;
    setHasFocus(true);
    if (focusedIndex !== null) return;
    const start = selectedIndex ?? firstInView(layout, laned);
    if (start !== null) focusEvent(start);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.target !== e.currentTarget) return;
    const key = e.key;
    if (NAVIGATION_KEYS.has(key)) {
      e.preventDefault();
      setHasFocus(true);
      if (focusedIndex === null) {
        const start = firstInView(layout, laned);
        if (start !== null) focusEvent(start);
        return;
      }
      const next = moveFocus(laned, layout, focusedIndex, key as NavigationKey);
      if (next !== null) focusEvent(next);
      return;
    }
    if (key === 'Enter' || key === ' ') {
      if (focusedItem === null) return;
      e.preventDefault();
      if (focusedItem.type === 'cluster') openList(focusedItem.cluster);
      else {
        const event = laned.events[focusedItem.mark.event];
        if (event !== undefined) selectEvent(event.id);
      }
      return;
    }
    if (key === '+' || key === '=' || key === '-' || key === '_') {
      e.preventDefault();
      const at =
        focusedItem === null
          ? undefined
          : focusedItem.type === 'event'
            ? focusedItem.mark.x
            : focusedItem.cluster.x0;
      zoomBy(key === '+' || key === '=' ? 2 : 0.5, at);
      return;
    }
    if (key === '0') {
      e.preventDefault();
      animator.animate(range, domain);
    }
  };

  const hitAt = (e: React.MouseEvent): FocusItem | null => {
    const node = plotRef.current;
    if (node === null) return null;
    const [px, py] = pointer(e.nativeEvent, node);
    return hitTest(layout, (px - shift.offset) / shift.scale, py);
  };

  const onPointerMove = (e: React.PointerEvent) => {
    if (e.buttons !== 0) return;
    const hit = hitAt(e);
    const key = hit === null ? null : keyOfItem(laned, hit);
    if (key !== hoveredKey) setHoveredKey(key);
  };

  const onClick = (e: React.MouseEvent) => {
    const hit = hitAt(e);
    if (hit === null) return;
    if (hit.type === 'event') {
      const event = laned.events[hit.mark.event];
      if (event === undefined) return;
      setFocusedId(event.id);
      selectEvent(event.id);
      return;
    }
    setFocusedId(laned.events[hit.cluster.first]?.id ?? null);
    openList(hit.cluster);
  };

  const canZoomIn = range[1] - range[0] > MIN_WINDOW_MS * 1.01;
  const tipTarget = tooltipTarget(
    layout,
    laned,
    hoveredKey,
    hasFocus && openCluster === null ? focusedItem : null,
  );
  const tooltip = tooltipOf(layout, laned, tipTarget, canZoomIn);

  const list = openCluster === null ? null : openListOf(layout, laned, openCluster);

  const svgHeight = AXIS_HEIGHT + layout.height;
  const total = laned.events.length;
  const windowText = formatWindow(range[0], range[1]);
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
              className={`tl-canvas${hoveredKey === null ? '' : ' tl-canvas-hit'}`}
              tabIndex={0}
              role="application"
              aria-roledescription="timeline"
              aria-label={`Timeline, ${plural(total, 'event')}, showing ${windowText}`}
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
                title={`Timeline of ${plural(total, 'event')}, ${windowText}${lanesText}`}
                clipId={`${ids.title}-clip`}
                layout={layout}
                events={laned}
                ticks={ticks}
                x={x}
                shift={shift}
                measure={pageMeasure}
                selectedId={selectedId}
                focusedKey={focusedKey}
                hoveredKey={hoveredKey}
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
              <div
                className="tl-cluster-popover"
                style={{
                  left: Math.max(0, Math.min(width - 320, (list.box?.x0 ?? 0) + PLOT_MARGIN)),
                  top: (list.box?.y1 ?? 0) + AXIS_HEIGHT + 4,
                }}
              >
                <Suspense fallback={null}>
                  <ClusterList
                    events={list.events}
                    heading={list.heading}
                    dateOf={(event) => formatEventDate(event.date, event.datePrecision)}
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
                </Suspense>
              </div>
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
              onWindow={(w: Window) => {
                animator.cancel();
                const clamped = clampWindow(w, domain);
                setWindow(sameWindow(clamped, domain, plotWidth) ? null : clamped);
              }}
            />
          </>
        )}
      </div>
      <TimelineLegend {...legend} clusters={layout.clusters.length > 0} />
      <TimelineOutline events={laned.events} groups={model.groups} range={layoutRange} lookups={lookups} />
      <p id={ids.help} className="visually-hidden">
        Arrow keys move between events: left and right in time, up and down between lanes and rows. Enter
        opens an event, or lists the events of a group. Plus and minus zoom, 0 fits all, Home and End go to
        the first and last event.
      </p>
      <p id={ids.brushHelp} className="visually-hidden">
        Left and right arrows move the window, up and down zoom it, Home and End go to the start and the end.
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
