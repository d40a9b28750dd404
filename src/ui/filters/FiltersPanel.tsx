import { useId, useState, type ReactNode } from 'react';
import { useAppStore } from '../../state/store';
import { ActorFilter } from './ActorFilter';
import { DateRangeFilter } from './DateRangeFilter';
import { DraftFilter } from './DraftFilter';
import { activeFilterCount } from '../../state/describeFilters';
import { KindFilter } from './KindFilter';
import { StageFilter } from './StageFilter';
import { TextFilter } from './TextFilter';
import { FollowsLater } from '../FilterStages';
import { useClearFilters } from './useClearFilters';
import { useMediaQuery } from '../../components/useMediaQuery';
import { NARROW_FILTERS } from './FiltersPlaceholder';
import './filters.css';

function FilterSection({
  title,
  active,
  children,
}: {
  title: string;
  active: number | boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="filter-section" aria-labelledby={id}>
      <h3 id={id} className="filter-section-title">
        {title}
        {typeof active === 'number'
          ? active > 0 && <span className="filter-badge">{active} selected</span>
          : active && <span className="filter-badge">on</span>}
      </h3>
      {children}
    </section>
  );
}

/** Filters by text, actor, kind, date and stage; open on wide screens, a disclosure on narrow ones. */
export function FiltersPanel() {
  const filters = useAppStore((s) => s.filters);
  const clearFilters = useClearFilters();
  const narrow = useMediaQuery(NARROW_FILTERS);
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const count = activeFilterCount(filters);
  const expanded = !narrow || open;
  const dates = filters.from !== null || filters.to !== null;

  return (
    <section className="card filters-panel" aria-labelledby="filters-title">
      <div className="card-header filters-header">
        <h2 id="filters-title" className="card-title">
          {narrow ? (
            <button
              type="button"
              className="filters-disclosure"
              aria-expanded={open}
              aria-controls={bodyId}
              onClick={() => {
                setOpen((o) => !o);
              }}
            >
              <svg className="disclosure-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
              </svg>
              Filters{count > 0 ? ` (${count} active)` : ''}
            </button>
          ) : (
            'Filters'
          )}
        </h2>
        {count > 0 && expanded && (
          <button type="button" className="btn btn-quiet btn-small" onClick={clearFilters}>
            Clear all
          </button>
        )}
      </div>
      <div id={bodyId} className="filters-body" hidden={!expanded}>
        <FollowsLater>
          <FilterSection title="Search" active={filters.text.trim() !== ''}>
            <TextFilter />
          </FilterSection>
          <FilterSection title="Actors" active={filters.actors.length}>
            <ActorFilter />
          </FilterSection>
          <FilterSection title="Kinds of event" active={filters.kinds.length}>
            <KindFilter />
          </FilterSection>
          <FilterSection title="Dates" active={dates}>
            <DateRangeFilter />
          </FilterSection>
          <FilterSection title="Stages of figures" active={filters.stages.length}>
            <StageFilter />
          </FilterSection>
          <DraftFilter />
        </FollowsLater>
      </div>
    </section>
  );
}
