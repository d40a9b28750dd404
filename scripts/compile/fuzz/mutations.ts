/**
 * Mutations of the compiler's inputs for property-based tests: text edits that break YAML syntax,
 * structural edits that keep it valid YAML but break the schema or cross-references, and edits of the
 * article texts (encoding, quotes, truncation, deletion) that break quotes and markers.
 *
 * One file on purpose: every mutation is a small generator, and reading them together shows what the
 * fuzzer covers; split, the list would be scattered over many tiny files.
 */
import fc from 'fast-check';
import { isScalar, isSeq, parseDocument, visit, type Scalar } from 'yaml';

/** Input files by path relative to the root; null means the file is absent. */
export type Inputs = Map<string, string | Uint8Array | null>;

export type Mutation =
  | { kind: 'insert'; file: number; at: number; token: string }
  | { kind: 'delete'; file: number; at: number; length: number }
  | { kind: 'truncate'; file: number; at: number }
  | { kind: 'deleteLine' | 'duplicateLine' | 'indentLine' | 'dedentLine'; file: number; line: number }
  | { kind: 'swapLines'; file: number; a: number; b: number }
  | { kind: 'setScalar'; file: number; pick: number; value: unknown }
  | { kind: 'copyScalar'; file: number; from: number; to: number }
  | { kind: 'editScalar'; file: number; pick: number; at: number; token: string }
  | { kind: 'deleteKey'; file: number; pick: number }
  | { kind: 'straightQuotes' | 'crlf' | 'bom' | 'empty' | 'remove'; file: number }
  | { kind: 'invalidUtf8'; file: number; at: number }
  | { kind: 'stray'; name: string; text: string }
  | {
      kind: 'markDraft';
      file: number;
      list: 'events' | 'amounts' | 'actors' | 'ignore';
      pick: number;
      merge: number | string | null;
    };

/** Characters and tokens that mean something to YAML, to the extractor or to a reader of quotes. */
const TOKENS = [
  ': ',
  ':',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '- ',
  '\n',
  '\n  ',
  '\t',
  '  ',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '<<: ',
  '|',
  '>-',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '?',
  ',',
  '@',
  '`',
  '’',
  '“',
  '\u00a0',
  '\u0000',
  '\ufeff',
  '\u2028',
  '$',
  '€',
  ' billion',
  '1,000',
  'Thursday',
  'September 28, 2023',
  'Кремль 13,2 трлн рублей',
  '🇺🇦',
  '<script>',
  '=HYPERLINK("x")',
];

const position = fc.nat({ max: 1_000_000 });
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
);

const scalarValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    'ukraine',
    'nato',
    'unknown-id',
    'Thursday',
    '2023-13-45',
    '2024',
    'day',
    'announced',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
  fc.string({ minLength: 70, maxLength: 90 }),
);

/** Mutations of the input files (indexed into `files`), one to three per case. */
export function mutationsArbitrary(fileCount: number): fc.Arbitrary<Mutation[]> {
  // Index 0 is the annotation file and 1 sources.yaml: most mutations go to the YAML curators write.
  const file = fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.constant(1) },
    { weight: 3, arbitrary: fc.nat({ max: fileCount - 1 }) },
  );
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), file, at: position, token }),
    fc.record({
      kind: fc.constant('delete' as const),
      file,
      at: position,
      length: fc.integer({ min: 1, max: 40 }),
    }),
    fc.record({ kind: fc.constant('truncate' as const), file, at: position }),
    fc.record({
      kind: fc.constantFrom(
        'deleteLine' as const,
        'duplicateLine' as const,
        'indentLine' as const,
        'dedentLine' as const,
      ),
      file,
      line: position,
    }),
    fc.record({ kind: fc.constant('swapLines' as const), file, a: position, b: position }),
    fc.record({ kind: fc.constant('setScalar' as const), file, pick: position, value: scalarValue }),
    fc.record({ kind: fc.constant('copyScalar' as const), file, from: position, to: position }),
    fc.record({ kind: fc.constant('editScalar' as const), file, pick: position, at: position, token }),
    fc.record({ kind: fc.constant('deleteKey' as const), file, pick: position }),
    fc.record({
      kind: fc.constantFrom(
        'straightQuotes' as const,
        'crlf' as const,
        'bom' as const,
        'empty' as const,
        'remove' as const,
      ),
      file,
    }),
    fc.record({ kind: fc.constant('invalidUtf8' as const), file, at: position }),
    fc.record({
      kind: fc.constant('markDraft' as const),
      file: fc.constant(0),
      list: fc.constantFrom('events' as const, 'amounts' as const, 'actors' as const, 'ignore' as const),
      pick: position,
      // A merge suggestion naming another event (by index), a made-up id, or none.
      merge: fc.oneof(position, fc.string({ maxLength: 12 }), fc.constant(null)),
    }),
    fc.record({
      kind: fc.constant('stray' as const),
      name: fc.constantFrom('stray.txt', 'notes.TXT', '999_extra.txt'),
      text: fc.string({ maxLength: 40 }),
    }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
}

