/**
 * The layout of a saved web page: where each article starts (a file may hold several, each under its
 * repeated headline), and the lines that are not news: photo captions, repeated headlines, promotion
 * and site boilerplate. Found from the shape of lines, never from a list of known pages.
 */
import type { ExcludedSpec } from '../compile/sourcesSchema';
import { flat, type Span } from './text';

export interface Line extends Span {
  /** The line's text, trimmed. */
  text: string;
}

export interface ArticleLayout extends Span {
  /** The headline, when the article opens with one. */
  headline: string | null;
  /** Markers for sources.yaml `span:` when the file holds several articles. */
  startsAt?: string;
  endsBefore?: string;
  excluded: ExcludedSpec[];
  /** Caption and embedded-post lines, whose dates can date an article that has no dateline. */
  captions: Line[];
}

export function linesOf(text: string, within: Span = { start: 0, end: text.length }): Line[] {
  const lines: Line[] = [];
  let start = within.start;
  while (start <= within.end) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > within.end) end = within.end;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') lines.push({ text: body, start: start + lead, end: start + lead + body.length });
    start = end + 1;
  }
  return lines;
}

const CREDIT =
  /\((?:[^()]*\b(?:Photo|Photos|Reuters|AP|AFP|Getty|EPA|Pool|File|Handout|Image|Video)\b[^()]*)\)\s*$/;
const CAPTION_START = /^(?:Photo|FILE PHOTO|Image|Picture|Caption)\s*[:：]/i;
/** "— Name (@handle) April 20, 2023": the signature of an embedded social-media post. */
const EMBEDDED_POST = /—\s*[^—()]{2,60}\(@\w+\)\s+\S.{3,30}$/;
const PROMOTION = /^(?:WATCH|READ(?: MORE| ALSO)?|ALSO READ|LISTEN|VIDEO|RELATED|SEE ALSO|MORE)\s*:/i;
const BOILERPLATE = [
  /^\p{Lu}{1,3}$/u, // a stray logo or share-button label ("TT")
  /^(?:Other Topics of Interest|Advertisement|Most read|Trending|Related(?: articles| stories)?|Share(?: this)?(?: article)?|Subscribe.*|Sign up.*|Follow us.*)$/i,
  /All rights reserved|©/i,
  /To suggest a correction/i,
  /Ctrl\s*\+\s*Enter/i,
];

export const isCaption = (line: string) => CREDIT.test(line) || CAPTION_START.test(line);
export const isEmbeddedPost = (line: string) => EMBEDDED_POST.test(line);
export const isBoilerplate = (line: string) =>
  PROMOTION.test(line) || BOILERPLATE.some((re) => re.test(line));

/** A line that reads as a headline: a few capitalized words, not a sentence, not a caption. */
export function isHeadlineLike(line: string): boolean {
  if (line.length < 15 || line.length > 160 || isCaption(line) || isBoilerplate(line)) return false;
  if (/[.!?:;,]["”’»)]*$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 3) return false;
  const long = words.filter((w) => w.length > 3);
  const capitalized = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return long.length > 0 && capitalized / long.length >= 0.6;
}

function occurrences(lines: readonly Line[], text: string): Line[] {
  return lines.filter((l) => l.text === text);
}

/** Where articles start: at the first copy of each headline the page repeats (at least two of them). */
function articleStarts(lines: readonly Line[]): Line[] {
  const seen = new Set<string>();
  const starts: Line[] = [];
  for (const line of lines) {
    if (seen.has(line.text) || !isHeadlineLike(line.text)) continue;
    seen.add(line.text);
    if (occurrences(lines, line.text).length >= 2) starts.push(line);
  }
  return starts.length >= 2 ? starts : [];
}

function excludedOf(text: string, lines: readonly Line[], headline: string | null): ExcludedSpec[] {
  const specs: ExcludedSpec[] = [];
  const done = new Set<string>();
  for (const line of lines) {
    if (done.has(line.text)) continue;
    done.add(line.text);
    const copies = occurrences(lines, line.text).length;
    if (isBoilerplate(line.text))
      specs.push({
        line: line.text,
        reason: PROMOTION.test(line.text) ? 'promotion of another article' : 'site boilerplate',
        citable: false,
      });
    else if (isCaption(line.text))
      specs.push({ text: flat(line.text), reason: 'photo caption', citable: false });
    else if (copies >= 2) {
      const reason =
        line.text === headline || isHeadlineLike(line.text) ? 'repeated headline' : 'repeated paragraph';
      // Occurrences are counted on the text, which may also appear inside a longer line.
      const all = countOccurrences(text, lines, line.text);
      for (let n = 2; n <= all; n++)
        specs.push({ text: flat(line.text), occurrence: n, reason, citable: false });
    }
  }
  return specs;
}

function countOccurrences(text: string, lines: readonly Line[], wanted: string): number {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return 0;
  const haystack = flat(text.slice(first.start, last.end));
  const needle = flat(wanted);
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** The articles of a file and, for each, its headline, span markers and excluded parts. */
export function layoutOf(text: string): ArticleLayout[] {
  const all = linesOf(text);
  const starts = articleStarts(all);
  const bounds =
    starts.length === 0
      ? [{ start: 0, end: text.length, headline: null as string | null }]
      : starts.map((line, i) => ({
          start: i === 0 ? 0 : line.start,
          end: starts[i + 1]?.start ?? text.length,
          headline: line.text,
        }));
  return bounds.map((bound, i) => {
    const lines = all.filter((l) => l.start >= bound.start && l.end <= bound.end);
    const first = lines[0];
    const headline = bound.headline ?? (first && isHeadlineLike(first.text) ? first.text : null);
    return {
      start: bound.start,
      end: bound.end,
      headline,
      ...(starts.length > 0 && i > 0 && bound.headline !== null ? { startsAt: bound.headline } : {}),
      ...(starts.length > 0 && starts[i + 1] ? { endsBefore: starts[i + 1]?.text ?? '' } : {}),
      excluded: excludedOf(text, lines, headline),
      captions: lines.filter((l) => isCaption(l.text) || isEmbeddedPost(l.text)),
    };
  });
}
