/**
 * Writing the columns file (see columns.ts, which reads it, and columnsLayout.ts): each collection's
 * items turned into columns, events without their summaries and quotes.
 */
import {
  COLLECTION_FIELDS,
  COLLECTIONS,
  ColumnsError,
  COLUMNS_FORMAT,
  COLUMNS_VERSION,
  type Codec,
  type Coded,
  type Collection,
  type ColumnsFile,
  type Field,
  type Listed,
  type Sparse,
} from './columnsLayout';
import { leanOf } from './eventText';
import type { Dataset } from './schema';

type IdIndex = Record<Collection, ReadonlyMap<string, number>>;

function coded(values: readonly unknown[]): Coded {
  const index = new Map<unknown, number>();
  const out: Coded = { values: [], codes: new Array<number>(values.length) };
  values.forEach((value, i) => {
    let c = index.get(value);
    if (c === undefined) {
      c = out.values.length;
      index.set(value, c);
      out.values.push(value);
    }
    out.codes[i] = c;
  });
  return out;
}

function encodeColumn(codec: Codec, values: readonly unknown[], refs: IdIndex): unknown {
  switch (codec.kind) {
    case 'text': {
      // Coded only where values repeat enough for the codes to be the smaller file (dates, places).
      const column = coded(values);
      return column.values.length * 2 <= values.length ? column : values;
    }
    case 'code':
      return coded(values);
    case 'plain':
      return values;
    case 'flag':
      return values.map((v) => (v === true ? 1 : 0));
    case 'ref': {
      const index = refs[codec.to];
      // An id the collection does not have is written as it is (the check then names it).
      return values.map((v) => (typeof v === 'string' ? (index.get(v) ?? v) : v));
    }
    case 'list': {
      const lists = values as readonly (readonly unknown[])[];
      const column: Listed = {
        counts: lists.map((l) => l.length),
        items: encodeColumn(codec.of, lists.flat(), refs),
      };
      return column;
    }
    case 'table':
    case 'record': {
      const tables =
        codec.kind === 'table'
          ? (values as readonly (readonly object[])[])
          : (values as readonly (object | null)[]).map((v) => (v === null ? [] : [v]));
      const column: Listed = {
        counts: tables.map((t) => t.length),
        items: encodeTable(codec.fields, tables.flat(), refs),
      };
      return column;
    }
  }
}

function encodeTable(
  fields: readonly Field[],
  items: readonly object[],
  refs: IdIndex,
): Record<string, unknown> {
  const known = new Set(fields.map((field) => field.name));
  for (const item of items)
    for (const key of Object.keys(item))
      if (!known.has(key)) throw new ColumnsError(`"${key}" is not a field the columns file knows.`);
  const columns: Record<string, unknown> = {};
  for (const field of fields) {
    const values = items.map((item) => (item as Record<string, unknown>)[field.name]);
    if (field.optional === true) {
      const rows: number[] = [];
      values.forEach((v, i) => {
        if (v !== undefined) rows.push(i);
      });
      const sparse: Sparse = {
        rows,
        values: encodeColumn(
          field.codec,
          rows.map((i) => values[i]),
          refs,
        ),
      };
      columns[field.name] = sparse;
    } else columns[field.name] = encodeColumn(field.codec, values, refs);
  }
  return columns;
}

/**
 * The dataset as columns, without its events' text; `textKey` names the text file that holds it (see
 * shippedFiles.ts, which writes the two).
 */
export function encodeColumns(dataset: Dataset, textKey: string): ColumnsFile {
  const lean = leanOf(dataset);
  const refs = {} as Record<Collection, Map<string, number>>;
  for (const name of COLLECTIONS) {
    const index = new Map<string, number>();
    dataset[name].forEach((item, i) => {
      if (!index.has(item.id)) index.set(item.id, i);
    });
    refs[name] = index;
  }
  const collections = {} as ColumnsFile['collections'];
  for (const name of COLLECTIONS)
    collections[name] = {
      count: lean[name].length,
      columns: encodeTable(COLLECTION_FIELDS[name], lean[name], refs),
    };
  const { schemaVersion, title } = dataset;
  return { format: COLUMNS_FORMAT, version: COLUMNS_VERSION, schemaVersion, title, textKey, collections };
}
