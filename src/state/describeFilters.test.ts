import { describe, expect, it } from 'vitest';
import { datasetLookups } from '../model/lookups';
import { fixtureDataset } from '../test/exportDataset';
import {
  activeFilterCount,
  actorShortName,
  captionDates,
  filterCaption,
  filterChoice,
  filterPhrases,
} from './describeFilters';
import { emptyFilters, type Filters } from './filtersSlice';

const lookups = datasetLookups({
  ...fixtureDataset,
  actors: [
    { id: 'stoltenberg', name: 'Jens Stoltenberg', type: 'person', aliases: [] },
    { id: 'zelensky', name: 'Volodymyr Zelensky', type: 'person', aliases: [] },
    ...fixtureDataset.actors,
  ],
});
const describeFilters = (f: Filters) => filterPhrases(filterChoice(f, lookups));
const caption = (f: Filters) => filterCaption(filterChoice(f, lookups));

describe('filterPhrases', () => {
  it('says nothing without filters', () => {
    expect(describeFilters(emptyFilters)).toEqual([]);
  });

  it('lists actors by short name, the dates and the text', () => {
    const f = {
      ...emptyFilters,
      actors: ['stoltenberg', 'zelensky'],
      from: '2023-09-01',
      to: '2023-09-30',
      text: ' kyiv ',
    };
    expect(describeFilters(f)).toEqual(['actors: Stoltenberg, Zelensky', 'Sep 2023', 'text “kyiv”']);
  });

  it('says when every selected actor must take part', () => {
    const f = { ...emptyFilters, actors: ['nato', 'united-states'], actorMatch: 'all' as const };
    expect(describeFilters(f)).toEqual(['actors (all of): NATO, United States']);
  });

  it('shortens long lists', () => {
    const f = {
      ...emptyFilters,
      kinds: ['visit', 'meeting', 'statement', 'attack', 'budget', 'report'] as const,
    };
    expect(describeFilters({ ...f, kinds: [...f.kinds] })).toEqual([
      'kinds: Visit, Meeting, Statement, Attack and 2 more',
    ]);
    expect(describeFilters({ ...emptyFilters, kinds: ['military'] })).toEqual(['kinds: Military action']);
  });
});

describe('the draft choice in words', () => {
  it('is counted, phrased and captioned when it narrows', () => {
    const only = { ...emptyFilters, drafts: 'only' as const };
    expect(activeFilterCount(only)).toBe(1);
    expect(describeFilters(only)).toEqual(['unreviewed drafts only']);
    expect(caption({ ...emptyFilters, drafts: 'hide' })).toBe('Filters: drafts hidden. Dates: all dates.');
  });
});

describe('activeFilterCount', () => {
  it('counts every chosen value, the date range once and the text once', () => {
    expect(activeFilterCount(emptyFilters)).toBe(0);
    expect(
      activeFilterCount({
        ...emptyFilters,
        actors: ['a', 'b'],
        kinds: ['visit'],
        from: '2023-01-01',
        to: '2023-02-01',
        text: 'x y',
      }),
    ).toBe(5);
    expect(activeFilterCount({ ...emptyFilters, actorMatch: 'all', text: '  ' })).toBe(0);
  });
});

describe('actorShortName', () => {
  it('uses family names for people only', () => {
    expect(actorShortName({ name: 'Jens Stoltenberg', type: 'person' })).toBe('Stoltenberg');
    expect(actorShortName({ name: 'United States', type: 'country' })).toBe('United States');
  });
});

describe('filterCaption', () => {
  it('says when nothing is filtered', () => {
    expect(caption(emptyFilters)).toBe('No filters. Dates: all dates.');
  });

  it('names actors by name, joined by how they must match', () => {
    const any = { ...emptyFilters, actors: ['nato', 'united-states'] };
    expect(caption(any)).toBe('Filters: actors NATO or United States. Dates: all dates.');
    const all = { ...any, actorMatch: 'all' as const };
    expect(caption(all)).toContain('actors NATO and United States');
  });

  it('falls back to the id of an actor the dataset does not know', () => {
    expect(caption({ ...emptyFilters, actors: ['gone'] })).toContain('actor gone');
  });

  it('lists kinds, stages, text and the date range', () => {
    const filters = {
      ...emptyFilters,
      kinds: ['contract' as const, 'visit' as const],
      stages: ['announced' as const],
      text: '  kyiv ',
      from: '2023-09-01',
      to: '2023-12-31',
    };
    expect(caption(filters)).toBe(
      'Filters: event kinds contract, visit; stage announced; text “kyiv”. Dates: 2023-09-01 to 2023-12-31.',
    );
  });
});

describe('captionDates', () => {
  it('handles open ends and a single day', () => {
    expect(captionDates('2023-09-01', null)).toBe('from 2023-09-01');
    expect(captionDates(null, '2023-12-31')).toBe('up to 2023-12-31');
    expect(captionDates('2023-09-01', '2023-09-01')).toBe('on 2023-09-01');
  });
});
