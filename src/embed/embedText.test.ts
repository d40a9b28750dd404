import { describe, expect, it } from 'vitest';
import type { Source } from '../data/schema';
import { emptyFilters } from '../state/filtersSlice';
import { filterDataset } from '../state/selectors';
import { defaultView } from '../state/viewSlice';
import { bundled as dataset } from '../test/bundledDataset';
import { embedText, sourceLine } from './embedText';

const source = (id: string, outlet: string | null): Source =>
  ({ id, title: `Article ${id}`, outlet, published: '2023-09-01' }) as Source;

describe('sourceLine', () => {
  it('names each outlet once, counts every article, and credits Aidline', () => {
    expect(sourceLine([source('a', 'CNN'), source('b', 'CNN'), source('c', null), source('d', 'AFP')])).toBe(
      'Sources: CNN, AFP · 4 articles · Aidline',
    );
  });

  it('names at most four outlets, then says how many more', () => {
    const sources = ['A', 'B', 'C', 'D', 'E', 'F'].map((o) => source(o, o));
    expect(sourceLine(sources)).toBe('Sources: A, B, C, D and 2 more · 6 articles · Aidline');
  });
});

describe('embedText', () => {
  it('describes the whole dataset without filters', () => {
    const shown = filterDataset(dataset, emptyFilters);
    const text = embedText({ chart: 'timeline', dataset, shown, filters: emptyFilters, view: defaultView });
    expect(text.headline).toBe('Events of the war in Ukraine');
    expect(text.description).toBe(`All ${dataset.events.length} events in the dataset.`);
  });

  it('puts the date filter in the headline and counts the figures drawn under it', () => {
    const filters = { ...emptyFilters, from: '2023-09-01', to: '2023-12-31' };
    const shown = filterDataset(dataset, filters);
    const text = embedText({ chart: 'figures', dataset, shown, filters, view: defaultView });
    expect(text.headline).toBe('Money figures, in US dollars, Sep–Dec 2023');
    expect(text.description).toBe(
      `${shown.amounts.length} of ${dataset.amounts.length} figures, chosen by Sep–Dec 2023.`,
    );
    expect(text.source).not.toMatch(/\d{3}-[a-z]/);
  });

  it('names the timeline zoom window rather than the filter', () => {
    const filters = emptyFilters;
    const shown = filterDataset(dataset, filters);
    const view = {
      ...defaultView,
      window: [Date.UTC(2023, 8, 25), Date.UTC(2023, 9, 2)] as [number, number],
    };
    expect(embedText({ chart: 'timeline', dataset, shown, filters, view }).headline).toMatch(
      /^Events of the war in Ukraine, 25 Sep/,
    );
  });
});
