import { bisectLeft, group } from 'd3-array';
import { pointer } from 'd3-selection';
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useAppStore } from '../../state/store';
import { plural } from '../../model/counts';
import { formatWindow } from '../../model/dates';
import { axisTicks } from './axis';
import { describeEvent } from './describeEvent';
import { hitTest, type TimelineHit } from './hitTest';
import { timelineKeyAction } from './keyboard';
import { buildTimelineIndex } from './lanes';
import { layoutTimeline } from './layout';
import type { TimelineSize } from './layoutTypes';
import { pageMeasure } from './timelineText';
import { windowToReveal } from './reveal';
import { AXIS_HEIGHT } from './TimelineAxis';
import { TimelineOverview } from './TimelineOverview';
import { TimelineSvg } from './TimelineSvg';
import { TimelineToolbar } from './TimelineToolbar';
import { TimelineTooltip } from './TimelineTooltip';
import { tooltipAt } from './tooltipAt';
import { useElementWidth } from '../../components/useElementWidth';
import { useLookups } from '../../model/lookups';
import type { TimelineModel } from './useTimelineModel';
import { useWindowAnimator } from './useWindowAnimator';
import { useZoomBehavior } from './useZoomBehavior';
import { clampWindow, MIN_WINDOW_MS, sameWindow, windowAround, zoomWindow } from './zoomMath';

interface Hover {
  hit: Exclude<TimelineHit, null>;
  key: string;
}

/** Below this width, lane names sit above each lane instead of in a gutter. */
const NARROW_WIDTH = 560;
const RIGHT_PAD = 12;
const BOTTOM_PAD = 6;

const hitKey = (hit: Exclude<TimelineHit, null>) =>
  hit.type === 'event' ? `e${hit.event}` : `c${hit.cluster}`;

