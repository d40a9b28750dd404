/**
 * Mutated and truncated versions of a dataset file, for property tests of the loader and the app.
 * A mutation is plain data (edits to the JSON tree, then damage to the text or bytes), so fast-check can
 * shrink a failure to the smallest one and print it.
 */
import fc from 'fast-check';

export type Json = fc.JsonValue;

/** Where an edit applies: each number picks a child (modulo the count) on the way down from the root. */
type Walk = number[];

export type Edit =
  | { op: 'delete'; walk: Walk }
  | { op: 'replace'; walk: Walk; value: Json }
  | { op: 'sameType'; walk: Walk; pick: number }
  | { op: 'copy'; walk: Walk; from: Walk }
  | { op: 'duplicate'; walk: Walk }
  | { op: 'addKey'; walk: Walk; key: string; value: Json }
  | { op: 'reverse'; walk: Walk }
  | { op: 'empty'; collection: (typeof COLLECTIONS)[number] };

export type Damage =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'overwrite'; at: number; bytes: number[] }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'page' };

export interface DatasetMutation {
  edits: Edit[];
  indent: 0 | 2;
  damage: Damage;
}

const STATIC_HOST_PAGE =
  '<!doctype html>\n<html lang="en"><head><title>Aidline</title></head><body></body></html>\n';

const COLLECTIONS = ['sources', 'actors', 'events', 'amounts', 'flags'] as const;

/** Strings that have broken apps before: markup, formulas, bidi controls, odd dates, huge text. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://example.invalid","x")',
  '+1',
  '\u202eevil',
  '\u0000',
  'Kyïv “quoted” — 13,2 трлн рублей',
  '👩🏽‍🚒'.repeat(20),
  'x'.repeat(10_000),
  '0001',
  '9999',
  '0001-01-01',
  '9999-12-31',
  '0000',
  '2023-02-30',
  '2023-13',
  '2023-09-28T10:00Z',
  '__proto__',
  'constructor',
  'zelensky',
  'nato',
  'day',
  'week',
  'month',
  'year',
  'visit',
  'committed',
  'USD',
  'EUR',
];

export const NASTY_NUMBERS: readonly number[] = [
  0,
  -1,
  1,
  0.5,
  1e-300,
  5e-324,
  1e21,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  -(2 ** 31),
  3.000_000_000_000_000_4,
];

const walk = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });
const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, true, false, [], {}) },
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), walk }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('replace' as const), walk, value: jsonValue }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('sameType' as const), walk, pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('copy' as const), walk, from: walk }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), walk }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('addKey' as const),
      walk,
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'extra'), fc.string({ maxLength: 8 })),
      value: jsonValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reverse' as const), walk }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('empty' as const), collection: fc.constantFrom(...COLLECTIONS) }),
  },
);

const damage: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('overwrite' as const),
      at: fc.nat(),
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('cut' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 200 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'page' as const }) },
);

/** Any mutation: up to four edits of the tree, then (sometimes) damage to the serialized bytes. */
export const datasetMutation: fc.Arbitrary<DatasetMutation> = fc.record({
  edits: fc.array(edit, { minLength: 0, maxLength: 4 }),
  indent: fc.constantFrom(0 as const, 2 as const),
  damage,
});

type Container = Exclude<Json, null | boolean | number | string>;
const isContainer = (node: Json): node is Container => typeof node === 'object' && node !== null;

/** The node a walk ends on, with its parent and key; stops early at a leaf or an empty container. */
function follow(root: Json, steps: Walk): { parent: Container | null; key: string | number; node: Json } {
  let parent: Container | null = null;
  let key: string | number = '';
  let node = root;
  for (const step of steps) {
    if (!isContainer(node)) break;
    if (Array.isArray(node)) {
      if (node.length === 0) break;
      [parent, key] = [node, step % node.length];
      node = node[key] ?? null;
    } else {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      [parent, key] = [node, keys[step % keys.length] ?? ''];
      node = node[key] ?? null;
    }
  }
  return { parent, key, node };
}

function setChild(parent: Container, key: string | number, value: Json): void {
  if (Array.isArray(parent)) parent[Number(key)] = value;
  // defineProperty, so that "__proto__" becomes an own key as JSON.parse would make it.
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A value of the same JSON type as `node`: how valid-looking but wrong data gets in. */
function sameType(node: Json, pick: number): Json {
  if (typeof node === 'string') return NASTY_STRINGS[pick % NASTY_STRINGS.length] ?? '';
  if (typeof node === 'number') return NASTY_NUMBERS[pick % NASTY_NUMBERS.length] ?? 0;
  if (typeof node === 'boolean') return !node;
  if (Array.isArray(node)) return node.slice(0, pick % (node.length + 1));
  return node;
}

const clone = (value: Json): Json => structuredClone(value);

function applyEdit(root: Json, change: Edit): Json {
  if (change.op === 'empty') {
    if (isContainer(root) && !Array.isArray(root)) root[change.collection] = [];
    return root;
  }
  const { parent, key, node } = follow(root, change.walk);
  const put = (value: Json): Json => {
    if (parent === null) return value;
    setChild(parent, key, value);
    return root;
  };
  switch (change.op) {
    case 'delete':
      if (parent === null) return null;
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(parent, key);
      return root;
    case 'replace':
      return put(clone(change.value));
    case 'sameType':
      return put(sameType(node, change.pick));
    case 'copy':
      return put(clone(follow(root, change.from).node));
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, clone(node));
      return root;
    case 'addKey':
      if (isContainer(node) && !Array.isArray(node)) setChild(node, change.key, clone(change.value));
      return root;
    case 'reverse':
      if (Array.isArray(node)) node.reverse();
      return root;
  }
}

function damageBytes(bytes: Uint8Array<ArrayBuffer>, how: Damage): Uint8Array<ArrayBuffer> {
  const at = bytes.length === 0 || !('at' in how) ? 0 : how.at % bytes.length;
  switch (how.kind) {
    case 'none':
      return bytes;
    case 'page':
      // What a static host sends for a missing file: the app's own page.
      return new TextEncoder().encode(STATIC_HOST_PAGE);
    case 'truncate':
      return bytes.slice(0, at);
    case 'overwrite': {
      const out = bytes.slice();
      how.bytes.forEach((byte, i) => {
        if (at + i < out.length) out[at + i] = byte;
      });
      return out;
    }
    case 'cut': {
      const end = Math.min(bytes.length, at + how.length);
      const out = new Uint8Array(bytes.length - (end - at));
      out.set(bytes.subarray(0, at));
      out.set(bytes.subarray(end), at);
      return out;
    }
  }
}

/** The bytes of the JSON text `base` after the mutation. */
export function mutateDataset(base: string, mutation: DatasetMutation): Uint8Array<ArrayBuffer> {
  let tree = JSON.parse(base) as Json;
  for (const change of mutation.edits) tree = applyEdit(tree, change);
  const text = JSON.stringify(tree, null, mutation.indent) as string | undefined;
  return damageBytes(new TextEncoder().encode(text ?? ''), mutation.damage);
}
