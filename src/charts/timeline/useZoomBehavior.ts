import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { scaleExtent, type Window } from './readable/timeScale';
import type { GestureKit } from './useGestureKit';

/** How long a horizontal swipe rests before its gesture ends, as d3-zoom waits after a wheel. */
const SWIPE_REST_MS = 150;

interface ZoomOptions {
  /** The base scale: the whole span over the plot. Zoom transforms rescale it; it never changes. */
  base: ScaleTime<number, number>;
  /** The store's window. */
  range: Window;
  /** Narrowest span the zoom reaches, in ms. */
  minSpan: number;
  /** Called with the transform a person's gesture asks for. */
  onTransform: (transform: ZoomTransform) => void;
  /** Called when a person starts a gesture (to stop an animation in progress). */
  onGestureStart: () => void;
  /** Called when a gesture ends: the press is released, or the wheel has rested for 150 ms. */
  onGestureEnd: () => void;
  /** Called for a plain vertical wheel over the plot: the page scrolls, and a hint says how to zoom. */
  onPlainWheel: () => void;
}

/**
 * The gestures d3-zoom handles. A plain wheel belongs to the page and is left to it; Ctrl or Cmd + wheel
 * (which is also how browsers report a trackpad pinch) zooms. One finger scrolls the page on a touch
 * screen; two fingers pinch and pan. A mouse drag pans, a double-click zooms in.
 */
function defaultFilter(event: Event): boolean {
  if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
  if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) return event.touches.length >= 2;
  const mouse = event as MouseEvent;
  return !mouse.button && !mouse.ctrlKey;
}

/**
 * Attaches d3-zoom to an SVG group: zooms and pans the time axis, clamped from the whole span to
 * `minSpan`; a horizontal trackpad swipe pans. The store's window is the truth: d3-zoom's transform
 * follows it when it changes elsewhere (buttons, brush, keyboard), and gestures write to it.
 */
export function useZoomBehavior(
  target: RefObject<SVGGElement | null>,
  kit: GestureKit | null,
  options: ZoomOptions,
): void {
  const { base, range, minSpan } = options;
  const behaviorRef = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  // d3-zoom starts a new gesture when a drag begins while a wheel gesture is still waiting to end, and
  // ends each on its own: the view rests when the last of them has ended, not the first.
  const gestures = useRef(0);
  const onTransform = useEffectEvent((t: ZoomTransform) => {
    options.onTransform(t);
  });
  const onGestureStart = useEffectEvent(() => {
    options.onGestureStart();
  });
  const onGestureEnd = useEffectEvent(() => {
    options.onGestureEnd();
  });
  const onPlainWheel = useEffectEvent(() => {
    options.onPlainWheel();
  });
  const current = useEffectEvent(() => range);

  useEffect(() => {
    const node = target.current;
    const [r0, r1] = base.range() as [number, number];
    if (kit === null || node === null || r1 <= r0) return;
    const { zoom, zoomTransform } = kit;
    // Only x is zoomed and panned: a unit height keeps the plot's height (which a new layout changes, in
    // the middle of a gesture) out of d3-zoom, so the behaviour is never replaced while it is in use.
    const box: [[number, number], [number, number]] = [
      [r0, 0],
      [r1, 1],
    ];
    const behavior = zoom<SVGGElement, unknown>()
      .scaleExtent(scaleExtent(base, minSpan))
      .extent(box)
      .translateExtent(box)
      .filter(defaultFilter)
      .on('start', (event: D3ZoomEvent<SVGGElement, unknown>) => {
        if (event.sourceEvent === null) return;
        gestures.current += 1;
        if (gestures.current === 1) onGestureStart();
      })
      .on('zoom', (event: D3ZoomEvent<SVGGElement, unknown>) => {
        if (event.sourceEvent === null) return;
        onTransform(event.transform);
      })
      .on('end', (event: D3ZoomEvent<SVGGElement, unknown>) => {
        if (event.sourceEvent === null || gestures.current === 0) return;
        gestures.current -= 1;
        if (gestures.current === 0) onGestureEnd();
      });
    const selection = select(node);
    selection.call(behavior);
    behavior.transform(selection, kit.transformFor(base, current()));
    behaviorRef.current = behavior;

    // A horizontal swipe is a gesture of its own, which ends as d3-zoom's wheel gestures do.
    let swipeEnd = 0;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) return;
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) {
        onPlainWheel();
        return;
      }
      event.preventDefault();
      onGestureStart();
      behavior.translateBy(selection, -event.deltaX / zoomTransform(node).k, 0);
      onTransform(zoomTransform(node));
      window.clearTimeout(swipeEnd);
      swipeEnd = window.setTimeout(onGestureEnd, SWIPE_REST_MS);
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      node.removeEventListener('wheel', onWheel);
      window.clearTimeout(swipeEnd);
      selection.on('.zoom', null);
      behaviorRef.current = null;
      if (gestures.current > 0) onGestureEnd();
      gestures.current = 0;
    };
  }, [target, kit, base, minSpan]);

  // The store's window changed without a gesture: move d3-zoom's transform to match.
  useEffect(() => {
    const node = target.current;
    const behavior = behaviorRef.current;
    if (kit === null || node === null || behavior === null || gestures.current > 0) return;
    const transform = kit.transformFor(base, range);
    const have = kit.zoomTransform(node);
    if (Math.abs(have.k - transform.k) / transform.k < 1e-9 && Math.abs(have.x - transform.x) < 0.01) return;
    behavior.transform(select(node), transform);
  }, [target, kit, base, range]);
}
