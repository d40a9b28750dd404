/**
 * Sentence spans of a news text, good enough to decide what belongs to "the same sentence": a line
 * break always ends one; a full stop ends one unless it closes an abbreviation (U.S., Feb., Mr.).
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'u.s',
    'u.k',
    'u.n',
    'e.u',
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'gen',
    'lt',
    'col',
    'sgt',
    'capt',
    'maj',
    'adm',
    'sen',
    'rep',
    'gov',
    'pres',
    'prof',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'no',
    'vs',
    'etc',
    'inc',
    'corp',
    'ltd',
    'co',
    'jr',
    'sr',
    'e.g',
    'i.e',
    'a.m',
    'p.m',
    'approx',
    'est',
  ].map((a) => a.toLowerCase()),
);

/** The word (with inner dots) that ends just before a full stop at `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // An initial ("Jens M. Stoltenberg") or a dotted acronym ("U.S.", "N.A.T.O").
  return /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

const BOUNDARY = /[.!?…]+["”’»)\]]*(?=\s+["“‘«([]?[\p{Lu}\p{N}])|\n+/gu;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const at = match.index;
    if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(text, at)) continue;
    const end = at + match[0].length;
    if (text.slice(start, end).trim() !== '') spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim() !== '') spans.push({ start, end: text.length });
  return spans;
}

/** The sentence that holds `offset` (binary search over spans from `sentenceSpans`). */
export function sentenceAt(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid];
    if (!span) break;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return span;
  }
  return undefined;
}
