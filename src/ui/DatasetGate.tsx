import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { DatasetContext, DatasetSourceContext, DatasetTextContext } from '../data/DatasetContext';
import {
  chooseDataset,
  DATASET_URL,
  DatasetError,
  loadDataset,
  loadShippedDataset,
  textOfWhole,
  type ShownDataset,
} from '../data/load';
import { DatasetBar, RefusedDatasetNotice } from './DatasetBar';
import { firstViewPainted } from './firstView';

type LoadState =
  | { status: 'loading' }
  | ({ status: 'ready' } & ShownDataset)
  | { status: 'error'; error: DatasetError | Error };

/** Runs `task` once the page is idle (the first view drawn), or after `timeout` ms at the latest. */
function whenIdle(task: () => void, timeout = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => {
      cancelIdleCallback(id);
    };
  }
  const id = setTimeout(task, 0);
  return () => {
    clearTimeout(id);
  };
}

const MAX_ISSUES_SHOWN = 5;

/** Loads and validates the dataset; shows a loading state, or an error with a retry, until it is ready. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Read once: the app never changes ?dataset= itself, and a refused value is reported, not retried.
  const [choice] = useState(() => chooseDataset(window.location.search));

  useEffect(() => {
    const controller = new AbortController();
    const load: Promise<ShownDataset> =
      choice.url === DATASET_URL
        ? loadShippedDataset(choice.url, controller.signal)
        : loadDataset(choice.url, controller.signal).then((dataset) => ({
            dataset,
            text: textOfWhole(dataset),
            verify: null,
          }));
    load.then(
      (shown) => {
        setState({ status: 'ready', ...shown });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      controller.abort();
    };
  }, [attempt, choice]);

  // Once the first view is painted and the page idle, the check of a dataset shown ahead of its validation
  // runs; a failure replaces the view with the error. Waiting for the paint, not only for idle time, keeps
  // the worker's code from being fetched while the first view's frame is still being drawn.
  const verify = state.status === 'ready' ? state.verify : null;
  useEffect(() => {
    if (verify === null) return;
    let live = true;
    let cancel: (() => void) | null = null;
    void firstViewPainted.then(() => {
      if (!live) return;
      cancel = whenIdle(() => {
        verify().catch((error: unknown) => {
          if (live && !(error instanceof DOMException && error.name === 'AbortError'))
            setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
        });
      });
    });
    return () => {
      live = false;
      cancel?.();
    };
  }, [verify]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error')
    return (
      <>
        {choice.refused !== null && <RefusedDatasetNotice refused={choice.refused} />}
        <ErrorState error={state.error} onRetry={retry} />
      </>
    );
  return (
    <DatasetContext.Provider value={state.dataset}>
      <DatasetTextContext.Provider value={state.text}>
        <DatasetSourceContext.Provider value={choice}>
          <DatasetBar />
          {children}
        </DatasetSourceContext.Provider>
      </DatasetTextContext.Provider>
    </DatasetContext.Provider>
  );
}

function LoadingState() {
  return (
    <div className="gate gate-loading" role="status" aria-live="polite">
      <div className="skeleton skeleton-bar" />
      <div className="skeleton skeleton-block" />
      <div className="skeleton skeleton-block short" />
      <p className="gate-message">Loading the dataset…</p>
    </div>
  );
}

function ErrorState({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const issues = error instanceof DatasetError ? error.issues : [];
  return (
    <div className="gate gate-error" role="alert">
      <h2>The dataset could not be loaded</h2>
      <p className="gate-detail">{error.message}</p>
      {issues.length > 0 && (
        <ul className="gate-issues">
          {issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
          {issues.length > MAX_ISSUES_SHOWN && <li>…and {issues.length - MAX_ISSUES_SHOWN} more.</li>}
        </ul>
      )}
      <button type="button" className="btn btn-primary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
