/**
 * The dataset as the page holds it: every field of the published dataset but the long text the first
 * view never shows, an event's summary and its citations' quotes. That text is read on demand through
 * a DatasetText (see eventText.ts), so a type here never claims a string the page has not loaded.
 * A full Dataset is a LeanDataset too: where the page parsed dataset.json, its events still hold their
 * text, but only the DatasetText made from them reads it.
 */
import type { AidEvent, Citation, Dataset } from './schema';

/** Where an event's quote lies: its source and offsets, the quote itself in the DatasetText. */
export type CitationPlace = Omit<Citation, 'quote'>;

/** An event without its summary and quotes. */
export type LeanEvent = Omit<AidEvent, 'summary' | 'citations'> & { citations: CitationPlace[] };

/** A dataset whose events are lean; sources, actors, figures (with their quotes) and flags are whole. */
export type LeanDataset = Omit<Dataset, 'events'> & { events: LeanEvent[] };
