import type { AmountStage, EventKind } from '../../data/schema';
import type { ActorMatch, Filters } from '../../state/filtersSlice';

/** The last change a person made to the filters, so an empty result can offer to undo just that. */
export type FilterChange =
  | { type: 'actor'; id: string; added: boolean }
  | { type: 'kind'; kind: EventKind; added: boolean }
  | { type: 'stage'; stage: AmountStage; added: boolean }
  | { type: 'match'; to: ActorMatch }
  | { type: 'actors' | 'kinds' | 'stages' | 'dates' | 'text' };

function listChange<T>(prev: readonly T[], next: readonly T[]): { item: T; added: boolean } | null {
  const added = next.filter((x) => !prev.includes(x));
  const removed = prev.filter((x) => !next.includes(x));
  if (added.length === 1 && removed.length === 0 && added[0] !== undefined)
    return { item: added[0], added: true };
  if (removed.length === 1 && added.length === 0 && removed[0] !== undefined)
    return { item: removed[0], added: false };
  return null;
}

/** What changed between two filter states; null when nothing did, or several things at once. */
export function lastFilterChange(prev: Filters, next: Filters): FilterChange | null {
  const changes: FilterChange[] = [];
  if (prev.actors !== next.actors) {
    const c = listChange(prev.actors, next.actors);
    changes.push(c === null ? { type: 'actors' } : { type: 'actor', id: c.item, added: c.added });
  }
  if (prev.kinds !== next.kinds) {
    const c = listChange(prev.kinds, next.kinds);
    changes.push(c === null ? { type: 'kinds' } : { type: 'kind', kind: c.item, added: c.added });
  }
  if (prev.stages !== next.stages) {
    const c = listChange(prev.stages, next.stages);
    changes.push(c === null ? { type: 'stages' } : { type: 'stage', stage: c.item, added: c.added });
  }
  if (prev.actorMatch !== next.actorMatch) changes.push({ type: 'match', to: next.actorMatch });
  if (prev.from !== next.from || prev.to !== next.to) changes.push({ type: 'dates' });
  if (prev.text !== next.text) changes.push({ type: 'text' });
  return changes.length === 1 ? (changes[0] ?? null) : null;
}

const without = <T>(list: readonly T[], item: T) => list.filter((x) => x !== item);

/** The filters patch that takes back a change: removes what was added, restores what was removed, clears the rest. */
export function undoChange(change: FilterChange, f: Filters): Partial<Filters> {
  switch (change.type) {
    case 'actor':
      return { actors: change.added ? without(f.actors, change.id) : [...f.actors, change.id] };
    case 'kind':
      return { kinds: change.added ? without(f.kinds, change.kind) : [...f.kinds, change.kind] };
    case 'stage':
      return { stages: change.added ? without(f.stages, change.stage) : [...f.stages, change.stage] };
    case 'actors':
      return { actors: [] };
    case 'kinds':
      return { kinds: [] };
    case 'stages':
      return { stages: [] };
    case 'match':
      return { actorMatch: change.to === 'all' ? 'any' : 'all' };
    case 'dates':
      return { from: null, to: null };
    case 'text':
      return { text: '' };
  }
}

/** The label of the button that takes back a change. */
export function undoLabel(change: FilterChange, actorName: (id: string) => string): string {
  switch (change.type) {
    case 'actor':
      return change.added ? `Remove ${actorName(change.id)}` : `Add back ${actorName(change.id)}`;
    case 'kind':
      return change.added ? `Remove kind “${change.kind}”` : `Add back kind “${change.kind}”`;
    case 'stage':
      return change.added ? `Remove stage “${change.stage}”` : `Add back stage “${change.stage}”`;
    case 'actors':
      return 'Clear the actor filter';
    case 'kinds':
      return 'Clear the kind filter';
    case 'stages':
      return 'Clear the stage filter';
    case 'match':
      return change.to === 'all' ? 'Match any of the actors' : 'Match all of the actors';
    case 'dates':
      return 'Clear the dates';
    case 'text':
      return 'Clear the search text';
  }
}
