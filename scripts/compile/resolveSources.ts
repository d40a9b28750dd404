import type { Source } from '../../src/data/schema';
import type { Problem } from './problems';
import type { ExcludedSpec, SourceSpec } from './sourcesSchema';
import { collapseWhitespace, findAllNormalized, type CollapsedText, type Range } from './textSearch';
import { problemAt, type YamlFile } from './yamlFile';

export interface ExcludedSpan extends Range {
  reason: string;
  citable: boolean;
}

/** A source with its text loaded and its markers turned into offsets. */
export interface ResolvedSource {
  spec: SourceSpec;
  /** The whole file's text (a file may hold several sources). */
  text: string;
  collapsed: CollapsedText;
  /** This source's part of the file. */
  span: Range;
  excluded: ExcludedSpan[];
}

function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

function resolveSpan(
  spec: SourceSpec,
  text: string,
  collapsed: CollapsedText,
  at: (field: string, message: string) => Problem,
): { span: Range; problems: Problem[] } {
  const problems: Problem[] = [];
  let start = 0;
  let end = text.length;
  if (spec.span?.startsAt !== undefined) {
    const found = findAllNormalized(collapsed, spec.span.startsAt, { start: 0, end: text.length })[0];
    if (found) start = found.start;
    else problems.push(at('startsAt', `"${spec.span.startsAt}" is not in ${spec.file}`));
  }
  if (spec.span?.endsBefore !== undefined) {
    const found = findAllNormalized(collapsed, spec.span.endsBefore, { start, end: text.length })[0];
    if (found) end = found.start;
    else problems.push(at('endsBefore', `"${spec.span.endsBefore}" is not in ${spec.file} after the start`));
  }
  return { span: trimRange(text, { start, end }), problems };
}

function linesEqualTo(text: string, wanted: string, within: Range): Range[] {
  const found: Range[] = [];
  let lineStart = within.start;
  while (lineStart <= within.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > within.end) lineEnd = within.end;
    if (text.slice(lineStart, lineEnd).trim() === wanted.trim())
      found.push(trimRange(text, { start: lineStart, end: lineEnd }));
    lineStart = lineEnd + 1;
  }
  return found;
}

function resolveExcluded(spec: ExcludedSpec, text: string, collapsed: CollapsedText, span: Range): Range[] {
  let ranges: Range[] = [];
  if (spec.text !== undefined) ranges = findAllNormalized(collapsed, spec.text, span);
  else if (spec.line !== undefined) ranges = linesEqualTo(text, spec.line, span);
  else if (spec.from !== undefined && spec.to !== undefined) {
    const from = findAllNormalized(collapsed, spec.from, span)[0];
    const to = from
      ? findAllNormalized(collapsed, spec.to, { start: from.start, end: span.end })[0]
      : undefined;
    if (from && to) ranges = [{ start: from.start, end: to.end }];
  }
  if (spec.occurrence !== undefined) {
    const only = ranges[spec.occurrence - 1];
    ranges = only ? [only] : [];
  }
  return ranges;
}

/** Loads each source's text and resolves its span and excluded parts; reports markers not found. */
export function resolveSources(
  yaml: YamlFile,
  specs: readonly SourceSpec[],
  readText: (file: string) => string | null | { problem: string },
): { sources: ResolvedSource[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const sources: ResolvedSource[] = [];
  const seen = new Set<string>();
  specs.forEach((spec, i) => {
    const base = ['sources', i];
    if (seen.has(spec.id))
      problems.push(problemAt(yaml, [...base, 'id'], `duplicate source id "${spec.id}"`));
    seen.add(spec.id);
    const text = readText(spec.file);
    if (text === null || typeof text !== 'string') {
      const message = text === null ? `file ${spec.file} does not exist` : text.problem;
      problems.push(problemAt(yaml, [...base, 'file'], message));
      return;
    }
    const collapsed = collapseWhitespace(text);
    const spanResult = resolveSpan(spec, text, collapsed, (field, message) =>
      problemAt(yaml, [...base, 'span', field], message),
    );
    problems.push(...spanResult.problems);
    const excluded: ExcludedSpan[] = [];
    spec.excluded.forEach((excludedSpec, j) => {
      const ranges = resolveExcluded(excludedSpec, text, collapsed, spanResult.span);
      if (ranges.length === 0) {
        const what =
          excludedSpec.text ?? excludedSpec.line ?? `${excludedSpec.from ?? ''} ... ${excludedSpec.to ?? ''}`;
        problems.push(
          problemAt(yaml, [...base, 'excluded', j], `"${what}" is not in the text of source ${spec.id}`),
        );
      }
      for (const range of ranges)
        excluded.push({ ...range, reason: excludedSpec.reason, citable: excludedSpec.citable });
    });
    excluded.sort((a, b) => a.start - b.start || a.end - b.end);
    sources.push({ spec, text, collapsed, span: spanResult.span, excluded });
  });
  return { sources, problems };
}

/** The source as published in the dataset. */
export function toDatasetSource(source: ResolvedSource): Source {
  const { spec } = source;
  return {
    id: spec.id,
    file: spec.file,
    title: spec.title,
    published: spec.published,
    publishedBasis: spec.publishedBasis,
    publishedNote: spec.publishedNote,
    outlet: spec.outlet,
    ...(spec.url === undefined ? {} : { url: spec.url }),
    agencies: spec.agencies,
    span: { start: source.span.start, end: source.span.end },
    excluded: source.excluded.map(({ start, end, reason }) => ({ start, end, reason })),
    ...(spec.draft === true ? { draft: true } : {}),
  };
}
