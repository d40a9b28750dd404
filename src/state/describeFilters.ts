/**
 * The filters in words, from one description of what they choose: short phrases for the summary line
 * and the filters' disclosure button ("actors: Stoltenberg, Zelensky", "Sep 2023"), and the sentence
 * that captions an exported image ("Filters: actors Jens Stoltenberg or Volodymyr Zelensky. Dates: …").
 */
import type { Actor, AmountStage, EventKind } from '../data/schema';
import { formatDateRange } from '../model/dates';
import { KIND_LABELS } from '../model/eventKinds';
import type { Lookups } from '../model/lookups';
import type { DraftChoice, Filters } from './filtersSlice';
import { searchTerms } from './searchText';

/** What the filters choose, with the chosen actors' names. */
export interface FilterChoice {
  actors: { id: string; name: string; shortName: string }[];
  /** Whether an event needs every chosen actor (rather than any). */
  everyActor: boolean;
  kinds: readonly EventKind[];
  stages: readonly AmountStage[];
  /** Inclusive ISO dates, or null for an open end. */
  from: string | null;
  to: string | null;
  /** The search text, trimmed ('' for none). */
  text: string;
  /** Whether only drafts, or no drafts, are shown ('all' for no choice). */
  drafts: DraftChoice;
}

/** A person by family name ("Stoltenberg"), anything else by its name. */
export function actorShortName(actor: Pick<Actor, 'name' | 'type'>): string {
  if (actor.type !== 'person') return actor.name;
  return actor.name.trim().split(/\s+/).at(-1) ?? actor.name;
}

/** What the filters choose; an actor the dataset does not know is named by its id. */
export function filterChoice(f: Filters, lookups: Lookups): FilterChoice {
  return {
    actors: f.actors.map((id) => {
      const actor = lookups.actorsById.get(id);
      return { id, name: actor?.name ?? id, shortName: actor === undefined ? id : actorShortName(actor) };
    }),
    everyActor: f.actorMatch === 'all',
    kinds: f.kinds,
    stages: f.stages,
    from: f.from,
    to: f.to,
    text: f.text.trim(),
    drafts: f.drafts,
  };
}

/** How many choices are active: each actor, kind and stage, the date range, the search text and drafts. */
export function activeFilterCount(f: Filters): number {
  return (
    f.actors.length +
    f.kinds.length +
    f.stages.length +
    (f.from !== null || f.to !== null ? 1 : 0) +
    (searchTerms(f.text).length > 0 ? 1 : 0) +
    (f.drafts !== 'all' ? 1 : 0)
  );
}

const MAX_NAMES = 4;
const DRAFT_PHRASES = { only: 'unreviewed drafts only', hide: 'drafts hidden' } as const;

function listOf(names: readonly string[]): string {
  if (names.length <= MAX_NAMES) return names.join(', ');
  return `${names.slice(0, MAX_NAMES).join(', ')} and ${names.length - MAX_NAMES} more`;
}

/** The choice as short phrases: "actors: Stoltenberg, Zelensky", "Sep 2023", "text “kyiv”". */
export function filterPhrases(choice: FilterChoice): string[] {
  const phrases: string[] = [];
  if (choice.actors.length > 0) {
    const label = choice.everyActor && choice.actors.length > 1 ? 'actors (all of)' : 'actors';
    phrases.push(`${label}: ${listOf(choice.actors.map((a) => a.shortName))}`);
  }
  // Kinds by the names the key and the filters give them ("Military action"), not their ids.
  if (choice.kinds.length > 0) phrases.push(`kinds: ${listOf(choice.kinds.map((k) => KIND_LABELS[k]))}`);
  if (choice.stages.length > 0) phrases.push(`stages: ${listOf(choice.stages)}`);
  const dates = formatDateRange(choice.from, choice.to);
  if (dates !== null) phrases.push(dates);
  if (choice.text !== '') phrases.push(`text “${choice.text}”`);
  if (choice.drafts !== 'all') phrases.push(DRAFT_PHRASES[choice.drafts]);
  return phrases;
}

/** The date range for a caption, in ISO dates: "2023-09-01 to 2023-12-31", "from 2023-09-01", "all dates". */
export function captionDates(from: string | null, to: string | null): string {
  if (from !== null && to !== null) return from === to ? `on ${from}` : `${from} to ${to}`;
  if (from !== null) return `from ${from}`;
  if (to !== null) return `up to ${to}`;
  return 'all dates';
}

/**
 * The choice as one sentence for a caption, e.g.
 * `Filters: actors NATO or Ukraine; event kinds contract; text “kyiv”. Dates: 2023-09-01 to 2023-12-31.`
 */
export function filterCaption(choice: FilterChoice): string {
  const parts: string[] = [];
  const { actors, kinds, stages } = choice;
  if (actors.length > 0) {
    const names = actors.map((a) => a.name).join(choice.everyActor ? ' and ' : ' or ');
    parts.push(`${actors.length > 1 ? 'actors' : 'actor'} ${names}`);
  }
  if (kinds.length > 0) parts.push(`${kinds.length > 1 ? 'event kinds' : 'event kind'} ${kinds.join(', ')}`);
  if (stages.length > 0) parts.push(`${stages.length > 1 ? 'stages' : 'stage'} ${stages.join(', ')}`);
  if (choice.text !== '') parts.push(`text “${choice.text}”`);
  if (choice.drafts !== 'all') parts.push(DRAFT_PHRASES[choice.drafts]);
  const filterPart = parts.length === 0 ? 'No filters' : `Filters: ${parts.join('; ')}`;
  return `${filterPart}. Dates: ${captionDates(choice.from, choice.to)}.`;
}
