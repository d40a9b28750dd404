import type { Actor } from '../../data/schema';
import { formatDateRange } from '../../model/dates';
import type { Filters } from '../../state/filtersSlice';
import { searchTerms } from '../../state/searchText';

/** Words for what the filters select, for the summary line and the filters' disclosure button. */

/** How many choices are active: each actor, kind and stage, the date range and the search text. */
export function activeFilterCount(f: Filters): number {
  return (
    f.actors.length +
    f.kinds.length +
    f.stages.length +
    (f.from !== null || f.to !== null ? 1 : 0) +
    (searchTerms(f.text).length > 0 ? 1 : 0)
  );
}

/** A person by family name ("Stoltenberg"), anything else by its name. */
export function actorShortName(actor: Pick<Actor, 'name' | 'type'>): string {
  if (actor.type !== 'person') return actor.name;
  return actor.name.trim().split(/\s+/).at(-1) ?? actor.name;
}

const MAX_NAMES = 4;

function listOf(names: string[]): string {
  if (names.length <= MAX_NAMES) return names.join(', ');
  return `${names.slice(0, MAX_NAMES).join(', ')} and ${names.length - MAX_NAMES} more`;
}

/** The active filters as short phrases: "actors: Stoltenberg, Zelensky", "Sep 2023", "text “kyiv”". */
export function describeFilters(f: Filters, actorsById: ReadonlyMap<string, Actor>): string[] {
  const phrases: string[] = [];
  if (f.actors.length > 0) {
    const names = f.actors.map((id) => {
      const actor = actorsById.get(id);
      return actor === undefined ? id : actorShortName(actor);
    });
    const label = f.actorMatch === 'all' && f.actors.length > 1 ? 'actors (all of)' : 'actors';
    phrases.push(`${label}: ${listOf(names)}`);
  }
  if (f.kinds.length > 0) phrases.push(`kinds: ${listOf(f.kinds)}`);
  if (f.stages.length > 0) phrases.push(`stages: ${listOf(f.stages)}`);
  const dates = formatDateRange(f.from, f.to);
  if (dates !== null) phrases.push(dates);
  const text = f.text.trim();
  if (text !== '') phrases.push(`text “${text}”`);
  return phrases;
}
