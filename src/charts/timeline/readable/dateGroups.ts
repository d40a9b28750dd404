import type { DatePrecision } from '../../../data/schema';
import { formatEventDate } from '../../../model/dates';
import type { ReadableEvents } from './readableEvents';

/** The events of one date at one precision: a day, or a week, month or year for less precise dates. */
export interface DateGroup {
  /** `2023-09-28/day`: unique among the groups. */
  key: string;
  date: string;
  precision: DatePrecision;
  /** Start and (exclusive) end of the span the date stands for (ms, UTC). */
  start: number;
  end: number;
  /** "28 Sep 2023", "week of 17 Apr 2023", "Sep 2023". */
  label: string;
  /** Positions in `events`, in reading order (kind, then title). */
  events: number[];
}

/**
 * Groups events by date for browsing (a screen reader's list of days, the phone's reading view): groups
 * come in order of their start, and a longer span before a shorter one that starts with it ("Sep 2023"
 * before "1 Sep 2023"), as the table lists them.
 */
export function groupByDate(events: ReadableEvents): DateGroup[] {
  const groups: DateGroup[] = [];
  let current: DateGroup | null = null;
  events.events.forEach((event, i) => {
    if (current === null || events.stackStart[i] === i) {
      current = {
        key: `${event.date}/${event.datePrecision}`,
        date: event.date,
        precision: event.datePrecision,
        start: events.start[i] ?? 0,
        end: events.end[i] ?? 0,
        label: formatEventDate(event.date, event.datePrecision),
        events: [],
      };
      groups.push(current);
    }
    current.events.push(i);
  });
  return groups.sort((a, b) => a.start - b.start || b.end - a.end);
}
