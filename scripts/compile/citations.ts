import type { Citation } from '../../src/data/schema';
import type { ResolvedSource } from './resolveSources';
import { describeDifference, firstDifferingChar } from './quoteDifference';
import { closestPassage, findAllNormalized, lineColAt, normalizeQuote } from './textSearch';

export type CitationResult = { ok: true; citation: Citation } | { ok: false; message: string };

const HINT_LENGTH = 160;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > HINT_LENGTH ? `${flat.slice(0, HINT_LENGTH - 1)}…` : flat;
}

function notFound(source: ResolvedSource, quote: string, others: readonly ResolvedSource[]): string {
  const elsewhere = others.find(
    (other) => other !== source && findAllNormalized(other.collapsed, quote, other.span).length > 0,
  );
  if (elsewhere) return `quote is not in source ${source.spec.id}; it is in source ${elsewhere.spec.id}`;
  const closest = closestPassage(source.collapsed, quote, source.span);
  if (!closest) return `quote is not in source ${source.spec.id} (${source.spec.file})`;
  const { line, col } = lineColAt(source.text, closest.start);
  const original = source.text.slice(closest.start, closest.end);
  const where = `quote is not in source ${source.spec.id}; closest passage at ${source.spec.file}:${line}:${col}: "${shorten(original)}"`;
  const wanted = normalizeQuote(quote);
  if (closest.distance > Math.max(3, wanted.length / 5)) return where;
  const diff = firstDifferingChar(wanted, normalizeQuote(original));
  return diff === null ? where : `${where}; ${describeDifference(diff)}`;
}

/**
 * Proves a quote is a verbatim passage of its source (whitespace aside) and returns its offsets in the
 * source file; the citation's quote is the exact text of the file. The first occurrence wins.
 */
export function locateQuote(
  source: ResolvedSource,
  quote: string,
  allSources: readonly ResolvedSource[],
): CitationResult {
  const found = findAllNormalized(source.collapsed, quote, source.span);
  const first = found[0];
  if (!first) return { ok: false, message: notFound(source, quote, allSources) };
  const blocked = source.excluded.find(
    (span) => !span.citable && first.start < span.end && span.start < first.end,
  );
  if (blocked)
    return {
      ok: false,
      message: `quote falls in an excluded part of source ${source.spec.id} (${blocked.reason}); cite the news text instead`,
    };
  return {
    ok: true,
    citation: {
      source: source.spec.id,
      quote: source.text.slice(first.start, first.end),
      start: first.start,
      end: first.end,
    },
  };
}
