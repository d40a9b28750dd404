/**
 * What a reviewer needs to judge a draft: the entry, and each quote in its paragraph of the article,
 * with the quote (and a figure's money mention) marked.
 */
import { parse } from 'yaml';
import { collapseWhitespace, findAllNormalized, lineColAt } from '../compile/textSearch';
import type { DraftRef, Texts } from './reviewDrafts';
import { renderItems } from './yamlText';

export interface Marks {
  /** Wraps the quote in its paragraph. */
  quote: (text: string) => string;
  /** Wraps the money mention or name the entry is about. */
  focus: (text: string) => string;
  dim: (text: string) => string;
}

export const PLAIN_MARKS: Marks = {
  quote: (t) => `[${t}]`,
  focus: (t) => `«${t}»`,
  dim: (t) => t,
};

export const ANSI_MARKS: Marks = {
  quote: (t) => `\u001b[4m${t}\u001b[24m`,
  focus: (t) => `\u001b[1;7m${t}\u001b[22;27m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
};

type Entry = Record<string, unknown>;

function sourceFiles(texts: Texts): Map<string, string> {
  const data = parse(texts.sources) as { sources?: Entry[] } | null;
  return new Map((data?.sources ?? []).map((s) => [String(s.id), String(s.file)]));
}

function paragraphAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const eol = text.indexOf('\n', end);
  return { start: from, end: eol < 0 ? text.length : eol };
}

/** The paragraph holding `needle` in `text`, with it marked (and `focus` inside it), and its line. */
function inContext(
  text: string,
  needle: string,
  focus: string | null,
  marks: Marks,
): { line: number; shown: string } | null {
  const collapsed = collapseWhitespace(text);
  const found = findAllNormalized(collapsed, needle, { start: 0, end: text.length })[0];
  if (!found) return null;
  const para = paragraphAround(text, found.start, found.end);
  let quote = text.slice(found.start, found.end);
  if (focus !== null) {
    const at = quote.indexOf(focus);
    if (at >= 0) quote = quote.slice(0, at) + marks.focus(focus) + quote.slice(at + focus.length);
  }
  const shown =
    marks.dim(text.slice(para.start, found.start)) +
    marks.quote(quote) +
    marks.dim(text.slice(found.end, para.end));
  return { line: lineColAt(text, found.start).line, shown };
}

/** Lines describing a draft: where it is, the entry itself, and its quotes or mention in context. */
export function describeDraft(
  ref: DraftRef,
  texts: Texts,
  readSource: (file: string) => string | null,
  marks: Marks = PLAIN_MARKS,
): string[] {
  const file = ref.file === 'sources' ? 'data/sources/sources.yaml' : 'data/annotations.yaml';
  const what = {
    sources: 'source',
    actors: 'actor',
    events: 'event',
    amounts: 'figure',
    ignore: 'ignore entry',
  }[ref.list];
  const lines = [
    `draft ${what} ${ref.list === 'ignore' ? `"${String(ref.entry.mention)}"` : String(ref.entry.id)}  (${file}:${ref.line})`,
  ];
  // The quotes are shown in their paragraphs below.
  const rest = Object.fromEntries(Object.entries(ref.entry).filter(([key]) => key !== 'quotes'));
  lines.push(...renderItems([rest], 2).trimEnd().split('\n'));
  const files = sourceFiles(texts);
  const quotes = Array.isArray(ref.entry.quotes) ? (ref.entry.quotes as Entry[]) : [];
  const focus = typeof ref.entry.figure === 'string' ? ref.entry.figure : null;
  for (const q of quotes) {
    const path = files.get(String(q.source));
    const text = path === undefined ? null : readSource(path);
    const found =
      text === null
        ? null
        : inContext(text, String(q.quote), typeof q.figure === 'string' ? q.figure : focus, marks);
    lines.push(
      found
        ? `  ${path ?? ''}:${found.line}: ${found.shown}`
        : `  ${String(q.source)}: quote not found: ${String(q.quote)}`,
    );
  }
  if (ref.list === 'ignore') {
    const path = files.get(String(ref.entry.source));
    const text = path === undefined ? null : readSource(path);
    const found = text === null ? null : inContext(text, String(ref.entry.mention), null, marks);
    if (found) lines.push(`  ${path ?? ''}:${found.line}: ${found.shown}`);
  }
  if (ref.list === 'actors') {
    // Where the articles name it: the first paragraph holding its name or an alias.
    const aliases: unknown[] = Array.isArray(ref.entry.aliases) ? ref.entry.aliases : [];
    const names = [ref.entry.name, ...aliases].map(String);
    for (const path of new Set(files.values())) {
      const text = readSource(path);
      const name = text === null ? undefined : names.find((n) => text.includes(n));
      if (text === null || name === undefined) continue;
      const at = text.indexOf(name);
      const para = paragraphAround(text, at, at + name.length);
      const shown =
        marks.dim(text.slice(para.start, at)) +
        marks.focus(name) +
        marks.dim(text.slice(at + name.length, para.end));
      lines.push(`  ${path}:${lineColAt(text, at).line}: ${shown}`);
      break;
    }
  }
  if (ref.list === 'sources') {
    const text = readSource(String(ref.entry.file));
    if (text !== null)
      lines.push(
        ...text
          .split('\n')
          .filter((l) => l.trim() !== '')
          .slice(0, 3)
          .map((l) => marks.dim(`  | ${l}`)),
      );
  }
  return lines;
}
