/**
 * The time span both time axes show when nothing is zoomed (the timeline and the figures over time): the
 * events' extent, padded on both sides by 3% of it (at least a day) and rounded out to whole days.
 */
import type { LeanDataset, LeanEvent } from '../data/leanDataset';
import { DAY_MS, dayToMs, eventTimeSpan, INVASION_DATE_MS, parseIsoDay } from './dates';

/** A span of time, [start, end) in ms since the epoch (UTC). */
export type TimeWindow = [number, number];

/** Whether a span holds the full-scale invasion's date, which the timeline marks with a line where it does. */
export function spansInvasion([start, end]: Readonly<TimeWindow>): boolean {
  return start <= INVASION_DATE_MS && INVASION_DATE_MS <= end;
}

/** The calendar ISO dates can write (years 0001 to 9999): padding never takes an axis beyond it. */
export const CALENDAR_SPAN: TimeWindow = [eventTimeSpan('0001', 'year')[0], eventTimeSpan('9999', 'year')[1]];

/**
 * The padded, day-aligned domain of an extent; three days around `fallback` when there is none. The
 * padding stops at the ends of CALENDAR_SPAN (events dated 0001 and 9999 show "0001 – 9999", not a
 * padded 1758 BC to AD 10242); an extent that itself lies beyond is kept whole.
 */
export function fitTimeDomain(extent: TimeWindow | null, fallback = INVASION_DATE_MS): TimeWindow {
  if (extent === null) return [fallback - DAY_MS, fallback + 2 * DAY_MS];
  const pad = Math.max(DAY_MS, (extent[1] - extent[0]) * 0.03);
  const start = Math.floor((extent[0] - pad) / DAY_MS) * DAY_MS;
  const end = Math.ceil((extent[1] + pad) / DAY_MS) * DAY_MS;
  return [
    Math.max(start, Math.min(extent[0], CALENDAR_SPAN[0])),
    Math.min(end, Math.max(extent[1], CALENDAR_SPAN[1])),
  ];
}

/** From the first day any event covers to the end of the last one, or null when there are none. */
export function eventsTimeExtent(events: readonly LeanEvent[]): TimeWindow | null {
  let min = Infinity;
  let max = -Infinity;
  for (const event of events) {
    const [start, end] = eventTimeSpan(event.date, event.datePrecision);
    if (start < min) min = start;
    if (end > max) max = end;
  }
  return min === Infinity ? null : [min, max];
}

/** The fit-all domain of some events. */
export function eventsTimeDomain(events: readonly LeanEvent[]): TimeWindow {
  return fitTimeDomain(eventsTimeExtent(events));
}

const domains = new WeakMap<LeanDataset, TimeWindow>();

/** The fit-all domain of a dataset's events, computed once per dataset for every view that shows time. */
export function datasetTimeDomain(dataset: LeanDataset): TimeWindow {
  let domain = domains.get(dataset);
  if (domain === undefined) {
    domain = eventsTimeDomain(dataset.events);
    domains.set(dataset, domain);
  }
  return domain;
}

/**
 * The window that shows a date filter: from the start of `from` to the end of `to` (full ISO dates), an
 * open end reaching the domain's, kept inside the domain (the timeline shows nothing beyond it). Null when
 * neither is set, a date is not a full ISO date, or the range misses the domain: the timeline then fits
 * everything.
 */
export function dateFilterWindow(
  from: string | null,
  to: string | null,
  domain: TimeWindow,
): TimeWindow | null {
  if (from === null && to === null) return null;
  const fromDay = from === null ? null : parseIsoDay(from);
  const toDay = to === null ? null : parseIsoDay(to);
  if ((from !== null && fromDay === null) || (to !== null && toDay === null)) return null;
  const start = fromDay === null ? domain[0] : Math.max(domain[0], dayToMs(fromDay));
  const end = toDay === null ? domain[1] : Math.min(domain[1], dayToMs(toDay + 1));
  return end > start ? [start, end] : null;
}
