/**
 * Coverage: every money mention and dated mention the extractor finds in a source's news text should
 * be covered by an annotation, or listed under `ignore:` with a reason.
 */
import type { AidEvent } from '../../src/data/schema';
import type { IgnoredMention } from './annotationSchema';
import type { Problem } from './problems';
import type { AmountDetail } from './readings';
import { isExcluded, type SourceExtraction } from './sourceExtraction';
import { lineColAt, normalizeQuote } from './textSearch';
import { problemAt, type YamlFile } from './yamlFile';

export type MentionKind = 'money' | 'date';
export type MentionStatus = 'covered' | 'ignored' | 'excluded' | 'uncovered';

export interface CoveredMention {
  source: string;
  kind: MentionKind;
  text: string;
  start: number;
  end: number;
  status: MentionStatus;
  /** The ignore reason, or what covers it. */
  note: string | null;
}

export interface Tally {
  found: number;
  covered: number;
  ignored: number;
  excluded: number;
  uncovered: number;
}

export interface SourceCoverage {
  source: string;
  money: Tally;
  dates: Tally;
}

export interface CoverageReport {
  sources: SourceCoverage[];
  mentions: CoveredMention[];
  /** Uncovered mentions and unused ignore entries, as located warnings. */
  warnings: Problem[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function tally(mentions: readonly CoveredMention[], kind: MentionKind): Tally {
  const of = mentions.filter((m) => m.kind === kind);
  const count = (status: MentionStatus) => of.filter((m) => m.status === status).length;
  return {
    found: of.length,
    covered: count('covered'),
    ignored: count('ignored'),
    excluded: count('excluded'),
    uncovered: count('uncovered'),
  };
}

export function computeCoverage(
  extractions: readonly SourceExtraction[],
  events: readonly AidEvent[],
  amounts: readonly AmountDetail[],
  ignore: readonly IgnoredMention[],
  annotations: YamlFile,
): CoverageReport {
  const used = new Set<number>();
  const mentions: CoveredMention[] = [];
  const warnings: Problem[] = [];
  const ignoredBy = (source: string, kind: MentionKind, text: string) => {
    const index = ignore.findIndex(
      (entry) =>
        entry.source === source &&
        entry.kind === kind &&
        normalizeQuote(entry.mention).toLowerCase() === normalizeQuote(text).toLowerCase(),
    );
    if (index >= 0) used.add(index);
    return index >= 0 ? ignore[index] : undefined;
  };

  for (const extraction of extractions) {
    const { source } = extraction;
    const id = source.spec.id;
    const moneyRanges = amounts.flatMap(({ amount, readings }) =>
      readings
        .filter((r) => r.citation.source === id)
        .flatMap((r) => {
          const base = r.citation.start;
          const own = { start: base + r.mention.start, end: base + r.mention.end, by: amount.id };
          const conv = r.mention.converted;
          return conv ? [own, { start: base + conv.start, end: base + conv.end, by: amount.id }] : [own];
        }),
    );
    const citedRanges = [
      ...events.flatMap((e) => e.citations.filter((c) => c.source === id).map((c) => ({ ...c, by: e.id }))),
      ...amounts.flatMap((d) =>
        d.amount.citations.filter((c) => c.source === id).map((c) => ({ ...c, by: d.amount.id })),
      ),
    ];
    const dateline = extraction.dateline;
    const classify = (kind: MentionKind, m: { text: string; start: number; end: number }): CoveredMention => {
      const base = { source: id, kind, text: m.text, start: m.start, end: m.end };
      if (isExcluded(source, m.start, m.end)) {
        const span = source.excluded.find((s) => overlaps(s, m));
        return { ...base, status: 'excluded', note: span?.reason ?? null };
      }
      const ranges = kind === 'money' ? moneyRanges : citedRanges;
      const cover = ranges.find((r) => overlaps(r, m));
      if (cover) return { ...base, status: 'covered', note: cover.by };
      if (
        kind === 'date' &&
        dateline?.start != null &&
        dateline.end != null &&
        overlaps({ start: dateline.start, end: dateline.end }, m)
      )
        return { ...base, status: 'covered', note: 'the dateline' };
      const ignored = ignoredBy(id, kind, m.text);
      if (ignored) return { ...base, status: 'ignored', note: ignored.reason };
      return { ...base, status: 'uncovered', note: null };
    };
    const found = [
      ...extraction.money.map((m) => classify('money', m)),
      ...extraction.dates.map((m) => classify('date', m)),
      ...extraction.unresolved.map((m) => classify('date', m)),
    ];
    mentions.push(...found);
    for (const m of found) {
      if (m.status !== 'uncovered') continue;
      const { line, col } = lineColAt(source.text, m.start);
      const what = m.kind === 'money' ? 'money mention' : 'date mention';
      const cure = m.kind === 'money' ? 'annotate it as an amount' : 'cite it in an event';
      warnings.push({
        file: source.spec.file,
        line,
        col,
        path: id,
        message: `${what} "${m.text}" is not covered: ${cure}, or list it under ignore: with a reason`,
      });
    }
  }
  ignore.forEach((entry, i) => {
    if (!used.has(i))
      warnings.push(
        problemAt(
          annotations,
          ['ignore', i, 'mention'],
          `the extractor finds no uncovered ${entry.kind} mention "${entry.mention}" in ${entry.source}; remove this entry`,
        ),
      );
  });
  const sources = extractions.map((e) => {
    const own = mentions.filter((m) => m.source === e.source.spec.id);
    return { source: e.source.spec.id, money: tally(own, 'money'), dates: tally(own, 'date') };
  });
  return { sources, mentions, warnings };
}
