import { Fragment } from 'react';
import { foldWithOffsets, searchTerms } from '../state/searchText';

/**
 * Splits text into plain and matching parts, pure, for rendering as <mark>. Matching is the text
 * filter's: every whitespace-separated term of the query, ignoring case and accents, so "kyiv" marks
 * "Kyïv" and "zelensky's" marks "Zelensky’s".
 */
export function splitMatches(text: string, query: string): { text: string; match: boolean }[] {
  const terms = searchTerms(query);
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  const { folded, offsets } = foldWithOffsets(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      ranges.push([offsets[at] ?? 0, offsets[at + term.length] ?? text.length]);
    }
  }
  if (ranges.length === 0) return [{ text, match: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: { text: string; match: boolean }[] = [];
  let from = 0;
  let current: [number, number] | null = null;
  const flush = () => {
    if (current === null) return;
    if (current[0] > from) parts.push({ text: text.slice(from, current[0]), match: false });
    parts.push({ text: text.slice(current[0], current[1]), match: true });
    from = current[1];
  };
  for (const range of ranges) {
    if (current !== null && range[0] <= current[1]) current[1] = Math.max(current[1], range[1]);
    else {
      flush();
      current = [range[0], range[1]];
    }
  }
  flush();
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}

/** Renders text with the matches of a query marked. Text is rendered as text, never as HTML. */
export function Highlight({ text, query }: { text: string; query: string }) {
  return (
    <>
      {splitMatches(text, query).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
