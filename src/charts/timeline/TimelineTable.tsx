import { useMemo, useState } from 'react';
import { useAppStore } from '../../state/store';
import type { LeanEvent } from '../../data/leanDataset';
import { Highlight } from '../../components/Highlight';
import { formatEventDate } from '../../model/dates';
import { formatAmountLabel } from '../../model/money';
import { KindGlyph } from './KindGlyph';
import { KIND_LABELS } from '../../model/eventKinds';
import { pageOf, pageOfRow } from './pagination';
import { actorNames, sourceCount, useLookups } from '../../model/lookups';
import type { TimelineModel } from './useTimelineModel';
import { plural, wholeNumber } from '../../model/counts';

/** Events by the start of their date's span ("week of 17 Apr" before "20 Apr"), then as drawn. */
function byStartDate(timed: TimelineModel['events']): LeanEvent[] {
  const order = timed.events.map((_, i) => i);
  order.sort((a, b) => (timed.start[a] ?? 0) - (timed.start[b] ?? 0) || a - b);
  return order.map((i) => timed.events[i]).filter((e) => e !== undefined);
}

/**
 * The filtered events as a table, in time order, a page at a time (a dataset of 100,000 events stays
 * quick): date, title, kind, actors, figures and sources. A row (or its title, from the keyboard) opens
 * the event's details.
 */
export function TimelineTable({ model }: { model: TimelineModel }) {
  const lookups = useLookups();
  const query = useAppStore((s) => s.filters.text);
  const selectedId = useAppStore((s) => s.selection.eventId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const events = useMemo(() => byStartDate(model.events), [model.events]);
  const [requestedPage, setRequestedPage] = useState(0);

  // When an event is selected elsewhere, turn to the page that lists it.
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (seenSelection !== selectedId) {
    setSeenSelection(selectedId);
    const row = selectedId === null ? -1 : events.findIndex((e) => e.id === selectedId);
    if (row >= 0) setRequestedPage(pageOfRow(row));
  }

  const page = pageOf(events.length, requestedPage);
  const rows = events.slice(page.from, page.to);

  if (events.length === 0) return <p className="tl-empty">No events match the filters.</p>;

  return (
    <div className="tl-table">
      <div className="table-scroll">
        <table className="data-table tl-data-table">
          <caption>
            {plural(events.length, 'event')} in time order
            {page.pages > 1 ? `, rows ${wholeNumber(page.from + 1)}–${wholeNumber(page.to)}` : ''}. Select a
            title for its details and sources.
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Kind</th>
              <th scope="col">Actors</th>
              <th scope="col" className="num">
                Figures
              </th>
              <th scope="col" className="num">
                Sources
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((event) => {
              const selected = event.id === selectedId;
              const amounts = lookups.amountsByEvent.get(event.id) ?? [];
              const sources = sourceCount(event);
              return (
                <tr
                  key={event.id}
                  className={selected ? 'tl-row-selected' : undefined}
                  aria-current={selected || undefined}
                  onClick={() => {
                    selectEvent(event.id);
                  }}
                >
                  <td className="tl-cell-date" data-label="Date">
                    <time dateTime={event.date}>{formatEventDate(event.date, event.datePrecision)}</time>
                    {event.dateBasis === 'inferred' && <span className="tl-cell-note muted">inferred</span>}
                  </td>
                  <td className="tl-cell-title" data-label="Event">
                    <button
                      type="button"
                      className="tl-row-title"
                      aria-pressed={selected}
                      onClick={() => {
                        selectEvent(event.id);
                      }}
                    >
                      <Highlight text={event.title} query={query} />
                    </button>
                    {event.draft === true && <span className="tl-draft-mark">draft</span>}
                  </td>
                  <td className="tl-cell-kind" data-label="Kind">
                    <KindGlyph kind={event.kind} inferred={event.dateBasis === 'inferred'} />{' '}
                    {KIND_LABELS[event.kind]}
                  </td>
                  <td data-label="Actors">{actorNames(event, lookups).join(', ')}</td>
                  <td className="num" data-label="Figures">
                    {amounts.map((a) => (
                      <span key={a.id} className="tl-cell-figure">
                        {formatAmountLabel(a)}
                      </span>
                    ))}
                  </td>
                  <td className="num tl-cell-sources" data-label="Sources">
                    {sources}
                    {event.citations.length !== sources && (
                      <span className="muted"> ({event.citations.length} quotes)</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {page.pages > 1 && (
        <nav className="tl-pager" aria-label="Table pages">
          <button
            type="button"
            className="btn"
            aria-disabled={page.page === 0}
            onClick={() => {
              if (page.page > 0) setRequestedPage(page.page - 1);
            }}
          >
            Previous
          </button>
          <span className="tl-pager-status" aria-live="polite">
            Page {page.page + 1} of {page.pages}
          </span>
          <button
            type="button"
            className="btn"
            aria-disabled={page.page === page.pages - 1}
            onClick={() => {
              if (page.page < page.pages - 1) setRequestedPage(page.page + 1);
            }}
          >
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
