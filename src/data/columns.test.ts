import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDataset } from '../test/arbitraryDataset';
import { COLLECTION_FIELDS, ColumnsError, decodeColumns, isColumnsFile, type ColumnsFile } from './columns';
import { encodeColumns } from './columnsEncode';
import { leanOf, withText } from './eventText';
import { shippedFilesText } from './shippedFiles';
import type { LeanDataset } from './leanDataset';
import {
  actorSchema,
  amountSchema,
  citationSchema,
  datasetSchema,
  eventSchema,
  flagSchema,
  sourceSchema,
  type Dataset,
} from './schema';
import { decodeText as decodeTextFile, type TextFile } from './textFile';

const committed = readFileSync('public/data/dataset.json', 'utf8');
/** The key of a text file, for tests of the columns alone. */
const KEY = 'text-key';

/** The file as it travels: written as JSON text and parsed back. */
const throughJson = (file: ColumnsFile): unknown => JSON.parse(JSON.stringify(file));

function decodeText(file: unknown): LeanDataset {
  if (!isColumnsFile(file)) throw new Error('not a columns file');
  return decodeColumns(file);
}

/** The whole dataset the two shipped files hold, read back from their text. */
function readShipped(files: { columns: string; text: string }): Dataset {
  const lean = decodeText(JSON.parse(files.columns));
  return withText(lean, decodeTextFile(JSON.parse(files.text) as TextFile, lean));
}

