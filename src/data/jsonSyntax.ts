import { visit } from 'jsonc-parser';

/** Where a text stops being JSON, and why, in words that do not quote the text back. */
export interface JsonSyntaxProblem {
  /** UTF-16 offset of the problem, or null when no parser could place it. */
  offset: number | null;
  /** 1-based line and column of the offset. */
  line: number | null;
  column: number | null;
  reason: string;
}

const POSITION = /\bat position (\d+)/;
const END_OF_INPUT = 'Unexpected end of JSON input';
const UNEXPECTED_TOKEN = /^Unexpected token\b/;
const MAX_QUOTED = 20;
const CUT_SHORT = 'the text ends before the JSON is complete (was the file cut short?)';

/**
 * The first syntax error jsonc-parser reports, strict JSON only. V8 places some errors itself
 * ("at position 12") but not an unexpected token, which it reports with a quote of the text instead.
 */
function firstError(text: string): { offset: number; length: number } | null {
  let first: { offset: number; length: number } | null = null;
  visit(
    text,
    {
      onError: (_error, offset, length) => {
        first ??= { offset, length };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return first;
}

/** The unexpected text itself, shortened: V8 names only its first character, which may not start it. */
function quoted(text: string, offset: number, length: number): string {
  const token = text.slice(offset, offset + Math.max(1, length));
  return token.length > MAX_QUOTED ? `${token.slice(0, MAX_QUOTED)}…` : token;
}

/** The 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Places and words the error JSON.parse threw on `text`. */
export function describeJsonSyntaxError(text: string, error: unknown): JsonSyntaxProblem {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  const position = POSITION.exec(message);
  let offset: number | null = null;
  let said = reason;
  if (message.startsWith(END_OF_INPUT)) offset = text.length;
  else if (position !== null) offset = Number(position[1]);
  else {
    const found = firstError(text);
    if (found !== null) {
      offset = found.offset;
      if (UNEXPECTED_TOKEN.test(reason)) said = `unexpected “${quoted(text, found.offset, found.length)}”`;
    }
  }
  if (offset === null) return { offset, line: null, column: null, reason: said };
  if (offset >= text.trimEnd().length) said = CUT_SHORT;
  return { offset, ...lineAndColumn(text, offset), reason: said };
}
