import type { Actor } from '../../data/schema';
import { parseIsoDay, parsePartialDate, dayToIso } from '../../state/dateSpan';
import type { Filters } from '../../state/filtersSlice';
import { searchTerms } from '../../state/searchText';

/** Words for what the filters select, for the summary line and the filters' disclosure button. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d, month: MONTHS[m - 1] ?? '' };
};

/** `28 Sep 2023` */
export function formatDay(iso: string): string {
  const { y, d, month } = parts(iso);
  return `${d} ${month} ${y}`;
}

const isFirstOfMonth = (iso: string) => iso.endsWith('-01');
const isLastOfMonth = (iso: string) => parsePartialDate(iso.slice(0, 7))?.end === parseIsoDay(iso);

/** A date range in few words: "Sep 2023", "2023", "1–15 Sep 2023", "from 1 Sep 2023". */
export function describeDateRange(from: string | null, to: string | null): string | null {
  if (from === null && to === null) return null;
  if (to === null) return `from ${formatDay(from ?? '')}`;
  if (from === null) return `until ${formatDay(to)}`;
  const a = parts(from);
  const b = parts(to);
  if (from === to) return formatDay(from);
  if (isFirstOfMonth(from) && isLastOfMonth(to)) {
    if (a.m === 1 && b.m === 12) return a.y === b.y ? `${a.y}` : `${a.y}–${b.y}`;
    if (a.y === b.y && a.m === b.m) return `${a.month} ${a.y}`;
    return a.y === b.y ? `${a.month}–${b.month} ${a.y}` : `${a.month} ${a.y} – ${b.month} ${b.y}`;
  }
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${a.month} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${a.month} – ${b.d} ${b.month} ${a.y}`;
  return `${formatDay(from)} – ${formatDay(to)}`;
}

/** `2023-09` as "Sep 2023". */
export function formatMonth(month: string): string {
  const { y, month: name } = parts(`${month}-01`);
  return `${name} ${y}`;
}

/** The first and last day of a month (`2023-09` -> 2023-09-01, 2023-09-30). */
export function monthRange(month: string): { from: string; to: string } | null {
  const span = parsePartialDate(month);
  return span === null ? null : { from: dayToIso(span.start), to: dayToIso(span.end) };
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
  const dates = describeDateRange(f.from, f.to);
  if (dates !== null) phrases.push(dates);
  const text = f.text.trim();
  if (text !== '') phrases.push(`text “${text}”`);
  return phrases;
}
