import { group } from 'd3-array';
import type { AidEvent, Amount, Citation, Dataset } from '../data/schema';
import { actorName, datasetLookups } from '../model/lookups';
import { flagsText, provenanceText } from '../model/provenance';
import type { CsvValue } from './csv';

export interface Table {
  header: string[];
  rows: CsvValue[][];
}

/** What the cells say of actors and citations: names and titles, not ids. */
function cellWords(dataset: Dataset) {
  const lookups = datasetLookups(dataset);
  const title = (c: Citation) => lookups.sourcesById.get(c.source)?.title ?? c.source;
  return {
    lookups,
    actor: (id: string | null | undefined) => (id == null ? null : actorName(lookups, id)),
    citations: (citations: readonly Citation[]) =>
      citations.map((c) => `${title(c)}: “${c.quote}”`).join('\n'),
    sources: (citations: readonly Citation[]) => [...new Set(citations.map(title))].join('; '),
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
  const look = cellWords(dataset);
  const figuresOf = group(amounts, (a) => a.eventId);
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
    (figuresOf.get(e.id) ?? []).map((a) => a.id).join('; '),
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
  const look = cellWords(dataset);
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
    look.lookups.eventsById.get(a.eventId)?.title ?? null,
    look.sources(a.citations),
    look.citations(a.citations),
    flagsText(a, look.lookups),
    provenanceText(a, look.lookups),
  ]);
  return { header: FIGURE_HEADER, rows };
}
