import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { DatasetContext, DatasetSourceContext, DatasetTextContext } from '../data/DatasetContext';
import { chooseDataset, DatasetError, loadChosenDataset, type ShownDataset } from '../data/load';
import { DatasetBar, RefusedDatasetNotice } from './DatasetBar';
import { firstViewPainted } from './firstView';
import { useLaterCheck } from './useLaterCheck';

type LoadState =
  | { status: 'loading' }
  | ({ status: 'ready' } & ShownDataset)
  | { status: 'error'; error: DatasetError | Error };

const MAX_ISSUES_SHOWN = 5;

/** Loads and validates the dataset; shows a loading state, or an error with a retry, until it is ready. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Read once: the app never changes ?dataset= itself, and a refused value is reported, not retried.
  const [choice] = useState(() => chooseDataset(window.location.search));

  useEffect(() => {
    const controller = new AbortController();
    loadChosenDataset(choice.url, controller.signal).then(
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

  // Once the first view is painted and the page idle, a dataset shown ahead of its validation is checked;
  // a failure replaces the view with the error.
  const verify = state.status === 'ready' ? state.verify : null;
  const fail = useCallback((error: Error) => {
    setState({ status: 'error', error });
  }, []);
  useLaterCheck(verify, firstViewPainted, fail);

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
