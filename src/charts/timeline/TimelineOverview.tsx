import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { formatWindow, INVASION_DATE_MS } from '../../model/dates';
import { spansInvasion } from '../../model/timeDomain';
import { axisTicks } from './axis';
import { baseTimeScale } from './readable/timeScale';
import { densityBins, densityPath } from './density';
import type { MeasureText } from './timelineText';
import type { ReadableEvents } from './readable/readableEvents';
import type { GestureKit } from './useGestureKit';
import { centerWindow, type Window } from './zoomMath';
import { usePaintedOnce } from '../../components/usePaintedOnce';

const DENSITY_HEIGHT = 28;
const HEIGHT = 48;
const BIN_PX = 3;

/** Puts the brush on a window; a window of a day is under a pixel wide here, so the brush keeps 6 px. */
function moveBrush(
  brush: BrushBehavior<unknown>,
  node: SVGGElement,
  w: Window,
  domain: Window,
  width: number,
) {
  const toX = baseTimeScale(domain, width);
  let x0 = toX(w[0]);
  let x1 = toX(w[1]);
  if (x1 - x0 < 6) {
    const mid = (x0 + x1) / 2;
    x0 = Math.max(0, Math.min(width - 6, mid - 3));
    x1 = x0 + 6;
  }
  brush.move(select(node), [x0, x1]);
}

interface OverviewProps {
  timed: ReadableEvents;
  domain: Window;
  range: Window;
  /** Width of the plot (the overview lines up with it). */
  width: number;
  gutter: number;
  measure: MeasureText;
  /**
   * Called with the window a person brushes or keys in: `resting` is false while the brush is dragged,
   * true for where it is let go and for a key.
   */
  onWindow: (window: Window, resting: boolean) => void;
  /** Id of the text that says how to move the window from the keyboard. */
  helpId: string;
  /** The gesture code (d3-brush), once loaded: the brush is attached then. */
  kit: GestureKit | null;
}

/**
 * The window the overview's keys ask for: left and right move it by a tenth of its length (Shift: half),
 * Page Up and Page Down by its length, up and down (or + and -) zoom in and out about its middle, Home
 * and End go to the start and end of the span. Null for other keys.
 */
export function brushKeyWindow(key: string, shift: boolean, range: Window, domain: Window): Window | null {
  const span = range[1] - range[0];
  const step = span * (shift ? 0.5 : 0.1);
  const middle = (range[0] + range[1]) / 2;
  switch (key) {
    case 'ArrowLeft':
      return [range[0] - step, range[1] - step];
    case 'ArrowRight':
      return [range[0] + step, range[1] + step];
    case 'PageUp':
      return [range[0] - span, range[1] - span];
    case 'PageDown':
      return [range[0] + span, range[1] + span];
    case 'ArrowUp':
    case '+':
    case '=':
      return centerWindow(range, middle, span / 1.5);
    case 'ArrowDown':
    case '-':
      return centerWindow(range, middle, span * 1.5);
    case 'Home':
      return [domain[0], domain[0] + span];
    case 'End':
      return [domain[1] - span, domain[1]];
    default:
      return null;
  }
}

/**
 * The whole span in miniature, with the events' density and a brush for the visible window. Dragging the
 * brush pans, its handles zoom, a click centres the window where it lands. Kept in sync with the store.
 */
