/**
 * The layout of the columns file (see columns.ts, which writes and reads it): how each field of each
 * collection is written, in the schema's order, and the shapes of the columns. Events are written
 * without their long text, their summaries and quotes, which the text file holds (textFile.ts).
 */

/** What the file says it is: anything else is not read as columns. */
export const COLUMNS_FORMAT = 'aidline-columns';
export const COLUMNS_VERSION = 2;

export type Collection = 'sources' | 'actors' | 'events' | 'amounts' | 'flags';

/** How one field's values are written. */
export type Codec =
  | { kind: 'text' }
  | { kind: 'code' }
  | { kind: 'plain' }
  | { kind: 'flag' }
  | { kind: 'ref'; to: Collection }
  | { kind: 'list'; of: Codec }
  | { kind: 'table'; fields: readonly Field[] }
  | { kind: 'record'; fields: readonly Field[] };

export interface Field {
  name: string;
  codec: Codec;
  /** The field may be absent: its column lists the items that have it. */
  optional?: true;
}

/** Strings (or null), coded where they repeat enough for the codes to make the smaller file. */
export const text: Codec = { kind: 'text' };
/** Values from a small vocabulary: always codes into the list of values met. */
const code: Codec = { kind: 'code' };
/** Numbers, written as they are. */
const plain: Codec = { kind: 'plain' };
const flag: Codec = { kind: 'flag' };
const ref = (to: Collection): Codec => ({ kind: 'ref', to });
const list = (of: Codec): Codec => ({ kind: 'list', of });
const f = (name: string, codec: Codec, optional?: 'optional'): Field =>
  optional === undefined ? { name, codec } : { name, codec, optional: true };

const CITATION: readonly Field[] = [
  f('source', ref('sources')),
  f('quote', text),
  f('start', plain),
  f('end', plain),
];
const citations: Codec = { kind: 'table', fields: CITATION };
/** An event's citation, its quote in the text file. */
const citationPlaces: Codec = { kind: 'table', fields: CITATION.filter((field) => field.name !== 'quote') };
const SPAN: readonly Field[] = [f('start', plain), f('end', plain)];
/** An object or null: written as a table of which each item has one row, or none for null. */
const record = (fields: readonly Field[]): Codec => ({ kind: 'record', fields });

/** Every field of every collection the file holds, in the schema's order (decoded items keep it). */
export const COLLECTION_FIELDS: Record<Collection, readonly Field[]> = {
  sources: [
    f('id', text),
    f('file', text),
    f('title', text),
    f('published', text),
    f('publishedBasis', code, 'optional'),
    f('publishedNote', text, 'optional'),
    f('outlet', text),
    f('url', text, 'optional'),
    f('agencies', list(text), 'optional'),
    f('span', record(SPAN), 'optional'),
    f('excluded', { kind: 'table', fields: [...SPAN, f('reason', text)] }, 'optional'),
    f('draft', flag, 'optional'),
  ],
  actors: [
    f('id', text),
    f('name', text),
    f('type', code),
    f('aliases', list(text)),
    f('role', text, 'optional'),
    f('draft', flag, 'optional'),
  ],
  events: [
    f('id', text),
    f('date', text),
    f('datePrecision', code),
    f('dateBasis', code),
    f('dateNote', text, 'optional'),
    f('title', text),
    f('kind', code),
    f('actors', list(ref('actors'))),
    f('location', text),
    f('citations', citationPlaces),
    f('draft', flag, 'optional'),
  ],
  amounts: [
    f('id', text),
    f('eventId', ref('events')),
    f('date', text),
    f('label', text),
    f('value', plain),
    f('valueHigh', plain, 'optional'),
    f('currency', code),
    f('usd', plain),
    f('usdBasis', code),
    f(
      'conversion',
      record([f('rate', plain), f('rateDate', text), f('series', text), f('text', text)]),
      'optional',
    ),
    f('donor', ref('actors')),
    f('recipient', ref('actors')),
    f('kind', code),
    f('stage', code),
    f('partOf', ref('amounts'), 'optional'),
    f('period', text, 'optional'),
    f('cumulative', flag),
    f('bound', code),
    f('mention', record(SPAN), 'optional'),
    f('citations', citations),
    f('draft', flag, 'optional'),
  ],
  flags: [f('id', text), f('severity', code), f('message', text), f('refs', list(text))],
};

export const COLLECTIONS = Object.keys(COLLECTION_FIELDS) as Collection[];

/** A column of codes into `values`, which lists each value once, in the order first met. */
export interface Coded {
  values: unknown[];
  codes: number[];
}
/** A column of a list field: how many flattened entries each item has, and the entries. */
export interface Listed {
  counts: number[];
  items: unknown;
}
/** The column of an optional field: the items that have it, and their values. */
export interface Sparse {
  rows: number[];
  values: unknown;
}

export interface ColumnsFile {
  format: typeof COLUMNS_FORMAT;
  version: typeof COLUMNS_VERSION;
  schemaVersion: number;
  title: string;
  /** The key of the text file that belongs with this file (see textFile.ts). */
  textKey: string;
  /** Each collection: its item count and one column per field. */
  collections: Record<Collection, { count: number; columns: Record<string, unknown> }>;
}

/** Raised when a file that says it is columns is not laid out as this module writes them. */
export class ColumnsError extends Error {}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether parsed JSON says it is a columns file of the version this module reads. */
export function isColumnsFile(json: unknown): json is ColumnsFile {
  return (
    isRecord(json) &&
    json.format === COLUMNS_FORMAT &&
    json.version === COLUMNS_VERSION &&
    typeof json.textKey === 'string'
  );
}
