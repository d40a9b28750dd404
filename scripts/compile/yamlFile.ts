import {
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { Problem } from './problems';
import { syntaxProblems } from './yamlSyntax';

export type FieldPath = readonly PropertyKey[];

/** A parsed YAML file that can point back at the line and column of any field. */
export interface YamlFile {
  /** Path relative to the repository root, as printed in problems. */
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** The plain JavaScript value, or undefined when the file did not parse. */
  data: unknown;
}

export function parseYamlFile(file: string, text: string): { yaml: YamlFile; problems: Problem[] } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // Every line of the text, not only those the parser reached: it stops at a second document.
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const problems = [
    ...syntaxProblems(file, text, doc.errors, lineCounter),
    ...complexKeys(file, doc, lineCounter),
  ];
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS();
    } catch (error) {
      problems.push(aliasProblem(file, doc, lineCounter, error));
    }
  }
  return { yaml: { file, doc, lineCounter, data }, problems };
}

/**
 * The parser accepts an alias to an anchor that is never set (`*a` alone) and many aliases of one
 * anchor; building the value throws on them. Report it at the first alias.
 */
function aliasProblem(file: string, doc: Document, lineCounter: LineCounter, error: unknown): Problem {
  const offsets: number[] = [];
  visit(doc, {
    Alias(_key, node) {
      if (node.range) offsets.push(node.range[0]);
    },
  });
  const at = offsets[0];
  const { line, col } = at === undefined ? { line: 1, col: 1 } : lineCounter.linePos(at);
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    file,
    line,
    col,
    path: '(syntax)',
    message: `${reason ?? 'the file cannot be read'}; write the value out instead of using anchors (&) and aliases (*)`,
  };
}

/** Keys that are lists or maps (`? [a, b]: c`, `{a: 1}: b`): valid YAML, but never a field name here. */
function complexKeys(file: string, doc: Document, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key) && pair.key.range) {
        const { line, col } = lineCounter.linePos(pair.key.range[0]);
        problems.push({
          file,
          line,
          col,
          path: '(syntax)',
          message: 'a key must be a name, not a list or a map',
        });
      }
    },
  });
  return problems;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * `events[3].quotes[0].quote`; a key that is not a plain name is written in brackets and quotes
 * (`actors[0][": title"]`), so a path never holds a space or a stray colon.
 */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(root)' : out;
}

function nodeAt(doc: Document, path: FieldPath): Node | undefined {
  const node: unknown = doc.getIn(path, true);
  return isNode(node) ? node : undefined;
}

/** Finds the node for a key inside the map at `path` (for unknown-key errors, point at the key). */
function keyNodeAt(doc: Document, path: FieldPath, key: string): Node | undefined {
  const map = path.length === 0 ? doc.contents : nodeAt(doc, path);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.value === key) return pair.key;
  }
  return undefined;
}

/**
 * Line and column of the field at `path`; when the field is missing, of its nearest parent that exists.
 * With `key`, of that key inside the map at `path`.
 */
export function positionOf(yaml: YamlFile, path: FieldPath, key?: string): { line: number; col: number } {
  if (key !== undefined) {
    const keyNode = keyNodeAt(yaml.doc, path, key);
    if (keyNode?.range) return yaml.lineCounter.linePos(keyNode.range[0]);
  }
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    const node = length === 0 ? yaml.doc.contents : nodeAt(yaml.doc, prefix);
    if (isNode(node) && node.range) return yaml.lineCounter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

/** A problem at a field of a YAML file. */
export function problemAt(yaml: YamlFile, path: FieldPath, message: string, key?: string): Problem {
  const { line, col } = positionOf(yaml, path, key);
  const shown = key === undefined ? path : [...path, key];
  return { file: yaml.file, line, col, path: formatFieldPath(shown), message };
}
