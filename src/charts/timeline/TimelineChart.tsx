import { bisectLeft, group } from 'd3-array';
import { pointer } from 'd3-selection';
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useAppStore } from '../../state/store';
import { actorColor, DATA_COLORS, KIND_COLORS } from '../../model/colors';
import { DAY_MS, formatWindow } from '../../model/dates';
import { axisTicks } from './axis';
import { describeEvent } from './describeEvent';
import { hitTest, type TimelineHit } from './hitTest';
import { timelineKeyAction } from './keyboard';
import { buildTimelineIndex } from './lanes';
import { layoutTimeline } from './layout';
import type { GlyphMark, LaneBox, TimelineSize } from './layoutTypes';
import { pageMeasure } from './timelineText';
import { windowToReveal } from './reveal';
import { AXIS_HEIGHT, TimelineAxis } from './TimelineAxis';
import { LaneBands, LaneLabels } from './TimelineLanes';
import { TimelineMarks } from './TimelineMarks';
import { TimelineOverview } from './TimelineOverview';
import { TimelineRings } from './TimelineRings';
import { TimelineToolbar } from './TimelineToolbar';
import { TimelineTooltip, type TooltipContent } from './TimelineTooltip';
import { useElementWidth } from '../../components/useElementWidth';
import { useLookups } from '../../model/lookups';
import type { TimelineModel } from './useTimelineModel';
import { useWindowAnimator } from './useWindowAnimator';
import { useZoomBehavior } from './useZoomBehavior';
import { clampWindow, MIN_WINDOW_MS, sameWindow, zoomWindow, type Window } from './zoomMath';

/** Below this width, lane names sit above each lane instead of in a gutter. */
const NARROW_WIDTH = 560;
const RIGHT_PAD = 12;
const BOTTOM_PAD = 6;

interface Hover {
  hit: Exclude<TimelineHit, null>;
  key: string;
}

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
    const to = Math.max(index.end[cluster.last] ?? range[1], from + MIN_WINDOW_MS);
    const pad = Math.max((to - from) * 0.15, DAY_MS / 4);
    animator.animate(range, clampWindow([from - pad, to + pad], domain));
  };

  const laneColor = (box: LaneBox) => {
    if (box.lane.kind !== null) return KIND_COLORS[box.lane.kind];
    if (box.lane.actorId !== null) return actorColor(lookups.actorIds, box.lane.actorId);
    return DATA_COLORS[7];
  };

  const tooltip = tooltipFor(
    hover,
    hasFocus ? focusedIndex : null,
    glyphsByEvent,
    layout,
    index,
    range,
    plotWidth,
  );
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
              aria-label={`Timeline, ${total} event${total === 1 ? '' : 's'}, showing ${windowText}`}
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
              <svg
                data-export="timeline"
                width={width}
                height={svgHeight}
                viewBox={`0 0 ${width} ${svgHeight}`}
                aria-hidden="true"
                className="tl-svg"
              >
                <title>{`Timeline of ${total} event${total === 1 ? '' : 's'}, ${windowText}, lanes by ${grouping}`}</title>
                <defs>
                  <clipPath id={`${ids.title}-clip`}>
                    <rect x={-2} y={0} width={plotWidth + 4} height={layout.height} />
                  </clipPath>
                </defs>
                <g transform={`translate(${gutter},0)`}>
                  <TimelineAxis
                    ticks={ticks}
                    range={range}
                    width={plotWidth}
                    lanesHeight={layout.height}
                    measure={measure}
                  />
                </g>
                <g transform={`translate(${gutter},${AXIS_HEIGHT})`}>
                  <g clipPath={`url(#${ids.title}-clip)`}>
                    <g ref={plotRef} className="tl-plot">
                      <rect
                        className="tl-zoom-surface"
                        x={0}
                        y={0}
                        width={plotWidth}
                        height={layout.height}
                        fill="transparent"
                      />
                      <LaneBands lanes={layout.lanes} plotWidth={plotWidth} />
                      <TimelineMarks
                        layout={layout}
                        events={index.events}
                        starts={index.start}
                        ends={index.end}
                      />
                      <TimelineRings
                        selected={selectedGlyphs}
                        hovered={hoveredGlyphs}
                        focused={focusedGlyphs}
                      />
                    </g>
                  </g>
                </g>
                <g transform={`translate(0,${AXIS_HEIGHT})`}>
                  <LaneLabels
                    lanes={layout.lanes}
                    gutter={gutter}
                    plotWidth={plotWidth}
                    colorOf={laneColor}
                    measure={measure}
                  />
                </g>
              </svg>
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

/** The tooltip to show: for what the pointer is on, else for the keyboard-focused event. */
function tooltipFor(
  hover: Hover | null,
  focusedIndex: number | null,
  glyphsByEvent: Map<number, GlyphMark[]>,
  layout: ReturnType<typeof layoutTimeline>,
  index: ReturnType<typeof buildTimelineIndex>,
  range: Window,
  plotWidth: number,
): { content: TooltipContent; x: number; y: number } | null {
  if (hover?.hit.type === 'cluster') {
    const c = layout.clusters[hover.hit.cluster];
    if (c === undefined) return null;
    const from = index.start[c.first] ?? 0;
    const to = (index.end[c.last] ?? 1) - 1;
    const canZoom = range[1] - range[0] > MIN_WINDOW_MS * 1.01;
    return {
      content: { type: 'cluster', count: c.count, from, to, canZoom },
      x: Math.min(plotWidth, Math.max(0, (c.x0 + c.x1) / 2)),
      y: c.cy,
    };
  }
  const eventIndex = hover?.hit.type === 'event' ? hover.hit.event : focusedIndex;
  if (eventIndex === null) return null;
  const event = index.events[eventIndex];
  const glyph = glyphsByEvent.get(eventIndex)?.[0];
  if (event === undefined || glyph === undefined || glyph.x < 0 || glyph.x > plotWidth) return null;
  return { content: { type: 'event', event }, x: glyph.x, y: glyph.y };
}
