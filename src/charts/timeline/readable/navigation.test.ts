import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/syntheticEvents';
import { assignLanes } from './laneAssignment';
import { layoutReadable } from './layoutReadable';
import { hitTest, itemOf, moveFocus } from './navigation';
import { readableEvents } from './readableEvents';
import { ACTORS, baseScale, measure12 } from '../../../test/timelineArbitraries';

const list = [
  makeEvent({ id: 'jan', date: '2023-01-10', actors: ['actor-1'], title: 'January' }),
  makeEvent({ id: 'feb', date: '2023-02-10', actors: ['actor-2'], title: 'February' }),
  ...Array.from({ length: 6 }, (_, i) =>
    makeEvent({ id: `busy-${i}`, date: '2023-06-01', actors: ['actor-1'], title: `Busy ${i}` }),
  ),
  makeEvent({ id: 'dec', date: '2023-12-10', actors: ['actor-1'], title: 'December' }),
];
const idOf = (events: ReturnType<typeof assignLanes>, i: number | null) =>
  i === null ? null : events.events[i]?.id;
const indexOf = (events: ReturnType<typeof assignLanes>, id: string) =>
  events.events.findIndex((e) => e.id === id);

describe('keyboard navigation', () => {
  const events = assignLanes(readableEvents(list), 'actor', ACTORS, { maxActorLanes: 8 });

  it('moves in time within a lane, stepping over a cluster as one', () => {
    // Too little height for the busy day: it is a cluster.
    const layout = layoutReadable(events, baseScale(1000), { width: 1000, height: 100 }, measure12);
    expect(layout.clusters).toHaveLength(1);
    const jan = indexOf(events, 'jan');
    const next = moveFocus(events, layout, jan, 'ArrowRight');
    expect(itemOf(events, layout, next ?? -1)?.type).toBe('cluster');
    expect(idOf(events, moveFocus(events, layout, next ?? -1, 'ArrowRight'))).toBe('dec');
    expect(idOf(events, moveFocus(events, layout, indexOf(events, 'dec'), 'ArrowLeft'))).toBe(
      idOf(events, layout.clusters[0]?.events[layout.clusters[0].events.length - 1] ?? -1),
    );
    expect(moveFocus(events, layout, jan, 'ArrowLeft')).toBeNull();
    expect(idOf(events, moveFocus(events, layout, jan, 'End'))).toBe('dec');
  });

  it('moves between lanes to what is nearest in time', () => {
    const layout = layoutReadable(events, baseScale(1000), { width: 1000, height: 600 }, measure12);
    expect(idOf(events, moveFocus(events, layout, indexOf(events, 'jan'), 'ArrowDown'))).toBe('feb');
    expect(idOf(events, moveFocus(events, layout, indexOf(events, 'feb'), 'ArrowUp'))).toBe('jan');
    expect(moveFocus(events, layout, indexOf(events, 'feb'), 'ArrowDown')).toBeNull();
  });

  it('finds the event or cluster under the pointer by its box', () => {
    const layout = layoutReadable(events, baseScale(1000), { width: 1000, height: 600 }, measure12);
    for (const mark of layout.marks) {
      const hit = hitTest(layout, mark.x, mark.y);
      expect(hit?.type === 'event' ? hit.mark.event : null).toBe(mark.event);
    }
    expect(hitTest(layout, 999, layout.height - 1)).toBeNull();
  });
});
