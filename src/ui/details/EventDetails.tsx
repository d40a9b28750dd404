import { group } from 'd3-array';
import { useId } from 'react';
import { KindGlyph } from '../../charts/timeline/KindGlyph';
import { KIND_LABELS } from '../../model/eventKinds';
import { actorName, sourceCount, type Lookups } from '../../model/lookups';
import type { CitationPlace, LeanEvent } from '../../data/leanDataset';
import { useAppStore } from '../../state/store';
import { describeDateBasis, describePrecision, formatEventDate, formatIsoDate } from '../../model/dates';
import { formatAmountLabel } from '../../model/money';
import { Highlight } from '../../components/Highlight';
import { DraftBadge } from './DraftBadge';
import { ReadInSource } from '../sourceReader/ReadInSource';
import { useEventText } from './useEventText';

interface EventDetailsProps {
  event: LeanEvent;
  lookups: Lookups;
  /** The figure shown above, if any: it is marked in the list of the event's figures. */
  currentAmountId?: string | null;
}

/**
 * One event in full: its date and how it is known, title, summary, actors (each a filter), figures (each
 * opens its provenance) and every citation with its source.
 */
export function EventDetails({ event, lookups, currentAmountId = null }: EventDetailsProps) {
  const headingId = useId();
  const query = useAppStore((s) => s.filters.text);
  const setFilters = useAppStore((s) => s.setFilters);
  const selectAmount = useAppStore((s) => s.selectAmount);
  const amounts = lookups.amountsByEvent.get(event.id) ?? [];
  const sources = sourceCount(event);
  const inferred = event.dateBasis === 'inferred';
  const text = useEventText(event);
  const quotes = text.status === 'ready' ? text.text.quotes : null;

  return (
    <article className="event-details" aria-labelledby={headingId} data-event-id={event.id}>
      <p className="ev-eyebrow">
        <KindGlyph kind={event.kind} inferred={inferred} /> {KIND_LABELS[event.kind]}
        {event.location !== null && <span> · {event.location}</span>}
        {event.draft === true && (
          <>
            {' '}
            <DraftBadge />
          </>
        )}
      </p>
      <h3 id={headingId} className="ev-title">
        <Highlight text={event.title} query={query} />
      </h3>
      <div className="ev-date">
        <p>
          <time dateTime={event.date}>{formatEventDate(event.date, event.datePrecision)}</time>
        </p>
        <p className="ev-date-basis">
          {describePrecision(event.datePrecision)} · {describeDateBasis(event.dateBasis, event.dateNote)}
        </p>
      </div>
      {text.status === 'ready' && text.text.summary !== '' && (
        <p className="ev-summary">
          <Highlight text={text.text.summary} query={query} />
        </p>
      )}
      {text.status === 'loading' && (
        <p className="ev-summary ev-text-status" role="status">
          Loading the summary and quotes…
        </p>
      )}
      {text.status === 'failed' && (
        <p className="ev-summary ev-text-status" role="alert">
          The summary and quotes could not be loaded. {text.message}
        </p>
      )}

      {event.actors.length > 0 && (
        <div className="ev-section">
          <h4 className="ev-subtitle">Actors</h4>
          <ul className="ev-chips">
            {event.actors.map((id) => {
              const name = actorName(lookups, id);
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="chip"
                    title={`Show only events with ${name}`}
                    onClick={() => {
                      setFilters({ actors: [id] });
                    }}
                  >
                    {name}
                    <span className="visually-hidden">: show only events with {name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {amounts.length > 0 && (
        <div className="ev-section">
          <h4 className="ev-subtitle">Figures</h4>
          <ul className="ev-figures">
            {amounts.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  className="ev-figure"
                  aria-current={a.id === currentAmountId || undefined}
                  onClick={() => {
                    selectAmount(a.id, event.id);
                  }}
                >
                  <span className="ev-figure-value">{formatAmountLabel(a)}</span>
                  <span className="ev-figure-label">
                    {a.label}
                    {a.draft === true && (
                      <>
                        {' '}
                        <DraftBadge small />
                      </>
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="ev-section">
        <h4 className="ev-subtitle">Sources</h4>
        <p className="ev-corroboration">
          {sources === 1 ? 'Reported by 1 source' : `Reported by ${sources} sources`}
          {event.citations.length !== sources && ` in ${event.citations.length} quotes`}
          {sources === 1 && <span className="muted"> (not corroborated)</span>}
        </p>
        <ol className="ev-sources">
          {groupBySource(event.citations).map(([sourceId, cited]) => (
            <SourceItem
              key={sourceId}
              sourceId={sourceId}
              citations={cited.map(({ place, at }) => ({ place, quote: quotes?.[at] ?? null }))}
              lookups={lookups}
              query={query}
            />
          ))}
        </ol>
      </div>
    </article>
  );
}

interface Cited {
  place: CitationPlace;
  /** The citation's place in the event's list (and so its quote's). */
  at: number;
}

/** Citations grouped by their source, sources in the order they are first cited. */
function groupBySource(citations: readonly CitationPlace[]): [string, Cited[]][] {
  const cited = citations.map((place, at) => ({ place, at }));
  return [...group(cited, (c) => c.place.source)];
}

interface SourceItemProps {
  sourceId: string;
  /** Each citation with its quote, or null while the quotes are read. */
  citations: readonly { place: CitationPlace; quote: string | null }[];
  lookups: Lookups;
  query: string;
}

/** One source (title, outlet, date) and every quote taken from it, verbatim and highlighted. */
function SourceItem({ sourceId, citations, lookups, query }: SourceItemProps) {
  const source = lookups.sourcesById.get(sourceId);
  const published =
    source?.published == null
      ? 'date unknown'
      : `${formatIsoDate(source.published)}${source.publishedBasis === 'inferred' ? ' (date inferred)' : ''}`;
  return (
    <li className="ev-source-group">
      <p className="ev-source">
        <cite>{source?.title ?? sourceId}</cite>
        {source?.outlet != null && source.outlet !== '' && <span>, {source.outlet}</span>}
        <span>, {published}</span>
      </p>
      <ul className="ev-citations">
        {citations.map(({ place, quote }) => (
          <li key={`${place.start}:${place.end}`} className="ev-citation">
            {quote === null ? (
              <div className="ev-quote ev-quote-pending skeleton" aria-hidden="true" />
            ) : (
              <>
                <blockquote className="ev-quote">
                  <p>
                    <mark className="ev-quote-mark">
                      <Highlight text={quote} query={query} />
                    </mark>
                  </p>
                </blockquote>
                <ReadInSource
                  citation={{ source: place.source, quote, start: place.start, end: place.end }}
                  sourceTitle={source?.title ?? sourceId}
                />
              </>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
