import { DAY_MS } from '../../model/dates';
import type { Window } from './readable/timeScale';

export type { Window };

/** The narrowest window the timeline zooms to. */
export const MIN_WINDOW_MS = DAY_MS;

/** Keeps a window inside the domain and between a day and the whole domain long, moving rather than cutting it. */
export function clampWindow(window: Window, domain: Window, minSpan = MIN_WINDOW_MS): Window {
  const domainSpan = domain[1] - domain[0];
  const span = Math.min(domainSpan, Math.max(Math.min(minSpan, domainSpan), window[1] - window[0]));
  const center = (window[0] + window[1]) / 2;
  let start = center - span / 2;
  start = Math.min(Math.max(start, domain[0]), domain[1] - span);
  return [start, start + span];
}

/** A window around a span of time (a cluster's events), with room on both sides: 15%, at least 6 hours. */
export function windowAround(from: number, to: number): Window {
  const end = Math.max(to, from + MIN_WINDOW_MS);
  const pad = Math.max((end - from) * 0.15, DAY_MS / 4);
  return [from - pad, end + pad];
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
