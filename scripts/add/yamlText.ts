/**
 * Edits of a YAML file as text surgery at the ranges the parser reports, so every byte a curator
 * wrote (comments, folded quotes, blank lines) stays as it was: entries are appended to a list,
 * removed or replaced, a field loses its line, a scalar gets a new value.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Node,
  type Pair,
  type YAMLSeq,
} from 'yaml';

export type YamlPath = readonly (string | number)[];

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const eol = text.indexOf('\n', offset);
  return eol < 0 ? text.length : eol + 1;
}

function nodeAt(text: string, path: YamlPath): unknown {
  return parseDocument(text).getIn(path, true);
}

function seqAt(text: string, path: YamlPath): YAMLSeq | null {
  const node = nodeAt(text, path);
  return isSeq(node) ? node : null;
}

/** The items as YAML block entries, each line indented by `indent` spaces, a blank line between two. */
export function renderItems(
  items: readonly unknown[],
  indent: number,
  comment?: string,
  spaced = false,
): string {
  const pad = ' '.repeat(indent);
  const blocks = items.map((item) => stringify([item], { lineWidth: 0 }).replace(/\n$/, ''));
  const lines = [
    ...(comment === undefined ? [] : [`# ${comment}`]),
    ...blocks.flatMap((block, i) => [...(spaced && i > 0 ? [''] : []), ...block.split('\n')]),
  ];
  return `${lines.map((line) => (line === '' ? '' : pad + line)).join('\n')}\n`;
}

function pairOf(text: string, path: YamlPath): Pair | null {
  const parent = path.length === 1 ? parseDocument(text).contents : nodeAt(text, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!isMap(parent)) return null;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
  return isPair(pair) ? pair : null;
}

/**
 * Appends items to the list at `path` (`['events']`, `['events', 3, 'quotes']`). A missing top-level
 * list is created at the end of the file; an empty `[]` becomes a block list.
 */
export function appendToList(
  text: string,
  path: YamlPath,
  items: readonly unknown[],
  comment?: string,
): string {
  if (items.length === 0) return text;
  const seq = seqAt(text, path);
  const spaced = path.length === 1;
  if (!seq?.range) {
    const pair = pairOf(text, path);
    if (!pair) {
      if (path.length !== 1) throw new Error(`no list at ${path.join('.')}`);
      const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
      return `${base}${String(path[0])}:\n${renderItems(items, 2, comment, spaced)}`;
    }
    // `key:` with no value: the list goes under it.
    const keyNode = pair.key as Node;
    const at = lineEndOf(text, keyNode.range?.[1] ?? text.length);
    const indent = (keyNode.range ? keyNode.range[0] - lineStartOf(text, keyNode.range[0]) : 0) + 2;
    const head = text.slice(0, at);
    return `${head}${head.endsWith('\n') ? '' : '\n'}${renderItems(items, indent, comment, spaced)}${text.slice(at)}`;
  }
  const [start, end] = seq.range;
  if (seq.flow) {
    if (seq.items.length > 0) {
      // A short flow list (`actors: [a, b]`) takes the new values inside its brackets.
      const close = text.lastIndexOf(']', end);
      const values = items.map((item) => stringify(item, { lineWidth: 0 }).trim());
      return `${text.slice(0, close)}, ${values.join(', ')}${text.slice(close)}`;
    }
    const keyNode = pairOf(text, path)?.key as Node | undefined;
    const indent = (keyNode?.range ? keyNode.range[0] - lineStartOf(text, keyNode.range[0]) : 0) + 2;
    const after = text.slice(end).replace(/^[ \t]*\n?/, '');
    return `${text.slice(0, start).replace(/[ \t]+$/, '')}\n${renderItems(items, indent, comment, spaced)}${after}`;
  }
  const indent = start - lineStartOf(text, start);
  const at = text.charAt(end - 1) === '\n' ? end : lineEndOf(text, end);
  const head = text.slice(0, at);
  return `${head}${head.endsWith('\n') ? '' : '\n'}${spaced ? '\n' : ''}${renderItems(items, indent, comment, spaced)}${text.slice(at)}`;
}

