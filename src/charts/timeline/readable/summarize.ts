import { formatEventDate } from '../../../model/dates';
import type { DateGroup } from './dateGroups';
import { plural } from '../../../model/counts';

/**
 * The timeline in one sentence, for screen readers and as the chart's caption: "29 events from 24 Feb
 * 2022 to Nov 2024; busiest day 28 Sep 2023 with 12 events". Dates are given at their precision; the
 * busiest day counts only events known to the day, and is left out when no day has two.
 */
export function summarizeTimeline(groups: readonly DateGroup[]): string {
  const total = groups.reduce((sum, g) => sum + g.events.length, 0);
  const first = groups[0];
  if (first === undefined) return 'No events.';
  let last = first;
  let busiest: DateGroup | null = null;
  for (const g of groups) {
    if (g.end > last.end || (g.end === last.end && g.start > last.start)) last = g;
    if (g.precision === 'day' && g.events.length > 1 && g.events.length > (busiest?.events.length ?? 0))
      busiest = g;
  }
  const from = formatEventDate(first.date, first.precision);
  const to = formatEventDate(last.date, last.precision);
  const span = from === to ? `on ${from}` : `from ${from} to ${to}`;
  const head = `${plural(total, 'event')} ${span}`;
  if (busiest === null || groups.length === 1) return head;
  return `${head}; busiest day ${busiest.label} with ${plural(busiest.events.length, 'event')}`;
}
