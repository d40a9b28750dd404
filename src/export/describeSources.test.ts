import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../data/schema';
import { describeSources, sourcesUsed } from './describeSources';
import { fixtureDataset } from '../test/exportDataset';
import { defined } from '../test/defined';

describe('sourcesUsed', () => {
  it('the fixture is a valid dataset', () => {
    expect(datasetSchema.safeParse(fixtureDataset).success).toBe(true);
  });

  it('keeps the sources cited by shown events and figures, in dataset order', () => {
    const [visit, contract] = fixtureDataset.events.map((e) => defined(e, 'an event'));
    expect(
      sourcesUsed(fixtureDataset, [defined(contract, 'the contract event')], []).map((s) => s.id),
    ).toEqual(['src-a', 'src-b']);
    expect(sourcesUsed(fixtureDataset, [defined(visit, 'the visit event')], []).map((s) => s.id)).toEqual([
      'src-a',
    ]);
    expect(sourcesUsed(fixtureDataset, [], fixtureDataset.amounts.slice(1)).map((s) => s.id)).toEqual([
      'src-b',
    ]);
  });
});

describe('describeSources', () => {
  it('names each article with its outlet and date when known', () => {
    const sources = sourcesUsed(fixtureDataset, fixtureDataset.events, []);
    expect(describeSources(sources)).toBe(
      'Sources: “Stoltenberg in Kyiv” (DOD News, 2023-04-20); “Contracts <signed> & "firm" orders”.',
    );
  });

  it('uses the singular for one source and says when there is none', () => {
    expect(describeSources(fixtureDataset.sources.slice(0, 1))).toMatch(/^Source: /);
    expect(describeSources([])).toBe('Sources: none (nothing is shown with the current filters).');
  });
});