/** The whole lines of item `index` of the list at `path`. */
export function itemLines(
  text: string,
  path: YamlPath,
  index: number,
): { start: number; end: number } | null {
  const item: unknown = seqAt(text, path)?.items[index];
  if (!item || typeof item !== 'object' || !('range' in item) || !Array.isArray(item.range)) return null;
  const [from, to] = item.range as [number, number, number];
  return { start: lineStartOf(text, from), end: text.charAt(to - 1) === '\n' ? to : lineEndOf(text, to) };
}

/** Removes item `index` of the list at `path`; an emptied list becomes `[]`. */
export function removeItem(text: string, path: YamlPath, index: number): string {
  const seq = seqAt(text, path);
  if (seq?.flow) {
    const item = seq.items[index] as Node | undefined;
    if (!item?.range) return text;
    const values = seq.items.filter((_, i) => i !== index).map((n) => (n as Node).toString());
    const [start, end] = seq.range ?? [0, 0];
    return `${text.slice(0, start)}[${values.join(', ')}]${text.slice(end)}`;
  }
  const lines = itemLines(text, path, index);
  if (!lines) return text;
  let result = text.slice(0, lines.start) + text.slice(lines.end);
  // A blank line that separated the item from the next goes with it.
  if (result.slice(lines.start).startsWith('\n') && result.slice(0, lines.start).endsWith('\n\n'))
    result = result.slice(0, lines.start) + result.slice(lines.start + 1);
  if (seqAt(result, path) === null) {
    const pair = pairOf(result, path);
    const key = pair?.key as Node | undefined;
    if (key?.range) {
      const eol = result.indexOf('\n', key.range[1]);
      const lineEnd = eol < 0 ? result.length : eol;
      return `${result.slice(0, lineEnd).replace(/:\s*$/, ': []')}${result.slice(lineEnd)}`;
    }
  }
  return result;
}

/** Replaces item `index` of the list at `path` with another value, rendered as YAML. */
export function replaceItem(text: string, path: YamlPath, index: number, value: unknown): string {
  const lines = itemLines(text, path, index);
  if (!lines) return text;
  const indent = text.slice(lines.start).search(/\S/);
  return text.slice(0, lines.start) + renderItems([value], indent) + text.slice(lines.end);
}

/** Removes the one-line `field: value` of the map at `path` (`['events', 3]`, field `draft`). */
export function removeField(text: string, path: YamlPath, field: string): string {
  const pair = pairOf(text, [...path, field]);
  const key = pair?.key as Node | undefined;
  if (!pair || !key?.range) return text;
  const value = pair.value as Node | null;
  const valueEnd = value?.range ? value.range[1] : key.range[1];
  const start = lineStartOf(text, key.range[0]);
  const end = lineEndOf(text, Math.max(valueEnd - 1, key.range[1]));
  const line = text.slice(start, end);
  // The first field of a list item shares its line with the dash: the next field moves up to it.
  if (/^\s*- /.test(line)) {
    const dash = start + line.indexOf('- ') + 2;
    const rest = text.slice(end);
    return text.slice(0, dash) + rest.replace(/^\s*/, '');
  }
  return text.slice(0, start) + text.slice(end);
}

/** Sets the scalar at `path` to a new value (rendered as a one-line YAML scalar). */
export function setScalar(text: string, path: YamlPath, value: string | number | boolean | null): string {
  const node = nodeAt(text, path);
  if (!isScalar(node) || !node.range) throw new Error(`no scalar at ${path.join('.')}`);
  const rendered = stringify(value, { lineWidth: 0 }).trim();
  return text.slice(0, node.range[0]) + rendered + text.slice(node.range[1]);
}
