import { FiguresPanel } from './FiguresPanel';
import { TimelinePanel } from './TimelinePanel';
import { ExportMenu } from './exportMenu/ExportMenu';
import { useUrlSync } from '../state/useUrlSync';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { DetailsPanel } from './details/DetailsPanel';
import { FiltersPanel } from './filters/FiltersPanel';
import { SummaryBar } from './SummaryBar';

/** The page once the dataset is loaded: filters, the linked views, and details. */
export function Workspace() {
  useUrlSync();
  return (
    <div className="workspace">
      <div className="workspace-filters">
        <ErrorBoundary label="The filters">
          <FiltersPanel />
        </ErrorBoundary>
      </div>
      <main id="main" className="workspace-main" tabIndex={-1}>
        <div className="workspace-toolbar">
          <ErrorBoundary label="The summary">
            <SummaryBar />
          </ErrorBoundary>
          <ExportMenu target="dashboard" />
        </div>
        <ErrorBoundary label="The timeline">
          <TimelinePanel />
        </ErrorBoundary>
        <ErrorBoundary label="The figures chart">
          <FiguresPanel />
        </ErrorBoundary>
      </main>
      <div className="workspace-details">
        <ErrorBoundary label="The details panel">
          <DetailsPanel />
        </ErrorBoundary>
      </div>
    </div>
  );
}
