import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/syntheticEvents';
import { groupByDate } from './dateGroups';
import { readableEvents, subsetReadable } from './readableEvents';
import { summarizeTimeline } from './summarize';

const events = readableEvents([
  makeEvent({ id: 'd', date: '2023-09-28', kind: 'statement', title: 'Beta' }),
  makeEvent({ id: 'm', date: '2023-09', datePrecision: 'month', title: 'Month' }),
  makeEvent({ id: 'a', date: '2023-09-28', kind: 'visit', title: 'Zulu' }),
  makeEvent({ id: 'b', date: '2023-09-28', kind: 'statement', title: 'alpha' }),
  makeEvent({ id: 'f', date: '2023-09-01', title: 'First of the month' }),
  makeEvent({ id: 'x', date: '2022-02-24', title: 'Start' }),
]);

describe('groupByDate', () => {
  it('lists dates in order, a month before the days it holds, each in reading order', () => {
    const groups = groupByDate(events);
    expect(groups.map((g) => g.label)).toEqual(['24 Feb 2022', 'Sep 2023', '1 Sep 2023', '28 Sep 2023']);
    const day = groups[3]?.events.map((i) => events.events[i]?.id);
    // Kind first (visits before statements), then title regardless of case.
    expect(day).toEqual(['a', 'b', 'd']);
  });

  it('keeps the groups of the events kept by a filter', () => {
    // The mask is by position in the list given to readableEvents: 'a' is third, 'x' last.
    const kept = subsetReadable(events, Uint8Array.from([1, 1, 0, 1, 1, 0]));
    expect(groupByDate(kept).map((g) => [g.label, g.events.length])).toEqual([
      ['Sep 2023', 1],
      ['1 Sep 2023', 1],
      ['28 Sep 2023', 2],
    ]);
  });
});

describe('summarizeTimeline', () => {
  it('says how many events, from when to when (the date that ends last), and the busiest day', () => {
    expect(summarizeTimeline(groupByDate(events))).toBe(
      '6 events from 24 Feb 2022 to Sep 2023; busiest day 28 Sep 2023 with 3 events',
    );
  });

  it('leaves out the busiest day when no day has two events, and handles one date and none', () => {
    const two = readableEvents([
      makeEvent({ id: 'a', date: '2023-01-02', title: 'A' }),
      makeEvent({ id: 'b', date: '2024-11', datePrecision: 'month', title: 'B' }),
    ]);
    expect(summarizeTimeline(groupByDate(two))).toBe('2 events from 2 Jan 2023 to Nov 2024');
    const sameDay = readableEvents([
      makeEvent({ id: 'a', date: '2023-01-02', title: 'A' }),
      makeEvent({ id: 'b', date: '2023-01-02', title: 'B' }),
    ]);
    expect(summarizeTimeline(groupByDate(sameDay))).toBe('2 events on 2 Jan 2023');
    expect(summarizeTimeline([])).toBe('No events.');
  });
});
