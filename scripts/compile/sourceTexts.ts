/**
 * The source texts the app's source reader shows: one JSON file per source beside the dataset
 * (public/data/sources/<id>.json, see src/data/sourceText.ts), with the parts that are not news and the
 * money and date mentions nothing covers, so a reader sees what the curators have not yet annotated.
 */
import { sourceTextSchema, sourceTextUrl, type SourceText } from '../../src/data/sourceText';
import type { CoverageReport } from './coverage';
import { DATASET_PATH, serializeJson } from './outputs';
import type { ResolvedSource } from './resolveSources';

/** The folder the source texts are written to; nothing else is kept there. */
export const SOURCE_TEXTS_DIR = 'public/data/sources';

export interface OutputFile {
  path: string;
  text: string;
}

function sourceText(source: ResolvedSource, coverage: CoverageReport): SourceText {
  const { id } = source.spec;
  const { start, end } = source.span;
  return sourceTextSchema.parse({
    schemaVersion: 1,
    source: id,
    offset: start,
    text: source.text.slice(start, end),
    excluded: source.excluded.map((x) => ({ start: x.start, end: x.end, reason: x.reason })),
    uncovered: coverage.mentions
      .filter((m) => m.source === id && m.status === 'uncovered')
      .map((m) => ({ start: m.start, end: m.end, kind: m.kind, text: m.text }))
      .sort((a, b) => a.start - b.start || a.end - b.end),
  });
}

/** One file per source, at the path the app derives from the dataset's (sourceTextUrl). */
export function sourceTextFiles(sources: readonly ResolvedSource[], coverage: CoverageReport): OutputFile[] {
  return sources.map((source) => ({
    path: sourceTextUrl(DATASET_PATH, source.spec.id),
    text: serializeJson(sourceText(source, coverage)),
  }));
}
