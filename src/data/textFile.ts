/**
 * The file of the events' long text (public/data/dataset.text.json), which the compiler writes beside
 * the columns file (columns.ts) and the page reads only when something needs the text (see
 * eventText.ts): every summary, and every quote of every event's citations, flattened, each event saying
 * how many are its own. Its key is a hash of that text, and the columns file names the key of the text
 * that belongs with it, so a text file left from another dataset is never read as this one's.
 */
import { quoteOffsets, type DatasetText } from './eventText';
import type { LeanDataset } from './leanDataset';
import type { Dataset } from './schema';

export const TEXT_FORMAT = 'aidline-text';
export const TEXT_VERSION = 1;

export interface TextFile {
  format: typeof TEXT_FORMAT;
  version: typeof TEXT_VERSION;
  /** The hash of the text below (textKey), which the columns file it belongs with names too. */
  key: string;
  /** Each event's summary. */
  summaries: string[];
  /** How many quotes each event has, and the quotes, event after event. */
  quotes: { counts: number[]; items: string[] };
}

/** Raised when a text file of this dataset is not laid out as this module writes it. */
export class TextFileError extends Error {}

/** A hash of text (53 bits, as hex): not for secrets, only to tell one text from another. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The key of a text file's content. */
export function textKey(summaries: readonly string[], quotes: TextFile['quotes']): string {
  return hash(JSON.stringify([summaries, quotes.counts, quotes.items]));
}

/** The text file of a dataset. */
export function encodeText(dataset: Dataset): TextFile {
  const summaries = dataset.events.map((event) => event.summary);
  const quotes = {
    counts: dataset.events.map((event) => event.citations.length),
    items: dataset.events.flatMap((event) => event.citations.map((c) => c.quote)),
  };
  return {
    format: TEXT_FORMAT,
    version: TEXT_VERSION,
    key: textKey(summaries, quotes),
    summaries,
    quotes,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why parsed JSON is not the text file of the columns file whose text key is `key`, said after the
 * file's name ("is stale: …"), or null when it is.
 */
export function textFileMismatch(json: unknown, key: string): string | null {
  if (!isRecord(json) || json.format !== TEXT_FORMAT) return 'is not a text file of the dataset';
  if (json.version !== TEXT_VERSION) return `is of version ${String(json.version)}, not ${TEXT_VERSION}`;
  if (json.key !== key) return 'is stale: it holds the text of another version of the dataset';
  return null;
}

/**
 * The text a file holds for `dataset`, the dataset of the columns file it belongs with (see
 * textFileMismatch). Throws a TextFileError naming the field when its layout does not fit the dataset.
 */
export function decodeText(file: TextFile, dataset: LeanDataset): DatasetText {
  const events = dataset.events;
  const { summaries, quotes } = file as { summaries: unknown; quotes: unknown };
  if (!Array.isArray(summaries) || summaries.length !== events.length)
    throw new TextFileError(
      `summaries has ${Array.isArray(summaries) ? summaries.length : 'no'} values for ${events.length} events.`,
    );
  if (!isRecord(quotes) || !Array.isArray(quotes.counts) || !Array.isArray(quotes.items))
    throw new TextFileError('quotes is not a list of counts and items.');
  const counts = quotes.counts as unknown[];
  if (counts.length !== events.length)
    throw new TextFileError(`quotes.counts has ${counts.length} values for ${events.length} events.`);
  events.forEach((event, i) => {
    if (counts[i] !== event.citations.length)
      throw new TextFileError(
        `quotes.counts[${i}] is ${String(counts[i])}, but events[${i}] has ${event.citations.length} citations.`,
      );
  });
  const quoteStart = quoteOffsets(counts as number[]);
  if (quoteStart[events.length] !== quotes.items.length)
    throw new TextFileError(
      `quotes.items has ${quotes.items.length} quotes for ${quoteStart[events.length] ?? 0} citations.`,
    );
  return { summaries: summaries as string[], quotes: quotes.items as string[], quoteStart };
}
