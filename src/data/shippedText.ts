/**
 * Reading the events' text of the dataset the app ships with, when something first needs it: from the
 * text file the columns file names (textFile.ts), else from dataset.json where that file is missing,
 * unreadable or another dataset's, provided dataset.json holds the very events the page shows.
 */
import { DATASET_REQUEST, DATASET_URL, TEXT_URL } from './earlyDataset';
import { parseJson, utf8Text } from './datasetText';
import { textOfEvents, type DatasetText } from './eventText';
import type { LeanDataset } from './leanDataset';
import type { AidEvent } from './schema';
import { decodeText, textFileMismatch, TextFileError, type TextFile } from './textFile';

export type Read = { ok: true; json: unknown } | { ok: false; why: string };

/**
 * A file beside the page (`name`, relative to `base` where given), parsed; or why it could not be, said
 * after its name.
 */
export async function readJsonFile(name: string, base?: string): Promise<Read> {
  let response: Response;
  try {
    response = await fetch(base === undefined ? name : new URL(name, base).href, DATASET_REQUEST);
  } catch {
    return { ok: false, why: 'could not be reached' };
  }
  if (!response.ok) return { ok: false, why: `could not be read (HTTP ${response.status})` };
  const json = parseJson(utf8Text(await response.arrayBuffer()));
  return json === undefined ? { ok: false, why: 'is not JSON text' } : { ok: true, json };
}

const sameCitations = (a: AidEvent['citations'], b: LeanDataset['events'][number]['citations']) =>
  Array.isArray(a) &&
  a.length === b.length &&
  b.every((place, j) => {
    const c = a[j];
    return (
      c?.source === place.source &&
      c.start === place.start &&
      c.end === place.end &&
      typeof c.quote === 'string'
    );
  });

/**
 * The text of a whole dataset's events when they are the events of `dataset` (same ids, citations in the
 * same places), else null: its summaries and quotes then belong to other events, and are not shown.
 */
export function textOfSameEvents(json: unknown, dataset: LeanDataset): DatasetText | null {
  const events = (json as { events?: unknown } | null)?.events;
  if (!Array.isArray(events) || events.length !== dataset.events.length) return null;
  const whole = events as AidEvent[];
  const same = dataset.events.every((event, i) => {
    const other = whole[i];
    return (
      other?.id === event.id &&
      typeof other.summary === 'string' &&
      sameCitations(other.citations, event.citations)
    );
  });
  return same ? textOfEvents(whole) : null;
}

/**
 * The events' text for the dataset decoded from the columns file, whose text file has key `textKey`.
 * Rejects with an Error that names the files and says what is wrong with them.
 */
export async function fetchShippedText(dataset: LeanDataset, textKey: string): Promise<DatasetText> {
  const file = await readJsonFile(TEXT_URL);
  const why = file.ok ? textFileMismatch(file.json, textKey) : file.why;
  if (file.ok && why === null) {
    try {
      return decodeText(file.json as TextFile, dataset);
    } catch (error) {
      if (error instanceof TextFileError)
        throw new Error(`${TEXT_URL} is laid out wrongly: ${error.message}`, { cause: error });
      throw error;
    }
  }
  // Said to whoever deployed the files; a reader sees the text all the same.
  console.warn(`${TEXT_URL} ${why ?? ''}: the summaries and quotes are read from ${DATASET_URL} instead.`);
  const whole = await readJsonFile(DATASET_URL);
  if (!whole.ok) throw new Error(`${TEXT_URL} ${why ?? ''}, and ${DATASET_URL} ${whole.why}.`);
  const text = textOfSameEvents(whole.json, dataset);
  if (text === null)
    throw new Error(`${TEXT_URL} ${why ?? ''}, and ${DATASET_URL} holds other events than the ones shown.`);
  return text;
}
