import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventsOfAmounts } from './datasetIndex';

const byMap = (events: { id: string }[], amounts: { eventId: string }[]) => {
  const map = new Map(events.map((e, i) => [e.id, i]));
  return Int32Array.from(amounts, (a) => map.get(a.eventId) ?? -1);
};

describe('eventsOfAmounts', () => {
  const events = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

  it('finds the events of figures in event order, repeated and skipping some', () => {
    const amounts = ['a', 'a', 'c', 'e', 'e'].map((eventId) => ({ eventId }));
    expect([...eventsOfAmounts(events, amounts)]).toEqual([0, 0, 2, 4, 4]);
  });

  it('finds figures out of order and marks ids that name no event', () => {
    const amounts = ['c', 'a', 'zz', 'e', 'b'].map((eventId) => ({ eventId }));
    expect([...eventsOfAmounts(events, amounts)]).toEqual([2, 0, -1, 4, 1]);
  });

  it('agrees with a look-up by id for any order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 30 }),
        fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 40 }),
        fc.boolean(),
        (ids, others, sorted) => {
          const evs = ids.map((id) => ({ id }));
          const pool = [...ids, ...others];
          const picked = pool.length === 0 ? [] : others.map((_, i) => pool[(i * 7) % pool.length] ?? '');
          if (sorted) picked.sort((x, y) => ids.indexOf(x) - ids.indexOf(y));
          const amounts = picked.map((eventId) => ({ eventId }));
          expect([...eventsOfAmounts(evs, amounts)]).toEqual([...byMap(evs, amounts)]);
        },
      ),
    );
  });
});
