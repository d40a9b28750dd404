import { scaleUtc, type ScaleTime } from 'd3-scale';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';

/** A visible span of time, [start, end) in ms (UTC), as the store and the URL keep it. */
export type Window = [number, number];

/** The scale of the whole span over the plot: zoom transforms rescale it, it never changes. */
export function baseTimeScale(domain: Window, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain(domain)
    .range([0, Math.max(1, width)]);
}

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

/** How far in a timeline zooms: from the whole span down to `minSpan` ms across the plot. */
export function scaleExtent(base: ScaleTime<number, number>, minSpan: number): [number, number] {
  const [d0, d1] = base.domain().map(Number) as [number, number];
  return [1, Math.max(1, (d1 - d0) / minSpan)];
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

/**
 * How x positions drawn with one zoom of a time scale move under another: two zooms of one scale differ by
 * a scale and an offset, so a layout made for `from` is drawn under `to` at `scale` × x + `offset`.
 */
export function shiftBetween(
  from: ScaleTime<number, number>,
  to: ScaleTime<number, number>,
): { scale: number; offset: number } {
  if (from === to) return { scale: 1, offset: 0 };
  const [d0, d1] = from.domain() as [Date, Date];
  const span = from(d1) - from(d0);
  const scale = span === 0 ? 1 : (to(d1) - to(d0)) / span;
  return { scale, offset: to(d0) - scale * from(d0) };
}
