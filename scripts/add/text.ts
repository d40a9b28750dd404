/** Sentences, paragraphs and slugs of an article, for drafting. Offsets are into the whole file. */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** The sentence exactly as in the file (the quote a draft cites). */
  text: string;
  /** Index of the line (paragraph) it lies on; sentences never cross a line break. */
  paragraph: number;
}

const SEGMENTER = new Intl.Segmenter('en-u-ss-standard', { granularity: 'sentence' });

/** "U.S." or "E.U." at the end of a segment: ICU ends a sentence there, a reader does not. */
const ENDS_WITH_INITIALS = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;

function trimmed(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
export const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/**
 * The sentences of `within`, trimmed, one line at most each. A sentence that lies wholly in an
 * excluded span is left out; one that runs into an excluded span is cut where the span begins.
 */
export function sentencesOf(text: string, within: Span, excluded: readonly Span[] = []): Sentence[] {
  const pieces: Span[] = [];
  let lineStart = within.start;
  while (lineStart < within.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > within.end) lineEnd = within.end;
    const line = text.slice(lineStart, lineEnd);
    let previous: Span | null = null;
    for (const segment of SEGMENTER.segment(line)) {
      const span = trimmed(text, {
        start: lineStart + segment.index,
        end: lineStart + segment.index + segment.segment.length,
      });
      if (!span) continue;
      const piece = text.slice(span.start, span.end);
      const continues =
        previous !== null &&
        (ENDS_WITH_INITIALS.test(text.slice(previous.start, previous.end)) ||
          !/\p{L}/u.test(piece) ||
          /^[>)\]},;:…\p{Ll}]/u.test(piece));
      if (previous && continues) previous.end = span.end;
      else {
        previous = span;
        pieces.push(span);
      }
    }
    lineStart = lineEnd + 1;
  }
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = within.start;
  for (const piece of pieces) {
    if (text.slice(lastEnd, piece.start).includes('\n')) paragraph++;
    lastEnd = piece.end;
    let span: Span | null = piece;
    for (const ex of excluded) {
      if (!span || !overlaps(span, ex)) continue;
      if (ex.start <= span.start)
        span = ex.end >= span.end ? null : trimmed(text, { start: ex.end, end: span.end });
      else span = trimmed(text, { start: span.start, end: ex.start });
    }
    if (!span) continue;
    // A cut may leave an opening bracket or a comma hanging at the end.
    const clean = trimmed(text, {
      start: span.start,
      end: span.end - (/[([,;:–—-]$/.test(text.slice(span.start, span.end)) ? 1 : 0),
    });
    if (!clean || !/\p{L}/u.test(text.slice(clean.start, clean.end))) continue;
    sentences.push({ ...clean, text: text.slice(clean.start, clean.end), paragraph });
  }
  return sentences;
}

/** A lowercase slug of the first `maxWords` words: `Stoltenberg visits Kyiv` -> `stoltenberg-visits-kyiv`. */
export function slugify(text: string, maxWords = 6): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  return words.slice(0, maxWords).join('-');
}

/** Whitespace runs as one space. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text without a date mention and the preposition that introduces it ("signed on Tuesday a deal"
 * -> "signed a deal"): a title or label is drawn at its date, so the words for the date are dropped.
 */
export function withoutDate(text: string, mention: string): string {
  const words = flat(mention);
  if (words === '') return text;
  const pattern = new RegExp(
    `(^|\\s)(?:(?:on|in|at|during|earlier|later)\\s+)?${escapeRegExp(words).replace(/\\? /g, '\\s+')}(?=$|[\\s,.;:!?)])`,
    'i',
  );
  const cut = text.replace(pattern, '$1');
  if (cut === text) return text;
  return cut
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/^[\s,;:]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
