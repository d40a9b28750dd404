import { memo, useId } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { datasetHasDrafts } from '../../state/filterMasks';
import type { DraftChoice } from '../../state/filtersSlice';
import { useAppStore } from '../../state/store';
import { useFilterResult } from '../../state/useFilteredView';
import { plural, wholeNumber } from '../../model/counts';

const CHOICES: readonly { value: DraftChoice; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'only', label: 'Only drafts' },
  { value: 'hide', label: 'Hide drafts' },
];

/**
 * Drafts: all / only drafts / hide drafts, each with the events it would show under the other filters.
 * Shown only when the dataset has drafts: in a reviewed dataset the choice could change nothing, and a
 * control that does nothing is noise (a `drafts=` link to such a dataset is dropped when read, url.ts).
 */
export const DraftFilter = memo(function DraftFilter() {
  const dataset = useDataset();
  const { counts } = useFilterResult();
  const value = useAppStore((s) => s.filters.drafts);
  const setFilters = useAppStore((s) => s.setFilters);
  const name = useId();
  if (!datasetHasDrafts(dataset)) return null;
  return (
    <section className="filter-section" aria-labelledby={`${name}-title`}>
      <h3 id={`${name}-title`} className="filter-section-title">
        Drafts
        {value !== 'all' && <span className="filter-badge">on</span>}
      </h3>
      <div className="filter-section-body">
        <p className="filter-hint" id={`${name}-hint`}>
          Entries drafted from an article that no curator has reviewed yet.
        </p>
        <div role="radiogroup" aria-labelledby={`${name}-title`}>
          <ul className="facet-list">
            {CHOICES.map((choice) => {
              const count = counts.drafts.get(choice.value) ?? 0;
              return (
                <li key={choice.value} className="facet-option">
                  <label className="facet-label">
                    <input
                      type="radio"
                      name={name}
                      value={choice.value}
                      checked={value === choice.value}
                      aria-describedby={`${name}-hint`}
                      aria-label={`${choice.label}, ${plural(count, 'event')}`}
                      onChange={() => {
                        setFilters({ drafts: choice.value });
                      }}
                    />
                    <span className="facet-name" aria-hidden="true">
                      {choice.label}
                    </span>
                    <span className="facet-count" aria-hidden="true">
                      {wholeNumber(count)}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </section>
  );
});
