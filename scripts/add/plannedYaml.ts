/**
 * The YAML texts of a plan: the drafted entries appended to sources.yaml and annotations.yaml, each
 * with its draft mark first, and the sources already listed.
 */
import { parseDocument } from 'yaml';
import type { ActorAnnotation } from '../compile/annotationSchema';
import type { SourceSpec } from '../compile/sourcesSchema';
import type { Drafts } from './draftTypes';
import { appendToList } from './yamlText';

export interface Planned {
  sources: SourceSpec[];
  actors: ActorAnnotation[];
  drafts: Drafts;
  /** Ids of the events drafted in this run (as keys), before any was left out. */
  eventIds: Record<string, true>;
}

export interface Counts {
  sources: number;
  actors: number;
  events: number;
  amounts: number;
  ignore: number;
}

/** `draft: true` right under the id, where a reader of the file sees it first. */
function draftFirst(entry: object): object {
  const { draft, ...rest } = entry as { draft?: boolean; id?: string };
  if (draft === undefined) return entry;
  return rest.id === undefined ? { draft, ...rest } : { id: rest.id, draft, ...rest };
}

export function render(sourcesText: string, annotationsText: string, planned: Planned, sourceFile: string) {
  const heading = `Drafted by npm run add from ${sourceFile}: review with npm run review`;
  return {
    sources: appendToList(
      sourcesText,
      ['sources'],
      planned.sources.map((s) => draftFirst(plainSource(s))),
    ),
    annotations: [
      ['actors', planned.actors] as const,
      ['events', planned.drafts.events] as const,
      ['amounts', planned.drafts.amounts] as const,
      ['ignore', planned.drafts.ignore] as const,
    ].reduce(
      (text, [key, items]) => appendToList(text, [key], items.map(draftFirst), heading),
      annotationsText,
    ),
  };
}

/** The source entry as written: defaults (no agencies, nothing excluded, not citable) left out. */
export function plainSource(spec: SourceSpec): Record<string, unknown> {
  const { agencies, excluded, ...rest } = spec;
  return {
    ...rest,
    ...(agencies.length > 0 ? { agencies } : {}),
    ...(excluded.length > 0
      ? { excluded: excluded.map(({ citable, ...e }) => (citable ? { ...e, citable } : e)) }
      : {}),
  };
}

/** The `id` and `file` of each entry of sources.yaml (nothing when it does not parse yet). */
export function listedSources(sourcesText: string): { id: string; file: string }[] {
  const data: unknown = parseDocument(sourcesText).toJS();
  if (typeof data !== 'object' || data === null || !('sources' in data) || !Array.isArray(data.sources))
    return [];
  return (data.sources as unknown[]).flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id, file } = entry as { id?: unknown; file?: unknown };
    return typeof id === 'string' && typeof file === 'string' ? [{ id, file }] : [];
  });
}
