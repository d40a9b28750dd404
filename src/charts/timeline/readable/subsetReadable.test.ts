import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../../test/syntheticEvents';
import { eventsArb } from '../../../test/timelineArbitraries';
import { positionsById, readableEvents, subsetReadable } from './readableEvents';

describe('subsetReadable', () => {
  it('keeps the marked events in drawing order, with the stacks they would have on their own', () => {
    fc.assert(
      fc.property(
        eventsArb(60).chain((events) =>
          fc.tuple(
            fc.constant(events),
            fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }),
          ),
        ),
        ([events, picks]) => {
          const all = readableEvents(events);
          const keep = Uint8Array.from(picks, (p) => (p ? 1 : 0));
          const kept = subsetReadable(all, keep);
          const alone = readableEvents(events.filter((_, i) => keep[i] === 1));
          expect(kept.events).toEqual(alone.events);
          expect([...kept.at]).toEqual([...alone.at]);
          expect([...kept.start]).toEqual([...alone.start]);
          expect([...kept.end]).toEqual([...alone.end]);
          expect([...kept.stackStart]).toEqual([...alone.stackStart]);
          expect([...kept.source].map((i) => events[i])).toEqual(kept.events);
        },
      ),
    );
  });

  it('gives back the whole list when every event is kept', () => {
    const events = syntheticEvents(200, 10);
    const all = readableEvents(events);
    expect(subsetReadable(all, new Uint8Array(events.length).fill(1))).toBe(all);
    expect(subsetReadable(all, new Uint8Array(events.length)).events).toEqual([]);
  });
});

describe('positionsById', () => {
  it('finds each kept event at its position, and nothing for the others', () => {
    fc.assert(
      fc.property(eventsArb(40), fc.integer({ min: 0, max: 2 ** 31 }), (events, seed) => {
        const all = readableEvents(events);
        const keep = Uint8Array.from(events, (_, i) => ((seed >> (i % 31)) & 1) as 0 | 1);
        const kept = subsetReadable(all, keep);
        const index = new Map(events.map((e, i) => [e.id, i]));
        const positions = positionsById(kept, events.length, () => index);
        events.forEach((e, i) => {
          const p = positions.get(e.id);
          if (keep[i] === 1) expect(kept.events[p ?? -1]).toBe(e);
          else expect(p).toBeUndefined();
        });
        expect(positions.get('no such event')).toBeUndefined();
      }),
    );
  });
});
