/**
 * YAML syntax errors as curators can act on them: the parser's message, located, with a hint for the
 * mistakes it words obscurely. An unclosed `[` or `{` is reported where it opens, not where the
 * parser gives up (a line or more later), and the errors it causes further down are left out.
 */
import { CST, Parser, type LineCounter, type YAMLError } from 'yaml';
import type { Problem } from './problems';

interface Unclosed {
  offset: number;
  open: string;
  close: string;
}

function isToken(value: unknown): value is CST.Token {
  return typeof value === 'object' && value !== null && 'type' in value;
}

/** Flow collections (`[...]`, `{...}`) whose closing bracket never comes, in text order. */
export function unclosedFlowCollections(text: string): Unclosed[] {
  const found: Unclosed[] = [];
  const walk = (token: CST.Token | undefined | null): void => {
    if (!isToken(token)) return;
    if (token.type === 'flow-collection') {
      const close = token.start.source === '[' ? ']' : '}';
      if (!token.end.some((t) => t.source === close))
        found.push({ offset: token.start.offset, open: token.start.source, close });
    }
    if ('items' in token && Array.isArray(token.items)) {
      for (const item of token.items as CST.CollectionItem[]) {
        walk(item.key);
        walk(item.value);
      }
    }
    if (token.type === 'document') walk(token.value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return found.sort((a, b) => a.offset - b.offset);
}

function lineText(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

const KEY_BEFORE = /([^\s:#'"{},[\]][^:#{},[\]]*?):\s+$/;

/** A hint for a `: ` inside an unquoted value, which YAML reads as the start of a nested mapping. */
function colonHint(text: string, line: number, col: number): string {
  const full = lineText(text, line);
  const key = KEY_BEFORE.exec(full.slice(0, col - 1))?.[1];
  const inFlow = /[{[]/.test(full.slice(0, col - 1));
  const value = full.slice(col - 1).replace(/\s*[}\]]*\s*$/, '');
  const where = key === undefined ? `on line ${line}` : `of "${key}" on line ${line}`;
  const shown = value.length > 60 ? `${value.slice(0, 59)}…` : value;
  const cure =
    inFlow || key === undefined
      ? 'put the value in quotes'
      : `put the whole value in quotes, or write "${key}: >-" and the value on the next lines, indented`;
  return `the value ${where} (${JSON.stringify(shown)}) holds ": ", which YAML reads as a new key; ${cure}`;
}

function hintFor(error: YAMLError, text: string, line: number, col: number): string | null {
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'BLOCK_IN_FLOW') {
    if (/:\s/.test(lineText(text, line).slice(col - 1))) return colonHint(text, line, col);
  }
  if (
    error.code === 'UNEXPECTED_TOKEN' &&
    /^\s*(?:-\s+)?[^:]+:\s+["'].*["'][^"']+$/.test(lineText(text, line))
  )
    return `a value that starts with a quote mark must end with it on line ${line}; write it after ">-" on the next lines instead`;
  return null;
}

/** A broken line early in a file makes the parser report every line after it; show the first few. */
const SHOWN_ERRORS = 10;

export function syntaxProblems(
  file: string,
  text: string,
  errors: readonly YAMLError[],
  lineCounter: LineCounter,
): Problem[] {
  if (errors.length === 0) return [];
  const unclosed = unclosedFlowCollections(text)[0];
  const problems: Problem[] = [];
  for (const error of errors) {
    if (unclosed !== undefined && error.pos[0] >= unclosed.offset) continue;
    const pos = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0] ?? error.message;
    const hint = hintFor(error, text, pos.line, pos.col);
    problems.push({
      file,
      line: pos.line,
      col: pos.col,
      path: '(syntax)',
      message: hint === null ? message : `${message}; hint: ${hint}`,
    });
  }
  if (problems.length > SHOWN_ERRORS) {
    const first = problems[SHOWN_ERRORS];
    const more = problems.length - SHOWN_ERRORS;
    problems.splice(SHOWN_ERRORS);
    if (first)
      problems.push({
        ...first,
        message: `${more} more syntax errors from here on are not shown; most follow from the ones above, so fix those first`,
      });
  }
  if (unclosed !== undefined) {
    const pos = lineCounter.linePos(unclosed.offset);
    problems.push({
      file,
      line: pos.line,
      col: pos.col,
      path: '(syntax)',
      message:
        `"${unclosed.open}" opened here is never closed with "${unclosed.close}"; close it on the same line, ` +
        `or quote the value if the "${unclosed.open}" is part of the text (errors after this point are not shown until it is fixed)`,
    });
  }
  return problems;
}
