/**
 * The dataset laid out in columns: the file the app ships with and loads first
 * (public/data/dataset.columns.json), derived by the compiler from the published dataset.json, which
 * stays the contract other tools read. Each collection is a set of columns, one array per field, so no
 * key is repeated per item and parsing makes few objects; repeated strings (enum values, dates, places)
 * are small integer codes into a list written once in the file, and references to another collection's
 * ids are indexes into it, so decoding gives every repeat the same string. Nested lists (citations,
 * actors, aliases) are flattened, each item saying how many of the flattened entries are its own.
 * Events' summaries and quotes are left to the text file (textFile.ts), which the page reads later:
 * decode(encode(dataset)) is deep-equal to the dataset without them (leanOf). This module reads the
 * file, columnsEncode.ts writes it, and with their layout (columnsLayout.ts) they are the only ones that
 * know it.
 */
import {
  COLLECTION_FIELDS,
  COLLECTIONS,
  ColumnsError,
  isColumnsFile,
  isRecord,
  text,
  type Codec,
  type Collection,
  type ColumnsFile,
  type Field,
} from './columnsLayout';
import type { LeanDataset } from './leanDataset';

export { COLLECTION_FIELDS, ColumnsError, isColumnsFile, type ColumnsFile } from './columnsLayout';

type Ids = Record<Collection, readonly string[]>;

function numbers(value: unknown, where: string): number[] {
  const bad = () => new ColumnsError(`${where} is not a list of counts or codes.`);
  if (!Array.isArray(value)) throw bad();
  for (const n of value as unknown[]) if (typeof n !== 'number' || !(n >= 0) || n % 1 !== 0) throw bad();
  return value as number[];
}

/** Equal lists of strings met so far: a path of entries leads to the one list they make. */
interface ListTrie {
  list?: readonly unknown[];
  next?: Map<string, ListTrie>;
}

/**
 * Cuts `flat` into consecutive lists of `counts[i]` entries. With `share`, equal lists of strings are
 * one frozen list, as equal strings are one string: at 100k events, 100k lists of actors are 28k
 * distinct ones, and the others cost about 2 MB. Lists are matched entry by entry, since each string
 * is hashed once, rather than by a key built for every list.
 */
function regroup(
  flat: readonly unknown[],
  counts: readonly number[],
  where: string,
  share: boolean,
): unknown[][] {
  const out = new Array<unknown[]>(counts.length);
  const root: ListTrie = {};
  let at = 0;
  for (let i = 0; i < counts.length; i++) {
    const next = at + (counts[i] ?? 0);
    let node: ListTrie | null = share ? root : null;
    for (let j = at; j < next && node !== null; j++) {
      const entry = flat[j];
      if (typeof entry !== 'string') node = null;
      else {
        node.next ??= new Map();
        let child = node.next.get(entry);
        if (child === undefined) {
          child = {};
          node.next.set(entry, child);
        }
        node = child;
      }
    }
    let list = node?.list;
    if (list === undefined) {
      list = flat.slice(at, next);
      if (node !== null) node.list = Object.freeze(list);
    }
    out[i] = list as unknown[];
    at = next;
  }
  if (at !== flat.length) throw new ColumnsError(`${where} counts ${at} entries of ${flat.length}.`);
  return out;
}

/** The one entry of each item (counted 1), or null (counted 0). */
function single(flat: readonly unknown[], counts: readonly number[], where: string): unknown[] {
  const out = new Array<unknown>(counts.length);
  let at = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i] ?? 0;
    if (n > 1) throw new ColumnsError(`${where} counts ${n} entries for one value.`);
    out[i] = n === 0 ? null : flat[at];
    at += n;
  }
  return out;
}

/** The values of a column as written: a plain list, or codes into the list of values. */
function columnValues(column: unknown, where: string): unknown[] {
  if (Array.isArray(column)) return column;
  if (!isRecord(column)) throw new ColumnsError(`${where} is missing.`);
  const known = column.values;
  if (!Array.isArray(known)) throw new ColumnsError(`${where} has codes but no values.`);
  const codes = numbers(column.codes, `${where}.codes`);
  const values = new Array<unknown>(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] ?? 0;
    if (c >= known.length) throw new ColumnsError(`${where} has a code past its values.`);
    values[i] = known[c];
  }
  return values;
}

