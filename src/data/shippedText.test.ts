import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serve } from '../test/datasetServer';
import { decodeColumns, isColumnsFile } from './columns';
import { shippedFilesText } from './shippedFiles';
import { leanOf, textOfEvents, withText } from './eventText';
import type { Dataset } from './schema';
import { fetchShippedText, textOfSameEvents } from './shippedText';
import { encodeText } from './textFile';
import { TextSource } from './textSource';

const committed = readFileSync('public/data/dataset.json', 'utf8');
const columns = readFileSync('public/data/dataset.columns.json', 'utf8');
const textFile = readFileSync('public/data/dataset.text.json', 'utf8');
const TEXT = 'data/dataset.text.json';
const JSON_URL = 'data/dataset.json';

const whole = () => JSON.parse(committed) as Dataset;
const parsedColumns = JSON.parse(columns) as unknown;
if (!isColumnsFile(parsedColumns)) throw new Error('the committed columns file is not one');
const lean = decodeColumns(parsedColumns);
const key = parsedColumns.textKey;
/** A text file of the same events with every summary changed: another dataset's. */
const stale = JSON.stringify(
  encodeText({ ...whole(), events: whole().events.map((e) => ({ ...e, summary: `${e.summary}!` })) }),
);

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the events’ text of the dataset the app ships with', () => {
  it('is read from the text file alone when it belongs with the columns file', async () => {
    const requested = serve({ [TEXT]: textFile, [JSON_URL]: committed });
    const text = await fetchShippedText(lean, key);
    expect(withText(lean, text)).toStrictEqual(whole());
    expect(requested).toEqual([TEXT]);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['missing', undefined, 'could not be read (HTTP 404)'],
    ['not JSON', textFile.slice(0, 40), 'is not JSON text'],
    ['stale', stale, 'is stale'],
    ['another file', columns, 'is not a text file of the dataset'],
  ])('is read from dataset.json when the text file is %s, and the deployer is told', async (_, body, why) => {
    const requested = serve({ ...(body === undefined ? {} : { [TEXT]: body }), [JSON_URL]: committed });
    const text = await fetchShippedText(lean, key);
    expect(text).toEqual(textOfEvents(whole().events));
    expect(requested).toEqual([TEXT, JSON_URL]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`${TEXT} ${why}`));
  });

  it('fails, naming both files, rather than show the text of other events', async () => {
    const other = whole();
    other.events.reverse();
    serve({ [TEXT]: stale, [JSON_URL]: JSON.stringify(other) });
    await expect(fetchShippedText(lean, key)).rejects.toThrow(
      `${TEXT} is stale: it holds the text of another version of the dataset, and ${JSON_URL} holds other events than the ones shown.`,
    );
  });

  it('fails, naming the text file and the field, when the file of this dataset is laid out wrongly', async () => {
    const broken = JSON.parse(textFile) as { quotes: { items: string[] } };
    broken.quotes.items.pop();
    serve({ [TEXT]: JSON.stringify(broken), [JSON_URL]: committed });
    await expect(fetchShippedText(lean, key)).rejects.toThrow(
      new RegExp(`^${TEXT} is laid out wrongly: quotes\\.items has \\d+ quotes for \\d+ citations\\.$`),
    );
  });

  it('says so through its source, which can be asked again after a failure', async () => {
    serve({});
    const source = new TextSource(() => fetchShippedText(lean, key));
    await expect(source.load()).rejects.toThrow(
      `${TEXT} could not be read (HTTP 404), and ${JSON_URL} could not be read (HTTP 404).`,
    );
    expect(source.current()).toMatchObject({ status: 'failed' });
    serve({ [TEXT]: textFile });
    await source.load();
    expect(source.current()).toMatchObject({ status: 'ready' });
  });
});

describe('textOfSameEvents', () => {
  it('takes the text of events with the same ids and citation places only', () => {
    expect(textOfSameEvents(whole(), leanOf(whole()))).toEqual(textOfEvents(whole().events));
    const moved = whole();
    const citation = moved.events[1]?.citations[0];
    if (citation !== undefined) citation.start += 1;
    expect(textOfSameEvents(moved, lean)).toBeNull();
    const fewer = whole();
    fewer.events.pop();
    expect(textOfSameEvents(fewer, lean)).toBeNull();
    expect(textOfSameEvents({ events: 3 }, lean)).toBeNull();
    const files = shippedFilesText(whole());
    expect(textOfSameEvents(JSON.parse(files.columns), lean)).toBeNull();
  });
});