/** The zoomable timeline: axis, lanes, marks, overview brush, tooltip and keyboard navigation. */
export function TimelineChart({ model }: { model: TimelineModel }) {
  const dataset = useDataset();
  const lookups = useLookups();
  const grouping = useAppStore((s) => s.view.lanes);
  const storeWindow = useAppStore((s) => s.view.window);
  const selectedId = useAppStore((s) => s.selection.eventId);
  const preferredActors = useAppStore((s) => s.filters.actors);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const setWindow = useAppStore((s) => s.setWindow);
  const ids = { tooltip: useId(), help: useId(), title: useId() };

  const [containerRef, width] = useElementWidth();
  const narrow = width < NARROW_WIDTH;
  const gutter = narrow ? 0 : Math.min(180, Math.max(112, Math.round(width * 0.2)));
  const plotWidth = Math.max(40, width - gutter - RIGHT_PAD);
  const size = useMemo<TimelineSize>(
    () => ({ width: plotWidth, laneHeight: narrow ? 48 : 40, laneLabelBand: narrow ? 16 : 0 }),
    [plotWidth, narrow],
  );
  const measure = pageMeasure;
  const domain = model.domain;

  const index = useMemo(
    () =>
      buildTimelineIndex(model.timed, dataset.actors, grouping, {
        maxActorLanes: narrow ? 6 : 8,
        preferredActors,
      }),
    [model.timed, dataset.actors, grouping, narrow, preferredActors],
  );
  const range = useMemo(() => clampWindow(storeWindow ?? domain, domain), [storeWindow, domain]);
  const options = useMemo(() => ({ badges: model.badges, measure }), [model.badges, measure]);
  const layout = useMemo(() => layoutTimeline(index, size, range, options), [index, size, range, options]);
  const ticks = useMemo(() => axisTicks(range, plotWidth, measure), [range, plotWidth, measure]);
  const glyphsByEvent = useMemo(() => group(layout.glyphs, (g) => g.event), [layout]);
  const indexById = useMemo(() => new Map(index.events.map((e, i) => [e.id, i])), [index]);

  const animator = useWindowAnimator(domain, plotWidth);
  const plotRef = useRef<SVGGElement>(null);
  useZoomBehavior(plotRef, {
    domain,
    range,
    width: plotWidth,
    height: layout.height,
    onWindow: (w) => {
      setWindow(sameWindow(w, domain, plotWidth) ? null : w);
    },
    onGestureStart: animator.cancel,
  });

  const [focusedId, setFocusedId] = useState<string | null>(null);
  // Keyboard focus only: a click focuses the timeline too, but needs no focus ring.
  const [hasFocus, setHasFocus] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [hover, setHover] = useState<Hover | null>(null);

  // An event selected elsewhere (a figure, the table) becomes the focused one.
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (seenSelection !== selectedId) {
    setSeenSelection(selectedId);
    if (selectedId !== null) setFocusedId(selectedId);
  }
  const focusedIndex = focusedId === null ? null : (indexById.get(focusedId) ?? null);
  const selectedIndex = selectedId === null ? null : (indexById.get(selectedId) ?? null);

  const reveal = (i: number) => {
    const next = windowToReveal(index, i, size, range, domain, options);
    if (!sameWindow(next, range, plotWidth)) animator.animate(range, next);
  };

  // When the selection changes from outside, bring the event into view.
  const revealSelected = useEffectEvent(() => {
    if (selectedIndex !== null) reveal(selectedIndex);
  });
  const measured = width > 0;
  useEffect(() => {
    if (measured) revealSelected();
  }, [selectedId, measured]);

  const moveFocus = (i: number) => {
    const event = index.events[i];
    if (event === undefined) return;
    setFocusedId(event.id);
    setAnnouncement(describeEvent(event, i, index.events.length, lookups));
    reveal(i);
  };

  const zoomBy = (factor: number, at?: number) => {
    animator.animate(range, clampWindow(zoomWindow(range, factor, at), domain));
  };

  const onFocus = (e: React.FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.matches(':focus-visible')) return;
    setHasFocus(true);
    if (focusedIndex !== null || index.events.length === 0) return;
    const firstVisible = Math.min(index.events.length - 1, bisectLeft(index.at, range[0]));
    moveFocus(selectedIndex ?? firstVisible);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const action = timelineKeyAction(e.key, focusedIndex, index.events.length);
    if (action === null) return;
    e.preventDefault();
    setHasFocus(true);
    if (action.type === 'focus') moveFocus(action.index);
    else if (action.type === 'select') {
      const event = focusedIndex === null ? undefined : index.events[focusedIndex];
      if (event !== undefined) selectEvent(event.id);
    } else if (action.type === 'zoom') {
      const at = focusedIndex === null ? undefined : index.at[focusedIndex];
      zoomBy(action.factor, at !== undefined && at >= range[0] && at <= range[1] ? at : undefined);
    } else animator.animate(range, domain);
  };

  const hitAt = (e: React.MouseEvent): TimelineHit => {
    const node = plotRef.current;
    if (node === null) return null;
    const [x, y] = pointer(e.nativeEvent, node);
    return hitTest(layout, x, y, measure);
  };

  const onPointerMove = (e: React.PointerEvent) => {
    if (e.buttons !== 0) return;
    const hit = hitAt(e);
    const key = hit === null ? null : hitKey(hit);
    if (key === (hover?.key ?? null)) return;
    setHover(hit === null || key === null ? null : { hit, key });
  };

  const onClick = (e: React.MouseEvent) => {
    const hit = hitAt(e);
    if (hit === null) return;
    if (hit.type === 'event') {
      const event = index.events[hit.event];
      if (event === undefined) return;
      setFocusedId(event.id);
      selectEvent(event.id);
      return;
    }
    const cluster = layout.clusters[hit.cluster];
    if (cluster === undefined) return;
    const from = index.start[cluster.first] ?? range[0];
    animator.animate(range, clampWindow(windowAround(from, index.end[cluster.last] ?? range[1]), domain));
  };

  const tooltip = tooltipAt({
    hover: hover?.hit ?? null,
    focusedIndex: hasFocus ? focusedIndex : null,
    glyphsByEvent,
    layout,
    index,
    range,
    plotWidth,
  });
  const svgHeight = AXIS_HEIGHT + layout.height + BOTTOM_PAD;
  const total = index.events.length;
  const selectedGlyphs = selectedIndex === null ? [] : (glyphsByEvent.get(selectedIndex) ?? []);
  const hoveredGlyphs = hover?.hit.type === 'event' ? (glyphsByEvent.get(hover.hit.event) ?? []) : [];
  const focusedGlyphs = hasFocus && focusedIndex !== null ? (glyphsByEvent.get(focusedIndex) ?? []) : [];
  const windowText = formatWindow(range[0], range[1]);

  return (
    <div className="tl-chart">
      <TimelineToolbar
        windowText={windowText}
        canZoomIn={range[1] - range[0] > MIN_WINDOW_MS * 1.01}
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
              className={`tl-canvas${hover === null ? '' : ' tl-canvas-hit'}`}
              tabIndex={0}
              role="application"
              aria-roledescription="timeline"
              aria-label={`Timeline, ${plural(total, 'event')}, showing ${windowText}`}
              aria-describedby={ids.help}
              onFocus={onFocus}
              onBlur={() => {
                setHasFocus(false);
              }}
              onKeyDown={onKeyDown}
              onPointerMove={onPointerMove}
              onPointerLeave={() => {
                setHover(null);
              }}
              onClick={onClick}
            >
              <TimelineSvg
                width={width}
                height={svgHeight}
                gutter={gutter}
                plotWidth={plotWidth}
                title={`Timeline of ${plural(total, 'event')}, ${windowText}, lanes by ${grouping}`}
                clipId={`${ids.title}-clip`}
                layout={layout}
                ticks={ticks}
                range={range}
                measure={measure}
                index={index}
                rings={{ selected: selectedGlyphs, hovered: hoveredGlyphs, focused: focusedGlyphs }}
                actorIds={lookups.actorIds}
                plotRef={plotRef}
              />
              {total === 0 && <p className="tl-empty">No events match the filters.</p>}
            </div>
            {tooltip !== null && (
              <TimelineTooltip
                id={ids.tooltip}
                content={tooltip.content}
                x={tooltip.x + gutter}
                y={tooltip.y + AXIS_HEIGHT}
                containerWidth={width}
                above={tooltip.y + AXIS_HEIGHT > svgHeight / 2}
                lookups={lookups}
              />
            )}
            <TimelineOverview
              timed={model.timed}
              domain={domain}
              range={range}
              width={plotWidth}
              gutter={gutter}
              measure={measure}
              onWindow={(w) => {
                animator.cancel();
                const clamped = clampWindow(w, domain);
                setWindow(sameWindow(clamped, domain, plotWidth) ? null : clamped);
              }}
            />
          </>
        )}
      </div>
      <p id={ids.help} className="visually-hidden">
        Use the arrow keys to move between events in time order, Enter to open one, plus and minus to zoom,
        Home and End for the first and last event, 0 to fit all.
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
