import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../model/dates';
import { makeEvent } from '../../test/syntheticEvents';
import { subsetTimed, timeEvents } from './timeIndex';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('timeEvents', () => {
  it('sorts events by time and places imprecise dates in the middle of their span', () => {
    const timed = timeEvents([
      makeEvent({ id: 'month', date: '2023-09', datePrecision: 'month' }),
      makeEvent({ id: 'day', date: '2023-09-28' }),
      makeEvent({ id: 'week', date: '2023-04-19', datePrecision: 'week' }),
    ]);
    expect(timed.events.map((e) => e.id)).toEqual(['week', 'month', 'day']);
    expect(timed.at[0]).toBe(day('2023-04-17') + 3.5 * DAY_MS);
    expect(timed.at[1]).toBe(day('2023-09-01') + 15 * DAY_MS);
    expect(timed.at[2]).toBe(day('2023-09-28') + DAY_MS / 2);
    expect([timed.start[1], timed.end[1]]).toEqual([day('2023-09-01'), day('2023-10-01')]);
  });

  it('spreads the events of one day evenly across it, in dataset order', () => {
    const timed = timeEvents([
      makeEvent({ id: 'b', date: '2023-09-28' }),
      makeEvent({ id: 'a', date: '2023-09-28' }),
    ]);
    expect(timed.events.map((e) => e.id)).toEqual(['b', 'a']);
    expect([...timed.at]).toEqual([day('2023-09-28') + DAY_MS / 4, day('2023-09-28') + (3 * DAY_MS) / 4]);
  });

  it('numbers the actors of every event once', () => {
    const timed = timeEvents([
      makeEvent({ id: 'a', date: '2023-01-01', actors: ['x', 'y', 'x'] }),
      makeEvent({ id: 'b', date: '2023-01-02', actors: [] }),
      makeEvent({ id: 'c', date: '2023-01-03', actors: ['y'] }),
    ]);
    expect(timed.actorIds).toEqual(['x', 'y']);
    expect([...timed.actorStart]).toEqual([0, 2, 2, 3]);
    expect([...timed.actorList]).toEqual([0, 1, 1]);
  });
});

describe('subsetTimed', () => {
  it('keeps the chosen events in order with their times and actors', () => {
    const events = [
      makeEvent({ id: 'a', date: '2023-01-01', actors: ['x'] }),
      makeEvent({ id: 'b', date: '2023-01-02', actors: ['y', 'z'] }),
      makeEvent({ id: 'c', date: '2023-01-03', actors: ['z'] }),
    ];
    const all = timeEvents(events);
    const some = subsetTimed(all, new Set([events[2], events[1]].filter((e) => e !== undefined)));
    expect(some.events.map((e) => e.id)).toEqual(['b', 'c']);
    expect([...some.at]).toEqual([all.at[1], all.at[2]]);
    expect([...some.actorStart]).toEqual([0, 2, 3]);
    expect([...some.actorList].map((code) => some.actorIds[code])).toEqual(['y', 'z', 'z']);
    expect(subsetTimed(all, new Set(events))).toBe(all);
  });
});
