import { useState, type ReactNode } from 'react';
import { useDataset, useDatasetSource } from '../data/DatasetContext';
import { DATASET_URL, type RefusedDataset } from '../data/load';
import { MAX_QUERY_LENGTH, urlSearchOverflow } from '../state/url';
import './DatasetBar.css';
import { wholeNumber } from '../model/counts';

/** A notice that stays until dismissed: what happened and what is shown instead. */
function Notice({ children, onDismiss }: { children: ReactNode; onDismiss?: () => void }) {
  return (
    <div className="notice" role="status">
      <p className="notice-text">{children}</p>
      {onDismiss !== undefined && (
        <button
          type="button"
          className="btn btn-quiet btn-icon"
          aria-label="Dismiss this notice"
          onClick={onDismiss}
        >
          ×
        </button>
      )}
    </div>
  );
}

/** Says which `?dataset=` value was not loaded, why, and that the bundled dataset is shown instead. */
export function RefusedDatasetNotice({
  refused,
  onDismiss,
}: {
  refused: RefusedDataset;
  onDismiss?: () => void;
}) {
  return (
    <Notice {...(onDismiss === undefined ? {} : { onDismiss })}>
      <strong>
        The dataset <code className="notice-value">{refused.value === '' ? '(empty)' : refused.value}</code>{' '}
        was not loaded
      </strong>
      : {refused.reason}. Showing the bundled dataset ({DATASET_URL}) instead.
    </Notice>
  );
}

/**
 * Above the workspace: the dataset shown (its title and file), so nobody mistakes one file for another,
 * and notices about the link the page was opened with.
 */
export function DatasetBar() {
  const dataset = useDataset();
  const source = useDatasetSource();
  // The link as opened; later changes to the URL are the app's own, never cut.
  const [cutSearch] = useState(() => urlSearchOverflow(window.location.search));
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const dismiss = (key: string) => () => {
    setDismissed((set) => new Set([...set, key]));
  };
  const title = dataset.title.trim() === '' ? 'Untitled dataset' : dataset.title;

  return (
    <section className="dataset-bar" aria-label="Dataset">
      <p className="dataset-name" data-testid="dataset-name">
        Dataset: <strong>{title}</strong>{' '}
        <span className="dataset-file">
          (<a href={source.url}>{source.url}</a>)
        </span>
      </p>
      {source.refused !== null && !dismissed.has('refused') && (
        <RefusedDatasetNotice refused={source.refused} onDismiss={dismiss('refused')} />
      )}
      {cutSearch !== null && !dismissed.has('search') && (
        <Notice onDismiss={dismiss('search')}>
          <strong>The search in this link was cut</strong>: it had {wholeNumber(cutSearch)} characters, and
          searches are kept up to {wholeNumber(MAX_QUERY_LENGTH)}. The first {wholeNumber(MAX_QUERY_LENGTH)}{' '}
          are used.
        </Notice>
      )}
    </section>
  );
}
