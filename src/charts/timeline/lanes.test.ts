import { describe, expect, it } from 'vitest';
import { buildTimelineIndex } from './lanes';
import { makeActors, makeEvent } from '../../test/syntheticEvents';
import { timeEvents } from './timeIndex';

const actors = makeActors(6);
const events = [
  makeEvent({ id: 'e0', date: '2023-01-01', actors: ['actor-0', 'actor-1'], kind: 'visit' }),
  makeEvent({ id: 'e1', date: '2023-01-02', actors: ['actor-0'], kind: 'statement' }),
  makeEvent({ id: 'e2', date: '2023-01-03', actors: ['actor-2'], kind: 'visit' }),
  makeEvent({ id: 'e3', date: '2023-01-04', actors: ['actor-3', 'actor-0'], kind: 'budget' }),
  makeEvent({ id: 'e4', date: '2023-01-05', actors: [], kind: 'attack' }),
];

describe('buildTimelineIndex', () => {
  it('gives each actor a lane, most events first, when they fit', () => {
    const index = buildTimelineIndex(timeEvents(events), actors, 'actor', { maxActorLanes: 8 });
    expect(index.lanes.map((l) => l.label)).toEqual(['Actor 0', 'Actor 1', 'Actor 2', 'Actor 3', 'No actor']);
    expect(index.lanes.map((l) => l.count)).toEqual([3, 1, 1, 1, 1]);
    expect([...(index.laneMembers[0] ?? [])]).toEqual([0, 1, 3]);
    expect([...(index.laneAt[0] ?? [])]).toEqual([index.at[0], index.at[1], index.at[3]]);
  });

  it('keeps the top actors and puts the rest in an "Other actors" lane', () => {
    const index = buildTimelineIndex(timeEvents(events), actors, 'actor', { maxActorLanes: 3 });
    expect(index.lanes.map((l) => l.label)).toEqual(['Actor 0', 'Actor 1', 'Other actors']);
    // e3 has actor-0, so it is not also "other"; e2 and e4 have no shown actor.
    expect([...(index.laneMembers[2] ?? [])].map((i) => index.events[i]?.id)).toEqual(['e2', 'e4']);
  });

  it('gives preferred actors (the filtered ones) a lane first', () => {
    const index = buildTimelineIndex(timeEvents(events), actors, 'actor', {
      maxActorLanes: 3,
      preferredActors: ['actor-3'],
    });
    expect(index.lanes.map((l) => l.label)).toEqual(['Actor 3', 'Actor 0', 'Other actors']);
  });

  it('groups by kind in the order of the schema, one lane per event', () => {
    const index = buildTimelineIndex(timeEvents(events), actors, 'kind', { maxActorLanes: 3 });
    expect(index.lanes.map((l) => l.label)).toEqual(['Visit', 'Statement', 'Budget', 'Attack']);
    expect(index.laneMembers.reduce((sum, m) => sum + m.length, 0)).toBe(events.length);
  });

  it('has no lanes without events', () => {
    const index = buildTimelineIndex(timeEvents([]), actors, 'actor', { maxActorLanes: 8 });
    expect(index.lanes).toEqual([]);
  });
});
