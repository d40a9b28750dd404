/**
 * What the filters run on, built once per dataset: typed arrays of each event's day span, kind, traits
 * and actors (see model/eventActors.ts) and of each figure's event and stage, a word index of the folded
 * search text (built on the first text search, of the titles alone until the events' text has been
 * read), and the last mask of each filter dimension.
 */
import type { DatasetText } from '../data/eventText';
import type { LeanDataset } from '../data/leanDataset';
import { AMOUNT_STAGES, EVENT_KINDS } from '../data/vocabulary';
import { eventDaySpan } from '../model/dates';
import { eventActorIndex, type EventActorIndex } from '../model/eventActors';
import { foldText } from './searchText';

/** A filter dimension's last pass/fail mask per event, under the key of the filter values that made it. */
export interface MaskEntry {
  key: string;
  mask: Uint8Array | null;
}

/**
 * The words of all events' folded search text (split on white space) and, per word, the events that
 * contain it, ascending. A term holds no white space, so it occurs in a text exactly when it occurs
 * inside one of its words: searching the distinct words finds the same events as scanning every text.
 */
export interface WordIndex {
  words: string[];
  postings: number[][];
  /** The events' text the index holds besides the titles: null while it has not been read. */
  text: DatasetText | null;
}

export interface DatasetIndex extends EventActorIndex {
  readonly dataset: LeanDataset;
  readonly actorIndex: ReadonlyMap<string, number>;
  /** The first and last day numbers each event's date covers (an unreadable date: an empty span). */
  readonly eventStart: Int32Array;
  readonly eventEnd: Int32Array;
  readonly eventKind: Uint8Array;
  /** What else each event is drawn with: EVENT_DRAFT, EVENT_INFERRED and EVENT_RANGE bits. */
  readonly eventTraits: Uint8Array;
  /** Figures of event i are amountList[amountStart[i] .. amountStart[i + 1]). */
  readonly amountStart: Int32Array;
  readonly amountList: Int32Array;
  readonly amountEvent: Int32Array;
  readonly amountStage: Uint8Array;
  words: WordIndex | null;
  /** Each event's index in the dataset, by id: built when an id is first looked up (see eventIndexOf). */
  eventIndex: ReadonlyMap<string, number> | null;
  actorMask: MaskEntry | null;
  kindMask: MaskEntry | null;
  dateMask: MaskEntry | null;
  textMask: MaskEntry | null;
}

/** Trait bits of `eventTraits`: a draft, a date inferred, a date known only to the week, month or year. */
export const EVENT_DRAFT = 1;
export const EVENT_INFERRED = 2;
export const EVENT_RANGE = 4;

/** Day numbers that no date reaches: an unreadable date's span is [NO_DAY_AFTER, NO_DAY_BEFORE], which overlaps no range. */
const NO_DAY_AFTER = 2 ** 31 - 1;
const NO_DAY_BEFORE = -(2 ** 31);

export const KIND_INDEX = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));
export const STAGE_INDEX = new Map<string, number>(AMOUNT_STAGES.map((s, i) => [s, i]));
const indexes = new WeakMap<LeanDataset, DatasetIndex>();

