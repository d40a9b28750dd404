import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../../state/filtersSlice';
import { lastFilterChange, undoChange, undoLabel } from './lastChange';

const name = (id: string) => id.toUpperCase();
const base: Filters = { ...emptyFilters, actors: ['zelensky'], actorMatch: 'all' };

describe('lastFilterChange', () => {
  it('finds an added actor, and undoing it removes only that actor', () => {
    const next = { ...base, actors: ['zelensky', 'shapps'] };
    const change = lastFilterChange(base, next);
    expect(change).toEqual({ type: 'actor', id: 'shapps', added: true });
    if (change === null) return;
    expect(undoChange(change, next)).toEqual({ actors: ['zelensky'] });
    expect(undoLabel(change, name)).toBe('Remove SHAPPS');
  });

  it('finds a removed kind, and undoing it adds it back', () => {
    const prev = { ...base, kinds: ['visit', 'meeting'] as Filters['kinds'] };
    const next = { ...prev, kinds: ['visit'] as Filters['kinds'] };
    const change = lastFilterChange(prev, next);
    expect(change).toEqual({ type: 'kind', kind: 'meeting', added: false });
    if (change === null) return;
    expect(undoChange(change, next)).toEqual({ kinds: ['visit', 'meeting'] });
  });

  it('clears a whole list replaced at once ("only this")', () => {
    const change = lastFilterChange(base, { ...base, actors: ['nato'] });
    expect(change).toEqual({ type: 'actors' });
    if (change === null) return;
    expect(undoChange(change, base)).toEqual({ actors: [] });
  });

  it('clears dates and text, and switches the match mode back', () => {
    const dates = lastFilterChange(base, { ...base, from: '2023-01-01' });
    const text = lastFilterChange(base, { ...base, text: 'x' });
    const match = lastFilterChange(base, { ...base, actorMatch: 'any' });
    expect([dates, text, match]).toEqual([{ type: 'dates' }, { type: 'text' }, { type: 'match', to: 'any' }]);
    if (dates === null || text === null || match === null) return;
    expect(undoChange(dates, base)).toEqual({ from: null, to: null });
    expect(undoChange(text, base)).toEqual({ text: '' });
    expect(undoChange(match, base)).toEqual({ actorMatch: 'all' });
    expect(undoLabel(match, name)).toBe('Match all of the actors');
  });

  it('gives nothing when several filters changed at once, or none', () => {
    expect(lastFilterChange(base, emptyFilters)).toBeNull();
    expect(lastFilterChange(base, base)).toBeNull();
  });
});
