/** Drafts the compiler refuses are left out of a plan, each with a note saying which and why. */
import { ANNOTATIONS_PATH, SOURCES_PATH } from '../compile/compileDataset';
import type { Problem } from '../compile/problems';
import type { Counts, Planned } from './plannedYaml';

/** Which appended entry a problem is about: `events[12]...` with 12 >= the count before the drafts. */
function draftIndexOf(problem: Problem, key: string, firstDraft: number): number | null {
  const match = new RegExp(`^${key}\\[(\\d+)\\]`).exec(problem.path);
  if (!match) return null;
  const index = Number(match[1]);
  return index >= firstDraft ? index - firstDraft : null;
}

/**
 * Leaves out the drafts the compiler refuses, the figures of a refused event and merge suggestions
 * naming it, and excluded spans of a new source whose marker does not resolve. Says which and why.
 * Returns false when nothing could be left out (the problem is in curated entries).
 */
export function dropRefused(
  planned: Planned,
  problems: readonly Problem[],
  before: Counts,
  notes: string[],
): boolean {
  let dropped = false;
  const indexesOf = (key: string, file: string) => {
    const found = new Map<number, string>();
    for (const problem of problems) {
      const i = problem.file === file ? draftIndexOf(problem, key, before[key as keyof Counts]) : null;
      if (i !== null && !found.has(i)) found.set(i, problem.message);
    }
    return [...found].sort((a, b) => b[0] - a[0]);
  };
  const leaveOut = <T>(list: T[], key: string, name: (entry: T) => string) => {
    for (const [i, message] of indexesOf(key, ANNOTATIONS_PATH)) {
      const [entry] = list.splice(i, 1);
      if (entry === undefined) continue;
      dropped = true;
      notes.push(`left out the drafted ${key.replace(/s$/, '')} ${name(entry)}: ${message}`);
    }
  };
  leaveOut(planned.drafts.events, 'events', (e) => e.id);
  leaveOut(planned.drafts.amounts, 'amounts', (a) => a.id);
  leaveOut(planned.drafts.ignore, 'ignore', (e) => `for "${e.mention}"`);
  leaveOut(planned.actors, 'actors', (a) => a.id);

  for (const problem of problems) {
    const i = problem.file === SOURCES_PATH ? draftIndexOf(problem, 'sources', before.sources) : null;
    const j = /\.excluded\[(\d+)\]/.exec(problem.path)?.[1];
    const spec = i === null ? undefined : planned.sources[i];
    if (!spec || j === undefined) continue;
    const [span] = spec.excluded.splice(Number(j), 1);
    if (!span) continue;
    dropped = true;
    notes.push(`left out an excluded span of ${spec.id} (${span.reason}): ${problem.message}`);
  }

  const events = new Set(planned.drafts.events.map((e) => e.id));
  const drafted = (id: string) => id in planned.eventIds;
  planned.drafts.amounts = planned.drafts.amounts.filter((a) => {
    const orphan = drafted(a.event) && !events.has(a.event);
    if (orphan) notes.push(`left out the drafted amount ${a.id}: its event ${a.event} was left out`);
    return !orphan;
  });
  for (const event of planned.drafts.events) {
    const kept = event.mergeWith?.filter((id) => !drafted(id) || events.has(id));
    if (kept === undefined) continue;
    if (kept.length > 0) event.mergeWith = kept;
    else delete event.mergeWith;
  }
  return dropped;
}
