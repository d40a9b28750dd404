import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDataset } from '../test/arbitraryDataset';
import { isColumnsFile } from './columns';
import { shippedFilesText } from './shippedFiles';
import { eventText, leanOf, textOfEvents, withText } from './eventText';
import type { Dataset } from './schema';
import { decodeText, encodeText, TextFileError, textFileMismatch, type TextFile } from './textFile';

const committed = readFileSync('public/data/dataset.json', 'utf8');
/** The text key the columns file written with a dataset names. */
function textKeyOf(dataset: Dataset): string {
  const columns: unknown = JSON.parse(shippedFilesText(dataset).columns);
  if (!isColumnsFile(columns)) throw new Error('not a columns file');
  return columns.textKey;
}
const throughJson = (file: TextFile): TextFile => JSON.parse(JSON.stringify(file)) as TextFile;

describe('the text file', () => {
  it('gives back every event’s summary and quotes, for every random valid dataset', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        const lean = leanOf(dataset);
        const text = decodeText(throughJson(encodeText(dataset)), lean);
        expect(text).toEqual(textOfEvents(dataset.events));
        dataset.events.forEach((event, i) => {
          expect(eventText(text, i)).toEqual({
            summary: event.summary,
            quotes: event.citations.map((c) => c.quote),
          });
        });
        expect(withText(lean, text)).toStrictEqual(dataset);
      }),
      { numRuns: 300 },
    );
  });

  it('belongs with the columns file written with it, and with no other version of the dataset', () => {
    fc.assert(
      fc.property(arbitraryDataset(), fc.string({ minLength: 1 }), (dataset, added) => {
        const file = throughJson(encodeText(dataset));
        expect(textFileMismatch(file, textKeyOf(dataset))).toBeNull();
        const first = dataset.events[0];
        if (first === undefined) return;
        const other: Dataset = { ...dataset, events: [{ ...first, summary: first.summary + added }] };
        expect(textFileMismatch(file, textKeyOf(other))).toBe(
          'is stale: it holds the text of another version of the dataset',
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is not read when it is another file or of another version', () => {
    const file = encodeText(JSON.parse(committed) as Dataset);
    expect(textFileMismatch(JSON.parse(committed), file.key)).toBe('is not a text file of the dataset');
    expect(textFileMismatch(null, file.key)).toBe('is not a text file of the dataset');
    expect(textFileMismatch({ ...file, version: 2 }, file.key)).toBe('is of version 2, not 1');
  });

  it('says which field does not fit the events of the columns file', () => {
    const dataset = JSON.parse(committed) as Dataset;
    const lean = leanOf(dataset);
    const file = encodeText(dataset);
    const fails = (change: (f: TextFile) => void) => {
      const broken = throughJson(file);
      change(broken);
      return () => decodeText(broken, lean);
    };
    const n = dataset.events.length;
    expect(fails((f) => f.summaries.pop())).toThrow(TextFileError);
    expect(fails((f) => f.summaries.pop())).toThrow(`summaries has ${n - 1} values for ${n} events.`);
    expect(fails((f) => (f.quotes = [] as unknown as TextFile['quotes']))).toThrow(
      'quotes is not a list of counts and items.',
    );
    expect(fails((f) => f.quotes.counts.pop())).toThrow(`quotes.counts has ${n - 1} values for ${n} events.`);
    const cited = dataset.events[1]?.citations.length ?? 0;
    expect(fails((f) => (f.quotes.counts[1] = cited + 1))).toThrow(
      `quotes.counts[1] is ${cited + 1}, but events[1] has ${cited} citations.`,
    );
    expect(fails((f) => f.quotes.items.push('one more'))).toThrow(
      /^quotes\.items has \d+ quotes for \d+ citations\.$/,
    );
  });
});