export function TimelineOverview({
  timed,
  domain,
  range,
  width,
  gutter,
  measure,
  onWindow,
  helpId,
  kit,
}: OverviewProps) {
  const brushGroup = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const brushing = useRef(false);
  // The density is counted over every event: it is drawn the frame after the chart's first marks, in
  // the strip already laid out for it.
  const painted = usePaintedOnce();
  const path = useMemo(
    () => (painted ? densityPath(densityBins(timed.at, domain, width, BIN_PX), BIN_PX, DENSITY_HEIGHT) : ''),
    [painted, timed, domain, width],
  );
  const x = useMemo(() => baseTimeScale(domain, width), [domain, width]);
  const ticks = useMemo(() => axisTicks(x, measure), [x, measure]);
  const toTime = (px: number) => x.invert(px).getTime();
  const invasionX = x(INVASION_DATE_MS);

  const onBrushEvent = useEffectEvent((event: D3BrushEvent<unknown>, node: SVGGElement) => {
    if (event.sourceEvent === null || event.sourceEvent === undefined) return;
    const selection = event.selection as [number, number] | null;
    const resting = event.type === 'end';
    if (selection === null) {
      // A click without a drag: centre the window where it landed.
      if (resting) onWindow(centerWindow(range, toTime(pointer(event.sourceEvent, node)[0])), true);
      return;
    }
    const [x0, x1] = selection;
    onWindow(
      event.mode === 'drag' ? centerWindow(range, toTime((x0 + x1) / 2)) : [toTime(x0), toTime(x1)],
      resting,
    );
  });
  const currentRange = useEffectEvent(() => range);

  useEffect(() => {
    const node = brushGroup.current;
    if (kit === null || node === null || width <= 0) return;
    const brush = kit
      .brushX<unknown>()
      .extent([
        [0, 0],
        [width, DENSITY_HEIGHT],
      ])
      .on('start', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent != null) brushing.current = true;
      })
      .on('brush', (event: D3BrushEvent<unknown>) => {
        onBrushEvent(event, node);
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        brushing.current = false;
        onBrushEvent(event, node);
        if (event.sourceEvent != null) moveBrush(brush, node, currentRange(), domain, width);
      });
    select(node).call(brush);
    brushRef.current = brush;
    moveBrush(brush, node, currentRange(), domain, width);
    return () => {
      select(node).on('.brush', null);
      brushRef.current = null;
    };
  }, [kit, width, domain]);

  // Whenever the window changes elsewhere, move the brush to it.
  useEffect(() => {
    const node = brushGroup.current;
    const brush = brushRef.current;
    if (node === null || brush === null || brushing.current) return;
    moveBrush(brush, node, range, domain, width);
  }, [range, domain, width]);

  const windowText = formatWindow(range[0], range[1]);
  const span = domain[1] - domain[0];
  const middle = Math.round((((range[0] + range[1]) / 2 - domain[0]) / Math.max(1, span)) * 100);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const next = brushKeyWindow(e.key, e.shiftKey, range, domain);
    if (next === null) return;
    e.preventDefault();
    onWindow(next, true);
  };

  return (
    <svg
      className="tl-overview"
      width={width + gutter}
      height={HEIGHT}
      tabIndex={0}
      role="slider"
      aria-label="Visible window of the timeline"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.min(100, Math.max(0, middle))}
      aria-valuetext={windowText}
      aria-describedby={helpId}
      onKeyDown={onKeyDown}
    >
      <g transform={`translate(${gutter},0)`}>
        <rect x={0} y={0} width={width} height={DENSITY_HEIGHT} fill="var(--surface-2)" rx={3} />
        {path !== '' && <path className="tl-density" d={path} fill="var(--ink-3)" />}
        {spansInvasion(domain) && (
          <line
            x1={invasionX}
            x2={invasionX}
            y1={0}
            y2={DENSITY_HEIGHT}
            stroke="var(--invasion)"
            strokeWidth={1.5}
          />
        )}
        {ticks.map((t) => (
          <g key={t.t}>
            <line x1={t.x} x2={t.x} y1={DENSITY_HEIGHT} y2={DENSITY_HEIGHT + 4} stroke="var(--line-strong)" />
            {t.label !== null && (
              <text x={t.x + 3} y={HEIGHT - 3} fontSize={12} fill="var(--ink-3)">
                {t.label}
              </text>
            )}
          </g>
        ))}
        <g ref={brushGroup} className="tl-brush" />
      </g>
    </svg>
  );
}
