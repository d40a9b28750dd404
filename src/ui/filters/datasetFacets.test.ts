import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Dataset, DatePrecision } from '../../data/schema';
import { AMOUNT_STAGES, EVENT_KINDS } from '../../data/vocabulary';
import { eventDaySpan, dayToIso } from '../../model/dates';
import { bundled } from '../../test/bundledDataset';
import { makeAmount, makeEvent } from '../../test/syntheticEvents';
import { datasetFacets } from './datasetFacets';

/** The facets counted the plain way, by string keys, as a model for the indexed count. */
function reference(dataset: Dataset) {
  const count = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
  const figures = new Map<string, number>();
  const stages = new Map<string, number>();
  for (const a of dataset.amounts) {
    count(figures, a.eventId);
    count(stages, a.stage);
  }
  const involvement = new Map<string, number>();
  const actorFigures = new Map<string, number>();
  const kinds = new Map<string, number>();
  const months = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  for (const e of dataset.events) {
    count(kinds, e.kind);
    for (const id of new Set(e.actors)) {
      count(involvement, id);
      count(actorFigures, id, figures.get(e.id) ?? 0);
    }
    const span = eventDaySpan(e.date, e.datePrecision);
    if (span === null) continue;
    min = Math.min(min, span.start);
    max = Math.max(max, span.end);
    if (e.date.length >= 7) count(months, e.date.slice(0, 7));
  }
  const most = (m: Map<string, number>) => Math.max(0, ...m.values());
  const involved = (a: Actor) => involvement.get(a.id) ?? 0;
  return {
    actors: [...dataset.actors].sort((a, b) => involved(b) - involved(a) || a.name.localeCompare(b.name)),
    kinds: EVENT_KINDS.filter((k) => kinds.has(k)),
    stages: AMOUNT_STAGES.filter((s) => stages.has(s)),
    extent: Number.isFinite(min) ? { min: dayToIso(min), max: dayToIso(max) } : null,
    months: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, events]) => ({ month, events })),
    widest: {
      kindEvents: most(kinds),
      stageFigures: most(stages),
      actorEvents: most(involvement),
      actorFigures: most(actorFigures),
    },
  };
}

const DATES: [string, DatePrecision][] = [
  ['2023-09-28', 'day'],
  ['2023-10-01', 'week'],
  ['2023-09', 'month'],
  ['2024', 'year'],
  ['2022-02-24', 'day'],
];
const ACTORS: Actor[] = ['Ann', 'Bo', 'Cy'].map((name, i) => ({
  id: `a${String(i)}`,
  name,
  type: i === 2 ? 'organization' : 'person',
  aliases: [],
}));

const arbitraryValidDataset = fc
  .record({
    events: fc.array(
      fc.record({
        date: fc.nat(DATES.length - 1),
        kind: fc.constantFrom(...EVENT_KINDS),
        actors: fc.array(fc.constantFrom(...ACTORS.map((a) => a.id)), { maxLength: 4 }),
      }),
      { maxLength: 12 },
    ),
    amounts: fc.array(fc.record({ event: fc.nat(), stage: fc.constantFrom(...AMOUNT_STAGES) }), {
      maxLength: 10,
    }),
  })
  .map(({ events, amounts }): Dataset => {
    const made = events.map((e, i) => {
      const [date, datePrecision] = DATES[e.date] ?? ['2023-09-28', 'day'];
      return makeEvent({ id: `e${String(i)}`, date, datePrecision, kind: e.kind, actors: e.actors });
    });
    return {
      ...bundled,
      actors: ACTORS,
      events: made,
      amounts:
        made.length === 0
          ? []
          : amounts.map((a, j) =>
              makeAmount({
                id: `f${String(j)}`,
                eventId: made[a.event % made.length]?.id ?? '',
                stage: a.stage,
              }),
            ),
    };
  });

describe('datasetFacets', () => {
  it('counts what a count by string keys counts, for any valid dataset', () => {
    fc.assert(
      fc.property(arbitraryValidDataset, (dataset) => {
        const facets = datasetFacets(dataset);
        const expected = reference(dataset);
        expect(facets.actorGroups.flatMap((g) => g.actors).map((a) => a.id)).toEqual(
          // Grouped by type in ACTOR_TYPES order, each group in the reference's order.
          [...expected.actors]
            .sort((a, b) => (a.type === b.type ? 0 : a.type === 'person' ? -1 : 1))
            .map((a) => a.id),
        );
        expect(facets.kinds).toEqual(expected.kinds);
        expect(facets.stages).toEqual(expected.stages);
        expect(facets.extent).toEqual(expected.extent);
        expect(facets.months).toEqual(expected.months);
        expect(facets.widest).toEqual(expected.widest);
      }),
    );
  });

  it('counts the bundled dataset as the plain count does', () => {
    const expected = reference(bundled);
    expect(datasetFacets(bundled).months).toEqual(expected.months);
    expect(datasetFacets(bundled).widest).toEqual(expected.widest);
  });
});
