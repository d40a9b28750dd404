import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/syntheticEvents';
import { assignLanes } from './laneAssignment';
import { readableEvents } from './readableEvents';
import { ACTORS } from '../../../test/timelineArbitraries';

const events = readableEvents([
  makeEvent({ id: 'a', date: '2023-01-01', actors: ['actor-1', 'actor-2'], kind: 'visit' }),
  makeEvent({ id: 'b', date: '2023-01-02', actors: ['actor-1'], kind: 'statement' }),
  makeEvent({ id: 'c', date: '2023-01-03', actors: ['actor-2', 'actor-1'], kind: 'statement' }),
  makeEvent({ id: 'd', date: '2023-01-04', actors: ['actor-3'], kind: 'attack' }),
  makeEvent({ id: 'e', date: '2023-01-05', actors: [], kind: 'report' }),
]);
const laneOf = (laned: ReturnType<typeof assignLanes>, id: string) =>
  laned.lanes[laned.laneOf[laned.events.findIndex((e) => e.id === id)] ?? -1]?.key;

describe('assignLanes', () => {
  it('puts each event in the lane of its first actor, and names the others as chips', () => {
    const laned = assignLanes(events, 'actor', ACTORS, { maxActorLanes: 8 });
    expect(laned.lanes.map((l) => `${l.key} ${l.count}`)).toEqual([
      'actor:actor-1 2',
      'actor:actor-2 1',
      'actor:actor-3 1',
      'other 1',
    ]);
    expect(laned.lanes[3]?.label).toBe('No actor');
    expect(laneOf(laned, 'c')).toBe('actor:actor-2');
    const c = laned.events.findIndex((e) => e.id === 'c');
    expect(laned.chips(c)).toEqual(['A1']);
    expect(laned.laneMembers.reduce((n, m) => n + m.length, 0)).toBe(events.events.length);
  });

  it('puts an event in a filtered actor’s lane even when that actor is named second', () => {
    const laned = assignLanes(events, 'actor', ACTORS, { maxActorLanes: 8, preferredActors: ['actor-1'] });
    expect(laneOf(laned, 'c')).toBe('actor:actor-1');
    expect(laned.chips(laned.events.findIndex((e) => e.id === 'c'))).toEqual(['A2']);
  });

  it('gathers the actors past the most lanes in "Other actors", with the event’s actors as chips', () => {
    const laned = assignLanes(events, 'actor', ACTORS, { maxActorLanes: 2 });
    expect(laned.lanes.map((l) => l.label)).toEqual(['A1', 'Other actors']);
    expect(laneOf(laned, 'd')).toBe('other');
    expect(laned.chips(laned.events.findIndex((e) => e.id === 'd'))).toEqual(['Actor number 3']);
  });

  it('groups by kind in the schema’s order, or puts everything in one lane without chips', () => {
    const byKind = assignLanes(events, 'kind', ACTORS, { maxActorLanes: 8 });
    expect(byKind.lanes.map((l) => l.label)).toEqual(['Visit', 'Statement', 'Attack', 'Report']);
    const none = assignLanes(events, 'none', ACTORS, { maxActorLanes: 8 });
    expect(none.lanes).toHaveLength(1);
    expect(none.chips(0)).toEqual([]);
  });
});
