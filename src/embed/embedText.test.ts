import { textOfEvents } from '../data/eventText';
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../state/filtersSlice';
import { filterDataset } from '../state/selectors';
import { defaultView } from '../state/viewSlice';
import { bundled as dataset } from '../test/bundledDataset';
import { estimateTextWidth, wrapToWidth } from '../model/measureText';
import { embedText, FOOTER_FONT } from './embedText';

const all = filterDataset(dataset, emptyFilters, textOfEvents(dataset.events));
/** A phone's footer, measured with the deterministic width table. */
const footer = { footerWidth: 343, measure: estimateTextWidth };
const footerLines = (text: string, width: number) =>
  wrapToWidth(text, width, (t) => estimateTextWidth(t, FOOTER_FONT)).length;

describe('embedText', () => {
  it('says what the timeline draws, as its image would, with a source line that names no id', () => {
    const text = embedText({
      chart: 'timeline',
      dataset,
      shown: all,
      filters: emptyFilters,
      view: defaultView,
      ...footer,
    });
    expect(text.headline).toMatch(/^Events of the war and the aid behind it, /);
    expect(text.description).toBe(`${dataset.events.length} events.`);
    expect(text.source).toMatch(/^Sources: .+ · \d+ articles · Aidline$/);
    expect(text.source).not.toMatch(/\d{3}[a-z]?-[a-z]/);
  });

  it('counts only the events inside the zoom window, and names the window', () => {
    const view = {
      ...defaultView,
      window: [Date.UTC(2023, 8, 25), Date.UTC(2023, 9, 2)] as [number, number],
    };
    // The days in it, and the events dated only to September 2023, whose month reaches into it.
    const inWindow = all.events.filter(
      (e) =>
        (e.datePrecision === 'day' && e.date >= '2023-09-25' && e.date <= '2023-10-01') ||
        (e.datePrecision === 'month' && e.date === '2023-09'),
    );
    const text = embedText({
      chart: 'timeline',
      dataset,
      shown: all,
      filters: emptyFilters,
      view,
      ...footer,
    });
    expect(text.headline).toMatch(/^Events of the war and the aid behind it, 25 Sep/);
    expect(inWindow.length).toBeGreaterThan(0);
    expect(text.description).toMatch(new RegExp(`^${inWindow.length} events?, dated 25 Sep`));
  });

  it('describes the figures drawn under a filter, in US dollars; bars ignore the timeline window', () => {
    const filters = { ...emptyFilters, from: '2023-09-01', to: '2023-12-31' };
    const shown = filterDataset(dataset, filters, textOfEvents(dataset.events));
    const view = {
      ...defaultView,
      window: [Date.UTC(2023, 8, 25), Date.UTC(2023, 9, 2)] as [number, number],
    };
    const text = embedText({ chart: 'figures', dataset, shown, filters, view, ...footer });
    expect(text.headline).toMatch(/figures, /);
    expect(text.description).toMatch(
      new RegExp(`^${shown.amounts.length} figures? in US dollars\\. Filtered to `),
    );
  });

  it('names fewer outlets rather than run past two lines of the footer, measured at its width', () => {
    const many = {
      ...dataset,
      sources: dataset.sources.map((s, i) => ({ ...s, outlet: `A rather long outlet name number ${i}` })),
    };
    const text = embedText({
      chart: 'timeline',
      dataset: many,
      shown: filterDataset(many, emptyFilters, textOfEvents(many.events)),
      filters: emptyFilters,
      view: defaultView,
      ...footer,
    });
    expect(footerLines(text.source, 343)).toBeLessThanOrEqual(2);
    expect(text.source).toMatch(/ and \d+ more · \d+ articles · Aidline$/);
    // A wider frame has room for more outlets by name.
    const wide = embedText({
      chart: 'timeline',
      dataset: many,
      shown: filterDataset(many, emptyFilters, textOfEvents(many.events)),
      filters: emptyFilters,
      view: defaultView,
      footerWidth: 1200,
      measure: estimateTextWidth,
    });
    expect(footerLines(wide.source, 1200)).toBeLessThanOrEqual(2);
    expect(wide.source.split(', ').length).toBeGreaterThan(text.source.split(', ').length);
  });
});
