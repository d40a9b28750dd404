import type { AidEvent, Amount, Citation, Dataset } from '../data/schema';
import type { CsvValue } from './csv';
import { flagsText, provenanceText } from './provenanceText';

export interface Table {
  header: string[];
  rows: CsvValue[][];
}

function lookups(dataset: Dataset) {
  const actors = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s.title]));
  return {
    actor: (id: string | null | undefined) => (id == null ? null : (actors.get(id) ?? id)),
    citations: (citations: readonly Citation[]) =>
      citations.map((c) => `${sources.get(c.source) ?? c.source}: “${c.quote}”`).join('\n'),
    sources: (citations: readonly Citation[]) =>
      [...new Set(citations.map((c) => sources.get(c.source) ?? c.source))].join('; '),
  };
}

const EVENT_HEADER = [
  'id',
  'date',
  'date_precision',
  'date_basis',
  'title',
  'summary',
  'kind',
  'actors',
  'location',
  'figure_ids',
  'sources',
  'citations',
];

/** The shown events, one row each, with the ids of their shown figures and their verbatim citations. */
export function eventsTable(
  dataset: Dataset,
  events: readonly AidEvent[],
  amounts: readonly Amount[],
): Table {
  const look = lookups(dataset);
  const rows = events.map((e): CsvValue[] => [
    e.id,
    e.date,
    e.datePrecision,
    e.dateBasis,
    e.title,
    e.summary,
    e.kind,
    e.actors.map((id) => look.actor(id)).join('; '),
    e.location,
    amounts
      .filter((a) => a.eventId === e.id)
      .map((a) => a.id)
      .join('; '),
    look.sources(e.citations),
    look.citations(e.citations),
  ]);
  return { header: EVENT_HEADER, rows };
}

const FIGURE_HEADER = [
  'id',
  'date',
  'label',
  'value',
  'value_high',
  'currency',
  'usd',
  'usd_basis',
  'usd_rate',
  'usd_rate_source',
  'bound',
  'kind',
  'stage',
  'cumulative',
  'donor',
  'recipient',
  'part_of',
  'period',
  'event_id',
  'event_title',
  'sources',
  'citations',
  'flags',
  'provenance',
];

/** The shown figures, one row each: the original value and currency beside the USD value, and citations. */
export function figuresTable(dataset: Dataset, amounts: readonly Amount[]): Table {
  const look = lookups(dataset);
  const eventTitles = new Map(dataset.events.map((e) => [e.id, e.title]));
  const rows = amounts.map((a): CsvValue[] => [
    a.id,
    a.date,
    a.label,
    a.value,
    a.valueHigh ?? null,
    a.currency,
    a.usd,
    a.usdBasis,
    a.conversion?.rate ?? null,
    a.conversion?.series ?? null,
    a.bound,
    a.kind,
    a.stage,
    a.cumulative,
    look.actor(a.donor),
    look.actor(a.recipient),
    a.partOf ?? null,
    a.period ?? null,
    a.eventId,
    eventTitles.get(a.eventId) ?? null,
    look.sources(a.citations),
    look.citations(a.citations),
    flagsText(dataset, a),
    provenanceText(dataset, a),
  ]);
  return { header: FIGURE_HEADER, rows };
}
