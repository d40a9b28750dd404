/**
 * Where a quote that nearly matches its source first differs from it, with both characters named by
 * code point, so a curator can see a straight quote typed for a curly one.
 */

/** Characters that look alike in most fonts, named so the message says what to type. */
const NAMES: Record<string, string> = {
  "'": 'straight apostrophe',
  '"': 'straight double quote',
  '‘': 'left single quote',
  '’': 'right single quote, the curly apostrophe',
  '“': 'left double quote',
  '”': 'right double quote',
  '-': 'hyphen',
  '‐': 'hyphen',
  '‑': 'non-breaking hyphen',
  '–': 'en dash',
  '—': 'em dash',
  '−': 'minus sign',
  ' ': 'space',
  '\u00a0': 'no-break space',
  '\u202f': 'narrow no-break space',
  '…': 'ellipsis',
};

export function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const shown = /\p{C}|\s/u.test(char) ? '' : ` ${char}`;
  const name = NAMES[char];
  return `${hex}${shown}${name === undefined ? '' : ` (${name})`}`;
}

export interface QuoteDifference {
  /** 1-based character position in the quote, as searched (whitespace runs collapsed). */
  position: number;
  /** The quote's character there, or null when the quote ends first. */
  quoteChar: string | null;
  /** The source's character there, or null when the passage ends first. */
  sourceChar: string | null;
}

/** The first character where two whitespace-collapsed texts differ, by code point; null when equal. */
export function firstDifferingChar(quote: string, passage: string): QuoteDifference | null {
  // By code point: a character is named by its code point, so a surrogate pair stays one character.
  const a = Array.from(quote);
  const b = Array.from(passage);
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return { position: i + 1, quoteChar: a[i] ?? null, sourceChar: b[i] ?? null };
  }
  if (a.length === b.length) return null;
  return {
    position: length + 1,
    quoteChar: a[length] ?? null,
    sourceChar: b[length] ?? null,
  };
}

export function describeDifference(diff: QuoteDifference): string {
  const quote = diff.quoteChar === null ? 'the quote ends' : `the quote has ${describeChar(diff.quoteChar)}`;
  const source =
    diff.sourceChar === null ? 'the source passage ends' : `the source has ${describeChar(diff.sourceChar)}`;
  return `first difference at character ${diff.position} of the quote: ${quote} where ${source}`;
}
