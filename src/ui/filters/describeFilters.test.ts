import { describe, expect, it } from 'vitest';
import type { Actor } from '../../data/schema';
import { emptyFilters } from '../../state/filtersSlice';
import { activeFilterCount, actorShortName, describeFilters } from './describeFilters';

const actors = new Map<string, Actor>([
  ['stoltenberg', { id: 'stoltenberg', name: 'Jens Stoltenberg', type: 'person', aliases: [] }],
  ['zelensky', { id: 'zelensky', name: 'Volodymyr Zelensky', type: 'person', aliases: [] }],
  ['nato', { id: 'nato', name: 'NATO', type: 'organization', aliases: [] }],
  ['united-states', { id: 'united-states', name: 'United States', type: 'country', aliases: [] }],
]);

describe('describeFilters', () => {
  it('says nothing without filters', () => {
    expect(describeFilters(emptyFilters, actors)).toEqual([]);
  });

  it('lists actors by short name, the dates and the text', () => {
    const f = {
      ...emptyFilters,
      actors: ['stoltenberg', 'zelensky'],
      from: '2023-09-01',
      to: '2023-09-30',
      text: ' kyiv ',
    };
    expect(describeFilters(f, actors)).toEqual(['actors: Stoltenberg, Zelensky', 'Sep 2023', 'text “kyiv”']);
  });

  it('says when every selected actor must take part', () => {
    const f = { ...emptyFilters, actors: ['nato', 'united-states'], actorMatch: 'all' as const };
    expect(describeFilters(f, actors)).toEqual(['actors (all of): NATO, United States']);
  });

  it('shortens long lists', () => {
    const f = {
      ...emptyFilters,
      kinds: ['visit', 'meeting', 'statement', 'attack', 'budget', 'report'] as const,
    };
    expect(describeFilters({ ...f, kinds: [...f.kinds] }, actors)).toEqual([
      'kinds: visit, meeting, statement, attack and 2 more',
    ]);
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
