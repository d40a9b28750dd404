import { msToIso } from '../model/dates';
import type { Filters } from '../state/filtersSlice';

/** What an export menu belongs to: one chart, or the whole dashboard. */
export type ExportTarget = 'timeline' | 'figures' | 'figures-time' | 'dashboard';
/** What a file holds: a chart image, the events or figures as a table, or all data as JSON. */
export type ExportSubject = ExportTarget | 'events' | 'data';
export type ExportFormat = 'png' | 'svg' | 'csv' | 'json';

/** A date range as inclusive ISO dates; null for an open end. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

const ISO_DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function rangePart(range: DateRange | null): string {
  if (range === null || (range.from === null && range.to === null)) return 'all';
  for (const end of [range.from, range.to]) {
    if (end !== null && !ISO_DAY.test(end)) {
      throw new Error(`fileName: "${end}" is not an ISO date (YYYY-MM-DD)`);
    }
  }
  return `${range.from ?? 'start'}_${range.to ?? 'end'}`;
}

/** A file name that says what it holds: `aidline-figures-2023-09-01_2023-12-31.png`, or `…-all.png`. */
export function fileName(subject: ExportSubject, format: ExportFormat, range: DateRange | null): string {
  return `aidline-${subject}-${rangePart(range)}.${format}`;
}

/**
 * The dates an export covers: the filter's range, narrowed to the timeline's zoom window for exports
 * that show the timeline (the window only zooms the timeline).
 */
export function exportRange(
  target: ExportTarget,
  filters: Pick<Filters, 'from' | 'to'>,
  window: readonly [number, number] | null,
): DateRange | null {
  let { from, to } = filters;
  if (target === 'timeline' && window !== null) {
    const [start, end] = [msToIso(window[0]), msToIso(window[1])];
    from = from === null || start > from ? start : from;
    to = to === null || end < to ? end : to;
  }
  return from === null && to === null ? null : { from, to };
}
