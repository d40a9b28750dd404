import { memo, useId, useMemo, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { formatDateRange, formatIsoDate, isoDayRange, msToIso, parseIsoDay } from '../../model/dates';
import { dateFilterWindow, datasetTimeDomain } from '../../model/timeDomain';
import { useAppStore } from '../../state/store';
import { useSearchedText, useShownFilters } from '../../state/useFilteredView';
import { datasetFacets, monthCounts } from './datasetFacets';

/**
 * The date filter and the timeline's window are two things: `filters.from/to` decides which events
 * count (every view, the figures and the counts follow it); `view.window` is only how far the timeline
 * is zoomed, set by its overview brush. They meet in two explicit places:
 * - setting the dates here zooms the timeline to them (clearing them zooms out to everything), so the
 *   brush shows the filtered range;
 * - "Filter to the visible range" copies the timeline's window into the date filter.
 */

/** The earliest year a date input commits: while a year is typed, the input passes through 0002, 0020... */
const MIN_YEAR = 1000;

const committable = (value: string): boolean =>
  parseIsoDay(value) !== null && Number(value.slice(0, 4)) >= MIN_YEAR;

/** A date input that keeps what is being typed and commits only whole, plausible dates. */
function DateInput({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  value: string | null;
  min: string | undefined;
  max: string | undefined;
  onCommit: (value: string | null) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }
  return (
    <div className="date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="filter-input"
        type="date"
        value={draft}
        min={min}
        max={max}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          if (next === '') onCommit(null);
          else if (committable(next)) onCommit(next);
        }}
      />
    </div>
  );
}

/**
 * "Filter to the visible range": the one part of the date filter that follows the timeline's window, on
 * its own so that a zoom or a pan re-renders this button and not the month picker.
 */
function FilterToVisibleRange({ from, to }: { from: string | null; to: string | null }) {
  const visible = useVisibleDays();
  const setDateRange = useAppStore((s) => s.setDateRange);
  return (
    <button
      type="button"
      className="btn btn-small"
      disabled={visible === null || (visible.from === from && visible.to === to)}
      onClick={() => {
        if (visible !== null) setDateRange(visible.from, visible.to);
      }}
    >
      Filter to the visible range
    </button>
  );
}

/** What the timeline shows, in words. */
function VisibleRangeHint() {
  const visible = useVisibleDays();
  return (
    <p className="filter-hint">
      {visible === null
        ? 'The timeline shows the whole period.'
        : `The timeline shows ${formatDateRange(visible.from, visible.to) ?? ''}.`}
    </p>
  );
}

/**
 * The first and last day the timeline shows, or null when it shows everything. The store is read as a
 * string so that a component re-renders only when a day changes, not on every step of a gesture.
 */
function useVisibleDays(): { from: string; to: string } | null {
  const days = useAppStore((s) =>
    s.view.window === null ? null : `${msToIso(s.view.window[0])}/${msToIso(s.view.window[1] - 1)}`,
  );
  if (days === null) return null;
  const [from = '', to = ''] = days.split('/');
  return { from, to };
}

/** From and to dates, a month picker, and the link to the timeline's visible range. */
export const DateRangeFilter = memo(function DateRangeFilter() {
  const dataset = useDataset();
  const { extent, months } = datasetFacets(dataset);
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const shown = useShownFilters();
  const text = useSearchedText(shown);
  const counts = useMemo(() => monthCounts(dataset, shown, text), [dataset, shown, text]);
  const setDateRange = useAppStore((s) => s.setDateRange);
  const setWindow = useAppStore((s) => s.setWindow);
  const monthId = useId();

  const apply = (nextFrom: string | null, nextTo: string | null) => {
    setDateRange(nextFrom, nextTo);
    setWindow(dateFilterWindow(nextFrom, nextTo, datasetTimeDomain(dataset)));
  };

  const currentMonth = months.find(({ month }) => {
    const range = isoDayRange(month);
    return range !== null && range.from === from && range.to === to;
  });

  return (
    <div className="filter-section-body">
      <div className="date-fields">
        <DateInput
          label="From"
          value={from}
          min={extent?.min}
          max={extent?.max}
          onCommit={(next) => {
            // Keep the range the right way round: a start after the end moves the end.
            apply(next, next !== null && to !== null && to < next ? next : to);
          }}
        />
        <DateInput
          label="To"
          value={to}
          min={extent?.min}
          max={extent?.max}
          onCommit={(next) => {
            apply(next !== null && from !== null && from > next ? next : from, next);
          }}
        />
      </div>
      {months.length > 0 && (
        <div className="date-field">
          <label htmlFor={monthId}>Month</label>
          <select
            id={monthId}
            className="filter-input"
            value={currentMonth?.month ?? ''}
            onChange={(e) => {
              const range = isoDayRange(e.target.value);
              if (range === null) apply(null, null);
              else apply(range.from, range.to);
            }}
          >
            <option value="">
              {currentMonth === undefined && (from ?? to) !== null ? 'Custom range' : 'Any month'}
            </option>
            {months.map(({ month }, i) => {
              const events = counts[i] ?? 0;
              return (
                <option key={month} value={month} data-events={events}>
                  {formatIsoDate(month)} ({events} event{events === 1 ? '' : 's'})
                </option>
              );
            })}
          </select>
        </div>
      )}
      <div className="filter-actions">
        <FilterToVisibleRange from={from} to={to} />
        <button
          type="button"
          className="btn btn-quiet btn-small"
          disabled={from === null && to === null}
          onClick={() => {
            apply(null, null);
          }}
        >
          Clear dates
        </button>
      </div>
      <VisibleRangeHint />
    </div>
  );
});
