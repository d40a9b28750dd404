import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../state/filtersSlice';
import { defaultView } from '../state/viewSlice';
import { describeCounts, describeWindow, exportStamp, exportText } from './exportText';
import { fixtureDataset as ds } from '../test/exportDataset';

const base = {
  dataset: ds,
  shown: { events: ds.events.slice(0, 1), amounts: ds.amounts.slice(0, 1) },
  filters: { ...emptyFilters, from: '2023-01-01', to: '2023-12-31' },
  view: { ...defaultView, window: [Date.UTC(2023, 2, 1), Date.UTC(2023, 5, 1)] as [number, number] },
  exportedAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 59)),
};

describe('exportText', () => {
  it('titles a chart by what it shows and the dashboard by the dataset', () => {
    expect(exportText({ ...base, target: 'figures' }).title).toBe('Money figures, in US dollars');
    expect(exportText({ ...base, target: 'dashboard' }).title).toBe('Test dataset');
  });

  it('states the filters, the dates and how much is shown', () => {
    const text = exportText({ ...base, target: 'figures' });
    expect(text.caption[0]).toBe('No filters. Dates: 2023-01-01 to 2023-12-31.');
    expect(text.caption[1]).toBe('1 of 2 events, 1 of 2 figures shown.');
    const log = exportText({ ...base, target: 'figures', view: { ...base.view, scale: 'log' } });
    expect(log.caption[1]).toBe('1 of 2 events, 1 of 2 figures shown. Figures on a logarithmic scale.');
  });

  it('mentions the zoom window only where the timeline is shown', () => {
    expect(exportText({ ...base, target: 'timeline' }).caption[1]).toContain(
      'Timeline zoomed to 2023-03-01 to 2023-06-01.',
    );
    expect(exportText({ ...base, target: 'figures' }).caption[1]).not.toContain('zoomed');
  });

  it('names the sources of what is shown and the export time', () => {
    const text = exportText({ ...base, target: 'timeline' });
    expect(text.footer).toEqual([
      'Source: “Stoltenberg in Kyiv” (DOD News, 2023-04-20).',
      'Exported from Aidline on 2025-01-02 03:04 UTC.',
    ]);
  });
});

describe('exportStamp', () => {
  it('is the UTC time to the minute', () => {
    expect(exportStamp(new Date(Date.UTC(2024, 10, 5, 23, 59, 30)))).toBe('2024-11-05 23:59 UTC');
  });
});

describe('describeCounts and describeWindow', () => {
  it('counts what is shown against the dataset', () => {
    expect(describeCounts({ events: 1, amounts: 0 }, ds)).toBe('1 of 2 events, 0 of 2 figures shown.');
  });

  it('states the zoom window in UTC days, or nothing when the timeline fits all', () => {
    expect(describeWindow(null)).toBeNull();
    expect(describeWindow([Date.UTC(2023, 0, 1), Date.UTC(2023, 5, 30, 23)])).toBe(
      'Timeline zoomed to 2023-01-01 to 2023-06-30.',
    );
  });
});
