import { useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import type { AidEvent, EventKind } from '../../data/schema';
import { EVENT_KINDS } from '../../data/vocabulary';
import type { ReadableEvents } from './readable/readableEvents';
import type { TimelineModel } from './useTimelineModel';

/** What the timeline's key lists: only what the events shown are drawn with. */
export interface LegendContent {
  /** The kinds of the events shown, in vocabulary order. */
  kinds: EventKind[];
  /** Whether any event shown is a draft (drawn with a "draft" chip). */
  drafts: boolean;
  /** Whether any has an inferred date (a hollow glyph). */
  inferred: boolean;
  /** Whether any date is known only to the week, month or year (a bar spans it). */
  ranges: boolean;
}

const DRAFT = 1;
const INFERRED = 2;
const RANGE = 4;
const ALL_TRAITS = DRAFT | INFERRED | RANGE;

/** Per event of a list: its kind (index in EVENT_KINDS) and what else the key may have to explain. */
export interface LegendTraits {
  kind: Uint8Array;
  traits: Uint8Array;
}

const KIND_CODE = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));
const traitsByList = new WeakMap<readonly AidEvent[], LegendTraits>();

/** The legend's traits of each event, read once per list (the dataset's events), not on every filter change. */
export function legendTraits(events: readonly AidEvent[]): LegendTraits {
  const known = traitsByList.get(events);
  if (known !== undefined) return known;
  const kind = new Uint8Array(events.length);
  const traits = new Uint8Array(events.length);
  events.forEach((e, i) => {
    kind[i] = KIND_CODE.get(e.kind) ?? 255;
    traits[i] =
      (e.draft === true ? DRAFT : 0) |
      (e.dateBasis === 'inferred' ? INFERRED : 0) |
      (e.datePrecision !== 'day' ? RANGE : 0);
  });
  const made = { kind, traits };
  traitsByList.set(events, made);
  return made;
}

/** The key's content for `shown`, whose `source` indexes the list `traits` were read from. */
export function legendContent(shown: ReadableEvents, { kind, traits }: LegendTraits): LegendContent {
  const present = new Uint8Array(EVENT_KINDS.length);
  let kinds = 0;
  let found = 0;
  for (const from of shown.source) {
    found |= traits[from] ?? 0;
    const k = kind[from] ?? 255;
    if (k < present.length && present[k] === 0) {
      present[k] = 1;
      kinds++;
    }
    if (found === ALL_TRAITS && kinds === present.length) break;
  }
  return {
    kinds: EVENT_KINDS.filter((_, k) => present[k] === 1),
    drafts: (found & DRAFT) !== 0,
    inferred: (found & INFERRED) !== 0,
    ranges: (found & RANGE) !== 0,
  };
}

/** The key's content for the events a timeline shows; whether clusters are drawn is the chart's to say. */
export function useLegendContent(model: TimelineModel): LegendContent {
  const dataset = useDataset();
  const { events } = model;
  return useMemo(() => legendContent(events, legendTraits(dataset.events)), [events, dataset]);
}
