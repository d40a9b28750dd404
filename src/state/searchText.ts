/**
 * Text folding for search: case- and accent-insensitive, with typographic quotes and dashes made plain,
 * so "zelensky's" finds "Zelensky’s" and "kyiv" finds "KYÏV". The same folding serves the filter and the
 * highlighting, so what is highlighted is exactly what matched.
 */

const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[\u0080-\uffff]/;
const TYPOGRAPHIC_CHARS = /[\u2018\u2019\u02bc\u201c\u201d\u2013\u2014\u00a0\u03c2]/g;
const TYPOGRAPHIC: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
  // Final sigma lowercases by context; fold it to the plain sigma so folding never depends on context.
  '\u03c2': '\u03c3',
};

const plainTypography = (text: string): string =>
  text.replace(TYPOGRAPHIC_CHARS, (char) => TYPOGRAPHIC[char] ?? char);

function foldChar(char: string): string {
  return plainTypography(char.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, ''));
}

/** Folds text for comparison: lowercase, without diacritics, with plain quotes and dashes. */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return plainTypography(text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, ''));
}

/**
 * Folds text and keeps, for every folded UTF-16 unit, the offset of the original character it came
 * from (plus one final entry for the end), so a match in folded text maps back to the original.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let units = piece.length; units > 0; units--) offsets.push(at);
    folded += piece;
    at += char.length;
  }
  offsets.push(at);
  return { folded, offsets };
}

/** The search terms of a query: folded, split on white space, empty terms dropped, duplicates removed. */
export function searchTerms(query: string): string[] {
  const terms = foldText(query)
    .split(/\s+/)
    .filter((t) => t !== '');
  return [...new Set(terms)];
}
