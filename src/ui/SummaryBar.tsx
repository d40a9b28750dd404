import { useDataset } from '../data/DatasetContext';
import { useFilteredView } from '../state/useFilteredView';

/** One line that says what is shown. */
export function SummaryBar() {
  const dataset = useDataset();
  const view = useFilteredView();
  return (
    <p className="summary-bar" role="status" aria-live="polite">
      {view.events.length} of {dataset.events.length} events, {view.amounts.length} of{' '}
      {dataset.amounts.length} figures
    </p>
  );
}
