import { useEffect, useRef, useState } from 'react';
import { useDataset } from '../data/DatasetContext';
import { plural, wholeNumber } from '../model/counts';
import { cutBetweenCharacters } from '../model/characters';
import { useLookups } from '../model/lookups';
import { emptyFilters } from '../state/filtersSlice';
import { useAppStore } from '../state/store';
import { useFilteredView, useShownFilters } from '../state/useFilteredView';
import { shareableUrl } from '../state/useUrlSync';
import { activeFilterCount, actorShortName, filterChoice, filterPhrases } from '../state/describeFilters';
import { lastFilterChange, undoChange, undoLabel, type FilterChange } from './filters/lastChange';
import { useClearFilters } from './filters/useClearFilters';
import './SummaryBar.css';

const CONFIRMATION_MS = 2500;
/** The longest search quoted in the summary line, in characters. */
export const MAX_SHOWN_SEARCH = 60;

/** `text` cut to at most `max` characters (never inside one) and an ellipsis, or whole when it fits. */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cutBetweenCharacters(text, max - 1).trimEnd()}…`;
}

/** The last single change made to the filters, to offer taking it back when nothing is left. */
function useLastFilterChange(): FilterChange | null {
  const [change, setChange] = useState<FilterChange | null>(null);
  useEffect(
    () =>
      useAppStore.subscribe((next, prev) => {
        if (next.filters !== prev.filters) setChange(lastFilterChange(prev.filters, next.filters));
      }),
    [],
  );
  return change;
}

type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'manual'; url: string };

/** "Copy link": the Clipboard API with a visible confirmation; else a selected read-only field. */
function CopyLink() {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.status !== 'copied') return;
    const timer = setTimeout(() => {
      setState({ status: 'idle' });
    }, CONFIRMATION_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);

  useEffect(() => {
    if (state.status === 'manual') field.current?.select();
  }, [state]);

  const copy = () => {
    const url = shareableUrl(useAppStore.getState());
    const manual = () => {
      setState({ status: 'manual', url });
    };
    if (typeof navigator.clipboard === 'undefined') {
      manual();
      return;
    }
    navigator.clipboard.writeText(url).then(() => {
      setState({ status: 'copied' });
    }, manual);
  };

  return (
    <div className="copy-link">
      <button type="button" className="btn" onClick={copy}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.8 2.8 0 014 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 01-4-4L5 7.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
        Copy link
      </button>
      <span className="copy-status" role="status">
        {state.status === 'copied' ? 'Link copied' : ''}
      </span>
      {state.status === 'manual' && (
        <div className="copy-manual">
          <label htmlFor="copy-link-field">Copy this link:</label>
          <input
            id="copy-link-field"
            ref={field}
            className="copy-field"
            type="text"
            readOnly
            value={state.url}
            onFocus={(e) => {
              e.target.select();
            }}
          />
          <button
            type="button"
            className="btn btn-quiet btn-icon"
            aria-label="Close"
            onClick={() => {
              setState({ status: 'idle' });
            }}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}

/** One line that says what is shown, with "Clear all", "Copy link", and a way out of an empty result. */
export function SummaryBar() {
  const dataset = useDataset();
  const view = useFilteredView();
  const filters = useShownFilters();
  const setFilters = useAppStore((s) => s.setFilters);
  const clearFilters = useClearFilters();
  const setWindow = useAppStore((s) => s.setWindow);
  const lastChange = useLastFilterChange();
  const lookups = useLookups();

  const active = activeFilterCount(filters) > 0 || filters.actorMatch !== emptyFilters.actorMatch;
  // A long search is quoted shortened; the whole of it is in the search box and the tooltip.
  const searchCut = filters.text.trim().length > MAX_SHOWN_SEARCH;
  const phrases = filterPhrases(
    filterChoice({ ...filters, text: shortenText(filters.text.trim(), MAX_SHOWN_SEARCH) }, lookups),
  );
  const empty = view.events.length === 0 && view.amounts.length === 0 && active;
  const counts = `${wholeNumber(view.events.length)} of ${plural(dataset.events.length, 'event')}, ${wholeNumber(view.amounts.length)} of ${plural(dataset.amounts.length, 'figure')}`;
  const actorName = (id: string) => {
    const actor = lookups.actorsById.get(id);
    return actor === undefined ? id : actorShortName(actor);
  };

  return (
    <div className={`summary-bar${empty ? ' is-empty' : ''}`}>
      <p
        className="summary-text"
        role="status"
        aria-live="polite"
        data-testid="filter-summary"
        title={searchCut ? `Search: ${filters.text.trim()}` : undefined}
      >
        {empty ? (
          <>
            <strong>Nothing matches these filters</strong>
            {phrases.length > 0 && `: ${phrases.join('; ')}`}
          </>
        ) : (
          <>
            <strong>{counts}</strong>
            {phrases.length > 0 && `; ${phrases.join('; ')}`}
          </>
        )}
      </p>
      <div className="summary-actions">
        {empty && lastChange !== null && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setFilters(undoChange(lastChange, useAppStore.getState().filters));
              if (lastChange.type === 'dates') setWindow(null);
            }}
          >
            {undoLabel(lastChange, actorName)}
          </button>
        )}
        {active && (
          <button type="button" className="btn" onClick={clearFilters}>
            Clear all
          </button>
        )}
        <CopyLink />
      </div>
    </div>
  );
}
