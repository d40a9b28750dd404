import { memo, useEffect, useId, useRef, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useDatasetText, useTextSource } from '../../data/useDatasetText';
import { prepareTextSearch } from '../../state/datasetIndex';
import { useAppStore } from '../../state/store';
import { cleanSearchText, MAX_QUERY_LENGTH } from '../../state/url';
import { wholeNumber } from '../../model/counts';

/** How long typing may pause before the filter applies what was typed. */
const TYPING_DELAY_MS = 150;

/** Free-text search over titles, summaries and quotes; the views highlight what it matches. */
export const TextFilter = memo(function TextFilter() {
  const dataset = useDataset();
  const source = useTextSource();
  // Read here only to say how far the search reaches: the search itself asks for the text.
  const textState = useDatasetText(false);
  const text = useAppStore((s) => s.filters.text);
  const setFilters = useAppStore((s) => s.setFilters);
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(text);
  const [shown, setShown] = useState(text);
  // The length of the last text cut to MAX_QUERY_LENGTH, to say so; null when nothing was cut.
  const [cutFrom, setCutFrom] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The store changed from elsewhere (clear all, back and forward): show its text.
  if (shown !== text) {
    setShown(text);
    setDraft(text);
  }

  const cancel = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  const commit = (value: string) => {
    cancel();
    if (value !== useAppStore.getState().filters.text) setFilters({ text: value });
  };

  useEffect(() => cancel, []);

  return (
    <div className="filter-section-body">
      <label htmlFor={id} className="visually-hidden">
        Search text
      </label>
      <input
        id={id}
        className="filter-input"
        type="search"
        placeholder="Titles, summaries, quotes"
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        value={draft}
        onFocus={() => {
          // The summaries and quotes are read, and large datasets build their word index once, when the
          // box gets focus: off the first keystroke.
          source.load().then(
            (loaded) => {
              setTimeout(() => {
                prepareTextSearch(dataset, loaded);
              }, 0);
            },
            () => undefined,
          );
        }}
        onChange={(e) => {
          // Longer searches cannot be kept in a link: cut here, visibly, rather than in the URL silently.
          const typed = e.target.value;
          const value = typed.length > MAX_QUERY_LENGTH ? cleanSearchText(typed) : typed;
          setCutFrom(value === typed ? null : typed.length);
          setDraft(value);
          cancel();
          timer.current = setTimeout(() => {
            commit(value);
          }, TYPING_DELAY_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(draft);
        }}
      />
      <p id={hintId} className="filter-hint" role="status">
        {cutFrom === null
          ? 'Every word must appear; case and accents are ignored.'
          : `Cut to the first ${wholeNumber(MAX_QUERY_LENGTH)} of ${wholeNumber(cutFrom)} characters: longer searches cannot be kept in a link.`}
        {textState.status === 'loading' && (
          <span className="filter-hint-reach"> Titles only until the summaries and quotes have loaded.</span>
        )}
        {textState.status === 'failed' && (
          <span className="filter-hint-reach">
            {' '}
            Titles only: the summaries and quotes could not be loaded. {textState.message}
          </span>
        )}
      </p>
    </div>
  );
});
