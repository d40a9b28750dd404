import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/schema';
import { describeEvent } from './describeEvent';
import { makeActors, makeAmount, makeEvent } from '../../test/syntheticEvents';
import { datasetLookups } from '../../model/lookups';

describe('describeEvent', () => {
  const event = makeEvent({
    id: 'visit',
    date: '2023-09-28',
    dateBasis: 'inferred',
    kind: 'visit',
    title: 'Stoltenberg visits Kyiv',
    actors: ['actor-0', 'actor-1'],
  });
  const dataset: Dataset = {
    schemaVersion: 1,
    title: 't',
    sources: [],
    actors: makeActors(2),
    events: [event],
    amounts: [],
    flags: [],
  };

  it('says the date and how it is known, the title, kind, actors and position', () => {
    expect(describeEvent(event, 4, 29, datasetLookups(dataset))).toBe(
      '28 Sep 2023 (inferred): Stoltenberg visits Kyiv. Visit, Actor 0, Actor 1. Event 5 of 29.',
    );
  });

  it('counts the figures of the event', () => {
    const withFigure: Dataset = {
      ...dataset,
      amounts: [makeAmount({ id: 'a', eventId: 'visit', label: 'A package' })],
    };
    expect(describeEvent(event, 0, 1, datasetLookups(withFigure))).toContain('1 figure.');
  });
});
