import { distance } from 'fastest-levenshtein';

/**
 * A text with every run of whitespace collapsed to one space, and a map from each character of the
 * collapsed text back to its offset in the original, so a match can be reported in original offsets.
 */
export interface CollapsedText {
  text: string;
  offsets: number[];
}

const WHITESPACE = /\s/;

export function collapseWhitespace(original: string): CollapsedText {
  let text = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const char = original.charAt(i);
    if (WHITESPACE.test(char)) {
      if (!inSpace) {
        text += ' ';
        offsets.push(i);
      }
      inSpace = true;
    } else {
      text += char;
      offsets.push(i);
      inSpace = false;
    }
  }
  return { text, offsets };
}

/** The quote as searched: trimmed, whitespace runs collapsed. */
export function normalizeQuote(quote: string): string {
  return quote.trim().replace(/\s+/g, ' ');
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Every place `needle` occurs in `haystack` between `within.start` and `within.end` (original offsets),
 * comparing with whitespace collapsed on both sides. Offsets are into the original text.
 */
export function findAllNormalized(haystack: CollapsedText, needle: string, within: Range): Range[] {
  const wanted = normalizeQuote(needle);
  const found: Range[] = [];
  if (wanted === '') return found;
  let from = 0;
  for (;;) {
    const at = haystack.text.indexOf(wanted, from);
    if (at < 0) break;
    from = at + 1;
    const start = haystack.offsets[at];
    const last = haystack.offsets[at + wanted.length - 1];
    if (start === undefined || last === undefined) break;
    const end = last + 1;
    if (start >= within.start && end <= within.end) found.push({ start, end });
  }
  return found;
}

/** The passage of `haystack` (inside `within`) closest to `needle` by edit distance, for error hints. */
export function closestPassage(
  haystack: CollapsedText,
  needle: string,
  within: Range,
): { start: number; end: number; distance: number } | null {
  const wanted = normalizeQuote(needle);
  if (wanted === '') return null;
  let best: { at: number; distance: number } | null = null;
  const text = haystack.text;
  for (let at = 0; at < text.length; at++) {
    const original = haystack.offsets[at];
    if (original === undefined || original < within.start || original >= within.end) continue;
    // Candidates start at a word start, which keeps the search small and the hint readable.
    if (at > 0 && text.charAt(at - 1) !== ' ' && text.charAt(at) !== ' ') continue;
    if (text.charAt(at) === ' ') continue;
    const window = text.slice(at, at + wanted.length);
    const d = distance(wanted, window);
    if (best === null || d < best.distance) best = { at, distance: d };
  }
  if (best === null) return null;
  const start = haystack.offsets[best.at] ?? 0;
  const lastIndex = Math.min(best.at + wanted.length, text.length) - 1;
  const end = (haystack.offsets[lastIndex] ?? start) + 1;
  return { start, end: Math.min(end, within.end), distance: best.distance };
}

/** 1-based line and column of an offset in a text. */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}