describe('the columns file', () => {
  it('names every field of the schema, in the schema’s order', () => {
    const names = (fields: readonly { name: string }[]) => fields.map((field) => field.name);
    expect(names(COLLECTION_FIELDS.sources)).toEqual(Object.keys(sourceSchema.shape));
    expect(names(COLLECTION_FIELDS.actors)).toEqual(Object.keys(actorSchema.shape));
    // An event's summary and its quotes are in the text file.
    expect(names(COLLECTION_FIELDS.events)).toEqual(
      Object.keys(eventSchema.shape).filter((name) => name !== 'summary'),
    );
    expect(names(COLLECTION_FIELDS.amounts)).toEqual(Object.keys(amountSchema.shape));
    expect(names(COLLECTION_FIELDS.flags)).toEqual(Object.keys(flagSchema.shape));
    const citationsOf = (fields: (typeof COLLECTION_FIELDS)['events']) => {
      const codec = fields.find((field) => field.name === 'citations')?.codec;
      return codec?.kind === 'table' ? names(codec.fields) : [];
    };
    expect(citationsOf(COLLECTION_FIELDS.events)).toEqual(
      Object.keys(citationSchema.shape).filter((name) => name !== 'quote'),
    );
    expect(citationsOf(COLLECTION_FIELDS.amounts)).toEqual(Object.keys(citationSchema.shape));
  });

  it('gives back every random valid dataset exactly without its text, absent optional fields absent', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        expect(datasetSchema.safeParse(dataset).success).toBe(true);
        const lean = decodeText(throughJson(encodeColumns(dataset, KEY)));
        expect(lean).toStrictEqual(leanOf(dataset));
        expect(JSON.stringify(lean.events)).not.toMatch(/"(summary|quote)"/);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back every random valid dataset exactly with its text file', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        expect(readShipped(shippedFilesText(dataset))).toStrictEqual(dataset);
      }),
      { numRuns: 300 },
    );
  });

  it('is written as ASCII text, whatever the dataset’s characters, and read back exactly', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        const files = shippedFilesText(dataset);
        expect(files.columns).toMatch(/^[\x20-\x7e]*\n$/);
        expect(files.text).toMatch(/^[\x20-\x7e]*\n$/);
        expect(readShipped(files)).toStrictEqual(dataset);
      }),
      { numRuns: 200 },
    );
    const euro = JSON.parse(committed) as Dataset;
    euro.title = 'Aid in € and ₴, 2022–2024 😀';
    const first = euro.events[0];
    if (first !== undefined) first.summary = '€5 😀';
    const files = shippedFilesText(euro);
    expect(files.columns).toContain('"title":"Aid in \\u20ac and \\u20b4, 2022\\u20132024 \\ud83d\\ude00"');
    expect(files.text).toContain('"\\u20ac5 \\ud83d\\ude00"');
  });

  it('gives back the published dataset byte for byte once written as JSON again', () => {
    const dataset = JSON.parse(committed) as Dataset;
    expect(`${JSON.stringify(readShipped(shippedFilesText(dataset)), null, 2)}\n`).toBe(committed);
  });

  it('writes enum values, repeated strings and references once, and decodes them to one shared string', () => {
    const dataset = JSON.parse(committed) as Dataset;
    const file = throughJson(encodeColumns(dataset, KEY));
    const text = JSON.stringify(file);
    expect(text).not.toContain('"datePrecision":"');
    expect(text.split('"announcement"').length - 1).toBeLessThanOrEqual(1);
    const decoded = decodeText(file);
    const [first, second] = decoded.events.filter((e) => e.kind === decoded.events[0]?.kind);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    // One string, not two equal ones: the value comes from the file's list of the column's values.
    expect(Object.is(first?.kind, second?.kind)).toBe(true);
    const actor = decoded.actors.find((a) => a.id === decoded.events[0]?.actors[0]);
    expect(actor?.id).toBe(decoded.events[0]?.actors[0]);
  });

  it('decodes equal lists of strings to one frozen list, and keeps apart lists that only join alike', () => {
    const dataset = JSON.parse(committed) as Dataset;
    const [first, second, third] = dataset.events;
    const ids = dataset.actors.slice(0, 2).map((a) => a.id);
    if (first === undefined || second === undefined || third === undefined) throw new Error('three events');
    first.actors = [...ids];
    second.actors = [...ids];
    third.actors = [...ids].reverse();
    const [one, two, three] = dataset.actors;
    if (one === undefined || two === undefined || three === undefined) throw new Error('three actors');
    one.aliases = ['ab'];
    two.aliases = ['a', 'b'];
    three.aliases = ['1:a', 'b'];
    const decoded = decodeText(throughJson(encodeColumns(dataset, KEY)));
    expect(decoded).toStrictEqual(leanOf(dataset));
    const [e1, e2, e3] = decoded.events;
    expect(e1?.actors).toBe(e2?.actors);
    expect(Object.isFrozen(e1?.actors)).toBe(true);
    expect(e3?.actors).toEqual([...ids].reverse());
    expect(decoded.actors.slice(0, 3).map((a) => a.aliases)).toEqual([['ab'], ['a', 'b'], ['1:a', 'b']]);
  });

  it('refuses a field the layout does not know, so no value is dropped silently', () => {
    const dataset = JSON.parse(committed) as Dataset;
    const extra = { ...dataset, events: [{ ...dataset.events[0], colour: 'red' }] } as unknown as Dataset;
    expect(() => encodeColumns(extra, KEY)).toThrow(/"colour" is not a field/);
  });

  it('says which column is broken in a file laid out wrongly', () => {
    const file = throughJson(encodeColumns(JSON.parse(committed) as Dataset, KEY)) as ColumnsFile;
    const events = file.collections.events;
    events.columns.title = (events.columns.title as string[]).slice(1);
    expect(() => decodeColumns(file)).toThrow(ColumnsError);
    expect(() => decodeColumns(file)).toThrow(/^events\.title has \d+ values for \d+ items\.$/);
    delete events.columns.title;
    expect(() => decodeColumns(file)).toThrow('events.title is missing.');
  });

  it('reads only files that say they are columns of this version', () => {
    const file = throughJson(encodeColumns(JSON.parse(committed) as Dataset, KEY));
    expect(isColumnsFile(file)).toBe(true);
    expect(isColumnsFile(JSON.parse(committed))).toBe(false);
    expect(isColumnsFile({ ...(file as object), version: 1 })).toBe(false);
    expect(isColumnsFile({ ...(file as object), textKey: undefined })).toBe(false);
    expect(isColumnsFile(null)).toBe(false);
  });
});
