import { DAY_MS } from '../../model/dates';

/** The narrowest window the timeline zooms to. */
export const MIN_WINDOW_MS = DAY_MS;

export type Window = [number, number];

/** Keeps a window inside the domain and between a day and the whole domain long, moving rather than cutting it. */
export function clampWindow(window: Window, domain: Window, minSpan = MIN_WINDOW_MS): Window {
  const domainSpan = domain[1] - domain[0];
  const span = Math.min(domainSpan, Math.max(Math.min(minSpan, domainSpan), window[1] - window[0]));
  const center = (window[0] + window[1]) / 2;
  let start = center - span / 2;
  start = Math.min(Math.max(start, domain[0]), domain[1] - span);
  return [start, start + span];
}

/** Zooms by `factor` (>1 in, <1 out) around the instant `at`, which stays where it is on screen. */
export function zoomWindow(window: Window, factor: number, at = (window[0] + window[1]) / 2): Window {
  return [at + (window[0] - at) / factor, at + (window[1] - at) / factor];
}

/** A window of the same length as `window`, centred on `at`. */
export function centerWindow(window: Window, at: number, span = window[1] - window[0]): Window {
  return [at - span / 2, at + span / 2];
}

/** Whether two windows are the same to within a fraction of a pixel. */
export function sameWindow(a: Window, b: Window, width: number): boolean {
  const tolerance = ((a[1] - a[0]) / Math.max(1, width)) * 0.25;
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

/** The d3-zoom transform (scale k, translation x) that shows `window` when the base scale spans `domain` over `width`. */
export function windowToTransform(window: Window, domain: Window, width: number): { k: number; x: number } {
  const k = (domain[1] - domain[0]) / (window[1] - window[0]);
  const x = (-(window[0] - domain[0]) / (domain[1] - domain[0])) * width * k;
  return { k, x };
}

/** The window a d3-zoom transform shows (the inverse of `windowToTransform`). */
export function transformToWindow(k: number, x: number, domain: Window, width: number): Window {
  const msPerPx = (domain[1] - domain[0]) / width;
  const start = domain[0] + (-x / k) * msPerPx;
  return [start, start + (width / k) * msPerPx];
}
