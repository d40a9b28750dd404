// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetContext, DatasetSourceContext, DatasetTextContext } from '../../data/DatasetContext';
import { textOfEvents } from '../../data/eventText';
import { TextSource } from '../../data/textSource';
import type { ExportRequest } from '../../export/runExport';
import { resetAppState, useAppStore } from '../../state/store';
import { ShownFiltersContext } from '../../state/useFilteredView';
import { bundled } from '../../test/bundledDataset';
import { useDataExport } from './useDataExport';

const requests: ExportRequest[] = [];
vi.mock('../../export/dataExport/runDataExport', () => ({
  runDataExport: (_action: unknown, request: ExportRequest) => {
    requests.push(request);
    return Promise.resolve({ message: 'Saved.', fileName: 'f.csv', width: null, height: null, ms: 1 });
  },
}));

describe('useDataExport', () => {
  beforeEach(() => {
    resetAppState();
    requests.length = 0;
  });
  afterEach(() => {
    cleanup();
  });

  it('exports with the filters of the view its part shows, not newer ones still being drawn', async () => {
    const drawn = useAppStore.getState().filters;
    act(() => {
      useAppStore.getState().toggleKind('visit');
    });
    expect(useAppStore.getState().filters).not.toBe(drawn);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <DatasetContext.Provider value={bundled}>
        <DatasetTextContext.Provider value={TextSource.of(textOfEvents(bundled.events))}>
          <DatasetSourceContext.Provider value={{ url: 'data/dataset.json', refused: null }}>
            <ShownFiltersContext.Provider value={drawn}>{children}</ShownFiltersContext.Provider>
          </DatasetSourceContext.Provider>
        </DatasetTextContext.Provider>
      </DatasetContext.Provider>
    );
    const { result } = renderHook(() => useDataExport('timeline'), { wrapper });
    act(() => {
      result.current.start({ kind: 'csv', table: 'events' });
    });
    await waitFor(() => {
      expect(result.current.status.state).toBe('done');
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.filters).toBe(drawn);
    expect(requests[0]?.shown.events).toHaveLength(bundled.events.length);
  });
});
