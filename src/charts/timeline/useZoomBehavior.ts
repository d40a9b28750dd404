import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { MIN_WINDOW_MS, transformToWindow, windowToTransform, type Window } from './zoomMath';

interface ZoomOptions {
  domain: Window;
  /** The visible window, from the store. */
  range: Window;
  width: number;
  height: number;
  /** Called with the window a person's wheel, drag or pinch asks for. */
  onWindow: (window: Window) => void;
  /** Called when a person starts a gesture (to stop an animation in progress). */
  onGestureStart: () => void;
}

/**
 * Attaches d3-zoom to an SVG group: wheel, drag, pinch and double-click zoom and pan the time axis,
 * clamped from the whole domain to a single day; a horizontal trackpad swipe pans. The store's window is
 * the truth: d3-zoom's transform follows it when it changes elsewhere (buttons, brush, keyboard), and
 * gestures write to it.
 */
export function useZoomBehavior(target: RefObject<SVGGElement | null>, options: ZoomOptions): void {
  const { domain, range, width, height } = options;
  const behaviorRef = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  const gesture = useRef(false);
  const onWindow = useEffectEvent((window: Window) => {
    options.onWindow(window);
  });
  const onGestureStart = useEffectEvent(() => {
    options.onGestureStart();
  });
  const currentRange = useEffectEvent(() => range);

  useEffect(() => {
    const node = target.current;
    if (node === null || width <= 0) return;
    const box: [[number, number], [number, number]] = [
      [0, 0],
      [width, Math.max(1, height)],
    ];
    const behavior = zoom<SVGGElement, unknown>()
      .scaleExtent([1, Math.max(1, (domain[1] - domain[0]) / MIN_WINDOW_MS)])
      .extent(box)
      .translateExtent(box)
      .filter((event: Event) => {
        if (event instanceof WheelEvent) return Math.abs(event.deltaY) >= Math.abs(event.deltaX);
        return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
      })
      .on('start', (event: D3ZoomEvent<SVGGElement, unknown>) => {
        if (event.sourceEvent === null) return;
        gesture.current = true;
        onGestureStart();
      })
      .on('zoom', (event: D3ZoomEvent<SVGGElement, unknown>) => {
        if (event.sourceEvent === null) return;
        onWindow(transformToWindow(event.transform.k, event.transform.x, domain, width));
      })
      .on('end', () => {
        gesture.current = false;
      });
    const selection = select(node);
    selection.call(behavior);
    const start = windowToTransform(currentRange(), domain, width);
    behavior.transform(selection, zoomIdentity.translate(start.x, 0).scale(start.k));
    behaviorRef.current = behavior;

    const onWheel = (event: WheelEvent) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      onGestureStart();
      behavior.translateBy(selection, -event.deltaX / zoomTransform(node).k, 0);
      const t = zoomTransform(node);
      onWindow(transformToWindow(t.k, t.x, domain, width));
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      node.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [target, domain, width, height]);

  // The store's window changed without a gesture: move d3-zoom's transform to match.
  useEffect(() => {
    const node = target.current;
    const behavior = behaviorRef.current;
    if (node === null || behavior === null || gesture.current || width <= 0) return;
    const want = windowToTransform(range, domain, width);
    const have = zoomTransform(node);
    if (Math.abs(have.k - want.k) / want.k < 1e-9 && Math.abs(have.x - want.x) < 0.01) return;
    behavior.transform(select(node), zoomIdentity.translate(want.x, 0).scale(want.k));
  }, [target, range, domain, width]);
}
