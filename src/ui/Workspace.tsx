import { useEffect, useState } from 'react';
import { FiguresPanel } from './FiguresPanel';
import { TimelinePanel } from './TimelinePanel';
import { ExportMenu } from './exportMenu/ExportMenu';
import { useUrlSync } from '../state/useUrlSync';
import { useAppStore } from '../state/store';
import { activeFilterCount } from '../state/describeFilters';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useMediaQuery } from '../components/useMediaQuery';
import { DETAILS_SHEET_QUERY, DetailsPanel, useDetailsOpen } from './details/DetailsPanel';
import { SummaryBar } from './SummaryBar';
import { FilterStages, FollowsLater, StagedMain } from './FilterStages';
import { firstViewPainted, noteFirstView } from './firstView';
import { OnDemand } from '../components/OnDemand';
import { preloadComponent } from '../components/preloadComponent';
import { FiltersPlaceholder } from './filters/FiltersPlaceholder';

// The filters are not needed to draw the first marks: their code loads once the first view is painted,
// and a card with the panel's title holds their place meanwhile.
const FiltersPanel = preloadComponent(() =>
  firstViewPainted.then(() => import('./filters/FiltersPanel')).then((m) => m.FiltersPanel),
);

/** From this width the filters column is shown unless the person hides it (see app.css). */
const WIDE_QUERY = '(min-width: 1281px)';
const FILTERS_ID = 'workspace-filters';

/** Shows or hides the filters column on screens wide enough to have one. */
function FiltersToggle({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  const count = useAppStore((s) => activeFilterCount(s.filters));
  return (
    <button
      type="button"
      className="btn filters-toggle"
      aria-expanded={shown}
      aria-controls={FILTERS_ID}
      onClick={onToggle}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path
          d="M2 4h12M4 8h8M6 12h4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        />
      </svg>
      {shown ? 'Hide filters' : 'Filters'}
      {count > 0 && <span className="filters-toggle-count">{count} active</span>}
    </button>
  );
}

/**
 * The page once the dataset is loaded: filters, the linked views, and the details of what is selected.
 * The views take the width: the details column exists only while something is selected (a sheet on
 * narrow screens), and the filters column can be hidden.
 */
export function Workspace() {
  useUrlSync();
  useEffect(noteFirstView, []);
  const detailsOpen = useDetailsOpen();
  const narrow = useMediaQuery(DETAILS_SHEET_QUERY);
  const wide = useMediaQuery(WIDE_QUERY);
  // null: the default for the width (shown on wide screens); then whatever the person chose.
  const [filtersChoice, setFiltersChoice] = useState<boolean | null>(null);
  const filtersShown = narrow || (filtersChoice ?? wide);

  return (
    <FilterStages>
      <div
        className="workspace"
        data-filters={filtersShown ? 'shown' : 'hidden'}
        data-details={detailsOpen && !narrow ? 'beside' : 'none'}
      >
        <div id={FILTERS_ID} className="workspace-filters" hidden={!filtersShown}>
          <ErrorBoundary label="The filters">
            <OnDemand fallback={<FiltersPlaceholder />}>
              <FiltersPanel />
            </OnDemand>
          </ErrorBoundary>
        </div>
        <StagedMain id="main" className="workspace-main" tabIndex={-1}>
          <div className="workspace-toolbar">
            {!narrow && (
              <FiltersToggle
                shown={filtersShown}
                onToggle={() => {
                  setFiltersChoice(!filtersShown);
                }}
              />
            )}
            <ErrorBoundary label="The summary">
              <FollowsLater>
                <SummaryBar />
              </FollowsLater>
            </ErrorBoundary>
            <ExportMenu target="dashboard" />
          </div>
          <ErrorBoundary label="The timeline">
            <TimelinePanel />
          </ErrorBoundary>
          <ErrorBoundary label="The figures chart">
            <FiguresPanel />
          </ErrorBoundary>
        </StagedMain>
        <div className="workspace-details">
          <ErrorBoundary label="The details panel">
            <DetailsPanel />
          </ErrorBoundary>
        </div>
      </div>
    </FilterStages>
  );
}