const decoder = new TextDecoder();
const asText = (value: string | Uint8Array): string =>
  typeof value === 'string' ? value : decoder.decode(value);

function editLines(text: string, edit: (lines: string[]) => void): string {
  const lines = text.split('\n');
  edit(lines);
  return lines.join('\n');
}

function scalars(text: string): { doc: ReturnType<typeof parseDocument>; nodes: Scalar[] } {
  const doc = parseDocument(text);
  const nodes: Scalar[] = [];
  visit(doc, {
    Scalar(_key, node) {
      nodes.push(node);
    },
  });
  return { doc, nodes };
}

/** Applies one mutation to a text; structural edits of a file that is not valid YAML change nothing. */
function mutateText(text: string, m: Mutation): string | Uint8Array | null {
  const at = (n: number, length: number) => (length === 0 ? 0 : n % (length + 1));
  switch (m.kind) {
    case 'insert': {
      const i = at(m.at, text.length);
      return text.slice(0, i) + m.token + text.slice(i);
    }
    case 'delete': {
      const i = at(m.at, text.length);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'truncate':
      return text.slice(0, at(m.at, text.length));
    case 'deleteLine':
      return editLines(text, (lines) => lines.splice(m.line % lines.length, 1));
    case 'duplicateLine':
      return editLines(text, (lines) => {
        const i = m.line % lines.length;
        lines.splice(i, 0, lines[i] ?? '');
      });
    case 'indentLine':
    case 'dedentLine':
      return editLines(text, (lines) => {
        const i = m.line % lines.length;
        const line = lines[i] ?? '';
        lines[i] = m.kind === 'indentLine' ? `  ${line}` : line.replace(/^ {1,2}/, '');
      });
    case 'swapLines':
      return editLines(text, (lines) => {
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      });
    case 'setScalar':
    case 'copyScalar':
    case 'editScalar':
    case 'deleteKey': {
      const { doc, nodes } = scalars(text);
      if (doc.errors.length > 0 || nodes.length === 0) return text;
      const pick = (n: number) => nodes[n % nodes.length];
      if (m.kind === 'setScalar') {
        // Replace the node, so a list or a map can take a scalar's place.
        const target = pick(m.pick);
        visit(doc, {
          Scalar(_key, node) {
            return node === target ? doc.createNode(m.value) : undefined;
          },
        });
      } else if (m.kind === 'copyScalar') {
        const from = pick(m.from);
        const to = pick(m.to);
        if (from && to) to.value = from.value;
      } else if (m.kind === 'editScalar') {
        const node = pick(m.pick);
        if (node && typeof node.value === 'string') {
          const i = at(m.at, node.value.length);
          node.value = node.value.slice(0, i) + m.token + node.value.slice(i);
        }
      } else {
        let count = 0;
        const target = m.pick;
        visit(doc, {
          Pair(_key, pair) {
            if (!isScalar(pair.key)) return undefined;
            return count++ === target % Math.max(1, nodes.length) ? visit.REMOVE : undefined;
          },
        });
      }
      return doc.toString({ lineWidth: 0 });
    }
    case 'straightQuotes':
      return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'bom':
      return `\ufeff${text}`;
    case 'empty':
      return '';
    case 'remove':
      return null;
    case 'invalidUtf8': {
      const bytes = new TextEncoder().encode(text);
      const i = at(m.at, bytes.length);
      return new Uint8Array([...bytes.slice(0, i), 0xff, 0xfe, ...bytes.slice(i)]);
    }
    case 'stray':
      return text;
    case 'markDraft': {
      // What `npm run add` writes: a draft mark, and on events a merge suggestion.
      const doc = parseDocument(text);
      const list: unknown = doc.get(m.list, true);
      if (doc.errors.length > 0 || !isSeq(list) || list.items.length === 0) return text;
      const index = m.pick % list.items.length;
      doc.setIn([m.list, index, 'draft'], true);
      if (m.list === 'events' && m.merge !== null) {
        const target =
          typeof m.merge === 'number' ? doc.getIn(['events', m.merge % list.items.length, 'id']) : m.merge;
        doc.setIn([m.list, index, 'mergeWith'], [target]);
      }
      return doc.toString({ lineWidth: 0 });
    }
  }
}

/** The inputs after the mutations; `files` names the mutable files, in the order mutations index them. */
export function applyMutations(
  base: Inputs,
  files: readonly string[],
  mutations: readonly Mutation[],
): Inputs {
  const inputs: Inputs = new Map(base);
  for (const m of mutations) {
    if (m.kind === 'stray') {
      inputs.set(`data/sources/${m.name}`, m.text);
      continue;
    }
    const path = files[m.file % files.length];
    if (path === undefined) continue;
    const current = inputs.get(path);
    if (current === null || current === undefined) continue;
    inputs.set(path, mutateText(asText(current), m));
  }
  return inputs;
}
