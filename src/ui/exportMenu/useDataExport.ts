import { useEffect, useState } from 'react';
import { useDataset, useDatasetSource } from '../../data/DatasetContext';
import type { ExportTarget } from '../../export/fileName';
import type { ExportAction, ExportProgress, ExportResult } from '../../export/runExport';
import { useAppStore } from '../../state/store';
import { useFilteredView, useShownFilters } from '../../state/useFilteredView';
import { actionLabel, type Status } from './menuModel';

/** How long a finished export's message stays. */
const MESSAGE_MS = 8000;

export interface DataExport {
  status: Status;
  /** The last finished export, kept after its message has gone (the menu's data attributes). */
  lastResult: ExportResult | null;
  /** Stops the running export; null when none runs or it cannot be stopped yet. */
  cancel: (() => void) | null;
  start: (action: ExportAction) => void;
}

/**
 * A chart's CSV and JSON exports: starts one (written in a worker), follows its progress and result,
 * and keeps its message a while before it gets out of the way; errors stay until the next export.
 */
export function useDataExport(target: ExportTarget): DataExport {
  const dataset = useDataset();
  const datasetUrl = useDatasetSource().url;
  const shown = useFilteredView();
  // The filters of the view this menu exports, not the store's newer ones while a change is still drawn.
  const filters = useShownFilters();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [lastResult, setLastResult] = useState<ExportResult | null>(null);
  const [cancel, setCancel] = useState<(() => void) | null>(null);

  const start = (action: ExportAction) => {
    const label = actionLabel(action);
    setStatus({ state: 'busy', label, progress: { step: 'starting', done: 0, total: 1 } });
    // Read the view (zoom window, scale) now: subscribing would re-render every menu on each zoom frame.
    const { view } = useAppStore.getState();
    const exportedAt = new Date();
    const onProgress = (progress: ExportProgress) => {
      setStatus({ state: 'busy', label, progress });
    };
    // The export code is loaded on first use, not with the page; CSV and JSON are written in a worker,
    // with a Cancel button.
    import('../../export/dataExport/runDataExport')
      .then(({ runDataExport }) =>
        runDataExport(
          action,
          { target, dataset, shown, filters, view, exportedAt },
          datasetUrl,
          onProgress,
          (stop) => {
            setCancel(() => stop);
          },
        ),
      )
      .then(
        (result) => {
          setStatus({ state: 'done', result });
          setLastResult(result);
        },
        (error: unknown) => {
          setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
        },
      )
      .finally(() => {
        setCancel(null);
      });
  };

  useEffect(() => {
    if (status.state !== 'done') return;
    const timer = setTimeout(() => {
      setStatus({ state: 'idle' });
    }, MESSAGE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [status]);

  return { status, lastResult, cancel, start };
}
