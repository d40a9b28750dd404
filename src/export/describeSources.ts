import type { Amount, Source } from '../data/schema';
import type { LeanDataset, LeanEvent } from '../data/leanDataset';

/** The sources cited by the shown events and figures, in the dataset's order. */
export function sourcesUsed(
  dataset: LeanDataset,
  events: readonly LeanEvent[],
  amounts: readonly Amount[],
): Source[] {
  const cited = new Set<string>();
  for (const item of [...events, ...amounts]) for (const c of item.citations) cited.add(c.source);
  return dataset.sources.filter((s) => cited.has(s.id));
}

function describeSource(source: Source): string {
  const about = [source.outlet, source.published].filter((x): x is string => x !== null && x !== '');
  return about.length > 0 ? `“${source.title}” (${about.join(', ')})` : `“${source.title}”`;
}

/** The source line of an export: `Sources: “Title” (Outlet, 2023-04-20); …`, or a note that none is shown. */
export function describeSources(sources: readonly Source[]): string {
  if (sources.length === 0) return 'Sources: none (nothing is shown with the current filters).';
  return `${sources.length > 1 ? 'Sources' : 'Source'}: ${sources.map(describeSource).join('; ')}.`;
}
