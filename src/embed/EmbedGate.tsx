import { useEffect, useState, type ReactNode } from 'react';
import { DatasetContext, DatasetSourceContext, DatasetTextContext } from '../data/DatasetContext';
import { chooseDataset, loadDataset, textOfWhole } from '../data/load';
import type { LeanDataset } from '../data/leanDataset';
import type { TextSource } from '../data/textSource';

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: LeanDataset; text: TextSource }
  | { status: 'error'; message: string };

/** Loads and validates the dataset for an embed; a failure says what went wrong, never a blank frame. */
export function EmbedGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [choice] = useState(() => chooseDataset(window.location.search));

  useEffect(() => {
    const controller = new AbortController();
    loadDataset(choice.url, controller.signal).then(
      (dataset) => {
        setState({ status: 'ready', dataset, text: textOfWhole(dataset) });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      controller.abort();
    };
  }, [choice]);

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
