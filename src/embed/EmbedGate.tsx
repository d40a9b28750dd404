import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { DatasetContext, DatasetSourceContext, DatasetTextContext } from '../data/DatasetContext';
import { chooseDataset, DatasetError, loadChosenDataset, type ShownDataset } from '../data/load';
import { useLaterCheck } from '../ui/useLaterCheck';

type LoadState =
  { status: 'loading' } | ({ status: 'ready' } & ShownDataset) | { status: 'error'; message: string };

/** An error in a sentence, with the first problem and where it is when the dataset did not validate. */
function errorText(error: Error): string {
  const first = error instanceof DatasetError ? error.issues[0] : undefined;
  return first === undefined ? error.message : `${error.message}. ${first.path}: ${first.message}`;
}

/** When the embed's chart is drawn: at once, since the embed shows nothing else to wait for. */
const DRAWN = Promise.resolve();

/**
 * Loads and validates the dataset for an embed; a failure says what went wrong, never a blank frame.
 * The app's own dataset is drawn from its columns file and checked in a worker once the page is idle,
 * as the app does; any other is validated before it is drawn.
 */
export function EmbedGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [choice] = useState(() => chooseDataset(window.location.search));

  useEffect(() => {
    const controller = new AbortController();
    loadChosenDataset(choice.url, controller.signal).then(
      (shown) => {
        setState({ status: 'ready', ...shown });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: error instanceof Error ? errorText(error) : String(error) });
      },
    );
    return () => {
      controller.abort();
    };
  }, [choice]);

  const verify = state.status === 'ready' ? state.verify : null;
  const fail = useCallback((error: Error) => {
    setState({ status: 'error', message: errorText(error) });
  }, []);
  useLaterCheck(verify, DRAWN, fail);

  if (state.status === 'loading')
    return (
      <p className="embed-message" role="status">
        Loading the chart…
      </p>
    );
  if (state.status === 'error')
    return (
      <p className="embed-message embed-error" role="alert">
        The chart's data could not be loaded: {state.message}
      </p>
    );
  return (
    <DatasetContext.Provider value={state.dataset}>
      <DatasetTextContext.Provider value={state.text}>
        <DatasetSourceContext.Provider value={choice}>{children}</DatasetSourceContext.Provider>
      </DatasetTextContext.Provider>
    </DatasetContext.Provider>
  );
}
