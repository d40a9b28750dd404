import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../state/filtersSlice';
import { describeCounts, describeDates, describeFilters, describeWindow } from './describeFilters';
import { fixtureDataset } from '../test/exportDataset';

describe('describeFilters', () => {
  it('says when nothing is filtered', () => {
    expect(describeFilters(emptyFilters, fixtureDataset)).toBe('No filters. Dates: all dates.');
  });

  it('names actors by name, joined by how they must match', () => {
    const any = { ...emptyFilters, actors: ['nato', 'united-states'] };
    expect(describeFilters(any, fixtureDataset)).toBe(
      'Filters: actors NATO or United States. Dates: all dates.',
    );
    const all = { ...any, actorMatch: 'all' as const };
    expect(describeFilters(all, fixtureDataset)).toContain('actors NATO and United States');
  });

  it('falls back to the id of an actor the dataset does not know', () => {
    expect(describeFilters({ ...emptyFilters, actors: ['gone'] }, fixtureDataset)).toContain('actor gone');
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
    expect(describeFilters(filters, fixtureDataset)).toBe(
      'Filters: event kinds contract, visit; stage announced; text “kyiv”. Dates: 2023-09-01 to 2023-12-31.',
    );
  });
});

describe('describeDates', () => {
  it('handles open ends and a single day', () => {
    expect(describeDates('2023-09-01', null)).toBe('from 2023-09-01');
    expect(describeDates(null, '2023-12-31')).toBe('up to 2023-12-31');
    expect(describeDates('2023-09-01', '2023-09-01')).toBe('on 2023-09-01');
  });
});

describe('describeCounts and describeWindow', () => {
  it('counts what is shown against the dataset', () => {
    expect(describeCounts({ events: 1, amounts: 0 }, fixtureDataset)).toBe(
      '1 of 2 events, 0 of 2 figures shown.',
    );
  });

  it('states the zoom window in UTC days, or nothing when the timeline fits all', () => {
    expect(describeWindow(null)).toBeNull();
    expect(describeWindow([Date.UTC(2023, 0, 1), Date.UTC(2023, 5, 30, 23)])).toBe(
      'Timeline zoomed to 2023-01-01 to 2023-06-30.',
    );
  });
});