function decodeColumn(codec: Codec, column: unknown, count: number, ids: Ids, where: string): unknown[] {
  let values: unknown[];
  if (codec.kind === 'list' || codec.kind === 'table' || codec.kind === 'record') {
    if (!isRecord(column)) throw new ColumnsError(`${where} is not a flattened list.`);
    const counts = numbers(column.counts, `${where}.counts`);
    let total = 0;
    for (const n of counts) total += n;
    const flat =
      codec.kind === 'list'
        ? decodeColumn(codec.of, column.items, total, ids, `${where}.items`)
        : decodeTable(codec.fields, column.items, total, ids, `${where}.items`);
    values =
      codec.kind === 'record'
        ? single(flat, counts, where)
        : regroup(flat, counts, where, codec.kind === 'list');
  } else values = columnValues(column, where);
  if (values.length !== count)
    throw new ColumnsError(`${where} has ${values.length} values for ${count} items.`);
  if (codec.kind === 'flag') {
    const flags = new Array<boolean>(count);
    for (let i = 0; i < count; i++) flags[i] = values[i] === 1;
    return flags;
  }
  if (codec.kind === 'ref') {
    const targets = ids[codec.to];
    const refs = new Array<unknown>(count);
    for (let i = 0; i < count; i++) {
      const v = values[i];
      refs[i] = typeof v === 'number' ? (targets[v] ?? v) : v;
    }
    return refs;
  }
  return values;
}

function decodeField(field: Field, column: unknown, count: number, ids: Ids, where: string): unknown[] {
  if (field.optional !== true) return decodeColumn(field.codec, column, count, ids, where);
  if (!isRecord(column)) throw new ColumnsError(`${where} is missing.`);
  const rows = numbers(column.rows, `${where}.rows`);
  const present = decodeColumn(field.codec, column.values, rows.length, ids, `${where}.values`);
  // Absent fields stay holes, read as undefined.
  const dense = new Array<unknown>(count);
  rows.forEach((row, i) => {
    if (row >= count) throw new ColumnsError(`${where} names item ${row} of ${count}.`);
    dense[row] = present[i];
  });
  return dense;
}

function decodeTable(
  fields: readonly Field[],
  columns: unknown,
  count: number,
  ids: Ids,
  where: string,
): Record<string, unknown>[] {
  if (!isRecord(columns)) throw new ColumnsError(`${where} has no columns.`);
  const decoded = fields.map((field) => ({
    name: field.name,
    values: decodeField(field, columns[field.name], count, ids, `${where}.${field.name}`),
  }));
  const items = Array.from({ length: count }, (): Record<string, unknown> => ({}));
  // A field at a time: each loop stores one property name, which the engine handles far faster than a
  // different name at every store.
  for (const { name, values } of decoded) {
    for (let i = 0; i < count; i++) {
      const item = items[i];
      const value = values[i];
      if (value !== undefined && item !== undefined) item[name] = value;
    }
  }
  return items;
}

/**
 * The dataset a columns file holds, without its events' text. It is not validated here: the app draws
 * it at once and the worker validates it with its text against the schema. Throws a ColumnsError when
 * the layout itself is broken.
 */
export function decodeColumns(file: ColumnsFile): LeanDataset {
  const tables = file.collections as unknown;
  if (!isRecord(tables)) throw new ColumnsError('The file has no collections.');
  const ids = {} as Record<Collection, string[]>;
  const counts = {} as Record<Collection, number>;
  for (const name of COLLECTIONS) {
    const table = tables[name];
    if (!isRecord(table) || !Number.isInteger(table.count) || !isRecord(table.columns))
      throw new ColumnsError(`${name} is not a table of columns.`);
    counts[name] = table.count as number;
    ids[name] = decodeColumn(text, table.columns.id, counts[name], ids, `${name}.id`) as string[];
  }
  const dataset: Record<string, unknown> = { schemaVersion: file.schemaVersion, title: file.title };
  for (const name of COLLECTIONS) {
    const columns = (tables[name] as { columns: unknown }).columns;
    dataset[name] = decodeTable(COLLECTION_FIELDS[name], columns, counts[name], ids, name);
  }
  return dataset as LeanDataset;
}

/** What a columns file holds: the dataset without its events' text, and the key of the file with it. */
export interface ColumnsContent {
  dataset: LeanDataset;
  textKey: string;
}

/**
 * What a JSON value holds when it is a columns file this version reads, else null (another format or
 * version, or a broken layout): a reader then falls back to dataset.json.
 */
export function datasetInColumns(json: unknown): ColumnsContent | null {
  if (!isColumnsFile(json)) return null;
  try {
    return { dataset: decodeColumns(json), textKey: json.textKey };
  } catch (error) {
    if (error instanceof ColumnsError) return null;
    throw error;
  }
}
