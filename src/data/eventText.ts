/**
 * The long text of events, apart from the dataset the page holds (see leanDataset.ts): each event's
 * summary and its citations' quotes. The app ships it in a file of its own (textFile.ts), read when
 * something first needs it; where the page parsed a whole dataset, the text is read from its events.
 */
import type { CitationPlace, LeanDataset, LeanEvent } from './leanDataset';
import type { AidEvent, Citation, Dataset } from './schema';

/** Every event's text, in the dataset's order. */
export interface DatasetText {
  readonly summaries: readonly string[];
  /** All quotes, event after event: event i's are `quotes[quoteStart[i]]` up to `quotes[quoteStart[i + 1]]`. */
  readonly quotes: readonly string[];
  readonly quoteStart: Int32Array;
}

/** One event's text: its summary, and the quote of each of its citations, in their order. */
export interface EventText {
  summary: string;
  quotes: readonly string[];
}

/** The text of the event at `index`. */
export function eventText(text: DatasetText, index: number): EventText {
  const from = text.quoteStart[index] ?? 0;
  const to = text.quoteStart[index + 1] ?? from;
  return { summary: text.summaries[index] ?? '', quotes: text.quotes.slice(from, to) };
}

/** Offsets of each event's quotes in the flat list, from how many each has. */
export function quoteOffsets(counts: readonly number[]): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) start[i + 1] = (start[i] ?? 0) + (counts[i] ?? 0);
  return start;
}

/** The text of whole events (parsed from dataset.json): the same strings, not copies. */
export function textOfEvents(events: readonly AidEvent[]): DatasetText {
  const quotes: string[] = [];
  for (const event of events) for (const c of event.citations) quotes.push(c.quote);
  return {
    summaries: events.map((event) => event.summary),
    quotes,
    quoteStart: quoteOffsets(events.map((event) => event.citations.length)),
  };
}

/** An event's citations with their quotes, for what shows or reads them whole. */
export function citationsWithQuotes(event: LeanEvent, text: EventText): Citation[] {
  return event.citations.map((c, i) => withQuote(c, text.quotes[i] ?? ''));
}

/** A citation with its quote, its fields in the schema's order. */
function withQuote(place: CitationPlace, quote: string): Citation {
  const { source, ...offsets } = place;
  return { source, quote, ...offsets };
}

/** An event without its text: a new object, its other fields in their order. */
function leanEvent(event: AidEvent): LeanEvent {
  const lean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) if (key !== 'summary') lean[key] = value;
  lean.citations = event.citations.map((c): CitationPlace => ({
    source: c.source,
    start: c.start,
    end: c.end,
  }));
  return lean as LeanEvent;
}

/** A dataset without its events' text (what the columns file holds). */
export function leanOf(dataset: Dataset): LeanDataset {
  return { ...dataset, events: dataset.events.map(leanEvent) };
}

/**
 * The whole dataset: lean events given back their text, each field where the schema puts it (the
 * summary after the title, the quote after the source), so it is written exactly as dataset.json is.
 */
export function withText(dataset: LeanDataset, text: DatasetText): Dataset {
  const events = dataset.events.map((event, i): AidEvent => {
    const own = eventText(text, i);
    const whole: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(event)) {
      whole[key] = key === 'citations' ? citationsWithQuotes(event, own) : value;
      if (key === 'title') whole.summary = own.summary;
    }
    return whole as AidEvent;
  });
  return { ...dataset, events };
}
