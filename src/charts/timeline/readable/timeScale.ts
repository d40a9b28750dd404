import { scaleUtc, type ScaleTime } from 'd3-scale';

/** A visible span of time, [start, end) in ms (UTC), as the store and the URL keep it. */
export type Window = [number, number];

/** The scale of the whole span over the plot: zoom transforms rescale it, it never changes. */
export function baseTimeScale(domain: Window, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain(domain)
    .range([0, Math.max(1, width)]);
}

/**
 * The scale that shows `window` over the base scale's range: what a zoom transform's `rescaleX` of the
 * base gives for the transform that shows that window (see zoomTransform.ts). The chart draws from the
 * store's window, so its first frame needs no zoom code.
 */
export function windowScale(base: ScaleTime<number, number>, window: Window): ScaleTime<number, number> {
  return base.copy().domain(window);
}

/** How far in a timeline zooms: from the whole span down to `minSpan` ms across the plot. */
export function scaleExtent(base: ScaleTime<number, number>, minSpan: number): [number, number] {
  const [d0, d1] = base.domain().map(Number) as [number, number];
  return [1, Math.max(1, (d1 - d0) / minSpan)];
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
