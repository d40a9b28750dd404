import { useContext, useEffect, useSyncExternalStore } from 'react';
import { DatasetTextContext } from './DatasetContext';
import type { TextSource, TextState } from './textSource';

/** Where the events' text comes from; only components rendered inside <DatasetGate> may call this. */
export function useTextSource(): TextSource {
  const source = useContext(DatasetTextContext);
  if (source === null) throw new Error('useTextSource() was called outside <DatasetGate>.');
  return source;
}

/**
 * The events' text as the page has it now; renders again when that changes. While `wanted`, it is read
 * if it has not been yet (a failed read is not repeated on its own).
 */
export function useDatasetText(wanted = true): TextState {
  const source = useTextSource();
  const state = useSyncExternalStore(source.subscribe, source.current);
  useEffect(() => {
    if (wanted && source.current().status === 'idle') source.load().catch(() => undefined);
  }, [source, wanted]);
  return state;
}
