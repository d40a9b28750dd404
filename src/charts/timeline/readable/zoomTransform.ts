import type { ScaleTime } from 'd3-scale';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { scaleExtent, type Window } from './timeScale';

/** The zoom transform that shows `window` on the base scale (the inverse of `windowOf`). */
export function transformFor(base: ScaleTime<number, number>, window: Window): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const a = base(window[0]);
  const b = base(window[1]);
  const k = (r1 - r0) / Math.max(1e-9, b - a);
  return zoomIdentity.translate(r0 - k * a, 0).scale(k);
}

/** The window a zoom transform shows: the domain of the rescaled base scale. */
export function windowOf(base: ScaleTime<number, number>, transform: ZoomTransform): Window {
  const [start, end] = transform.rescaleX(base).domain();
  return [start?.getTime() ?? 0, end?.getTime() ?? 0];
}

const constrain = zoom().constrain();

/**
 * Keeps a transform within the zoom's limits, as d3-zoom does for gestures: no further out than the
 * whole span, no further in than `minSpan`, and panned no further than the span's ends.
 */
export function clampTransform(
  base: ScaleTime<number, number>,
  transform: ZoomTransform,
  minSpan: number,
): ZoomTransform {
  const [kMin, kMax] = scaleExtent(base, minSpan);
  const [r0, r1] = base.range() as [number, number];
  const k = Math.min(kMax, Math.max(kMin, transform.k));
  // Zoom about the middle of the view, so that clamping the scale keeps what is in the middle in view.
  const middle = transform.invertX((r0 + r1) / 2);
  const scaled = zoomIdentity.translate((r0 + r1) / 2 - k * middle, 0).scale(k);
  const extent: [[number, number], [number, number]] = [
    [r0, 0],
    [r1, 1],
  ];
  return constrain(scaled, extent, extent);
}

/** The transform zoomed by `factor` (2: twice as close) about the point `x` of the plot, which stays put. */
export function zoomAbout(transform: ZoomTransform, factor: number, x: number): ZoomTransform {
  const at = transform.invertX(x);
  const k = transform.k * factor;
  return zoomIdentity.translate(x - k * at, 0).scale(k);
}