function buildIndex(dataset: LeanDataset): DatasetIndex {
  const { events, amounts, actors } = dataset;
  const n = events.length;
  const actorIds = actors.map((a) => a.id);
  const actorIndex = new Map(actorIds.map((id, i) => [id, i]));
  // Day numbers of years 0 to 9999 fit in 32 bits, at half the bytes of doubles.
  const eventStart = new Int32Array(n);
  const eventEnd = new Int32Array(n);
  const eventKind = new Uint8Array(n);
  const eventTraits = new Uint8Array(n);
  events.forEach((event, i) => {
    const span = eventDaySpan(event.date, event.datePrecision);
    eventStart[i] = span === null ? NO_DAY_AFTER : span.start;
    eventEnd[i] = span === null ? NO_DAY_BEFORE : span.end;
    eventKind[i] = KIND_INDEX.get(event.kind) ?? 255;
    eventTraits[i] =
      (event.draft === true ? EVENT_DRAFT : 0) |
      (event.dateBasis === 'inferred' ? EVENT_INFERRED : 0) |
      (event.datePrecision !== 'day' ? EVENT_RANGE : 0);
  });

  const amountEvent = eventsOfAmounts(events, amounts);
  const amountStage = new Uint8Array(amounts.length);
  const perEvent = new Int32Array(n + 1);
  amounts.forEach((amount, j) => {
    const e = amountEvent[j] ?? -1;
    amountStage[j] = STAGE_INDEX.get(amount.stage) ?? 255;
    if (e >= 0) perEvent[e + 1] = (perEvent[e + 1] ?? 0) + 1;
  });
  const amountStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) amountStart[i + 1] = (amountStart[i] ?? 0) + (perEvent[i + 1] ?? 0);
  const fill = amountStart.slice(0, n);
  const amountList = new Int32Array(amountStart[n] ?? 0);
  for (let j = 0; j < amounts.length; j++) {
    const e = amountEvent[j] ?? -1;
    if (e < 0) continue;
    amountList[fill[e] ?? 0] = j;
    fill[e] = (fill[e] ?? 0) + 1;
  }

  return {
    dataset,
    ...eventActorIndex(events, actorIds),
    actorIndex,
    eventStart,
    eventEnd,
    eventKind,
    eventTraits,
    amountStart,
    amountList,
    amountEvent,
    amountStage,
    words: null,
    eventIndex: null,
    actorMask: null,
    kindMask: null,
    dateMask: null,
    textMask: null,
  };
}

/**
 * The index of each figure's event (-1: none). Figures usually come in the order of their events, as the
 * compiler and the generator write them: a walk forward finds each without a map of every event id
 * (about 2 MB and a tenth of a second at 100k events). The first figure found out of that order builds
 * the map, which serves the rest.
 */
export function eventsOfAmounts(
  events: readonly { id: string }[],
  amounts: readonly { eventId: string }[],
): Int32Array {
  const out = new Int32Array(amounts.length);
  let map: Map<string, number> | null = null;
  let at = 0;
  for (let j = 0; j < amounts.length; j++) {
    const id = amounts[j]?.eventId;
    if (map === null) {
      let k = at;
      while (k < events.length && events[k]?.id !== id) k++;
      if (k < events.length) {
        out[j] = at = k;
        continue;
      }
      map = indexById(events);
    }
    out[j] = (id === undefined ? undefined : map.get(id)) ?? -1;
  }
  return out;
}

function indexById(items: readonly { id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => index.set(item.id, i));
  return index;
}

/**
 * Each event's index in the dataset, by id, built on the first look-up (a selection, say): at 100k
 * events the map alone is about 2 MB, which the first view does without.
 */
export function eventIndexOf(index: DatasetIndex): ReadonlyMap<string, number> {
  return (index.eventIndex ??= indexById(index.dataset.events));
}

export function datasetIndex(dataset: LeanDataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (index === undefined) {
    index = buildIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/** The word index of the titles and, once read, the summaries and quotes (`text`) of all events. */
export function wordIndexOf(index: DatasetIndex, text: DatasetText | null): WordIndex {
  if (index.words?.text === text) return index.words;
  const ids = new Map<string, number>();
  const words: string[] = [];
  const postings: number[][] = [];
  index.dataset.events.forEach((e, i) => {
    let searched = e.title;
    if (text !== null) {
      searched += `\n${text.summaries[i] ?? ''}`;
      for (let q = text.quoteStart[i] ?? 0, end = text.quoteStart[i + 1] ?? 0; q < end; q++)
        searched += `\n${text.quotes[q] ?? ''}`;
    }
    for (const word of foldText(searched).split(/\s+/)) {
      if (word === '') continue;
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
        postings.push([]);
      }
      const events = postings[id] ?? [];
      if (events[events.length - 1] !== i) events.push(i);
    }
  });
  index.words = { words, postings, text };
  return index.words;
}

/** Builds the word index now (it is otherwise built by the first text search), e.g. when the search box gets focus. */
export function prepareTextSearch(dataset: LeanDataset, text: DatasetText | null): void {
  wordIndexOf(datasetIndex(dataset), text);
}
