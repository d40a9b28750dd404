import { textOfEvents } from '../data/eventText';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema';
import { bundled } from '../test/bundledDataset';
import { emptyFilters, type Filters } from './filtersSlice';
import { exploreDataset } from './selectors';

// A copy per test: the last result is kept per dataset, so tests must not share one.
const fresh = (): Dataset => ({ ...bundled });
const view = (dataset: Dataset, patch: Partial<Filters>) =>
  exploreDataset(dataset, { ...emptyFilters, ...patch }, textOfEvents(dataset.events)).view;

describe('the filtered view keeps unchanged lists', () => {
  it('keeps the events list when a stage narrows only the figures', () => {
    const dataset = fresh();
    const all = view(dataset, {});
    const committed = view(dataset, { stages: ['committed'] });
    expect(committed.events).toBe(all.events);
    expect(committed.amounts).not.toBe(all.amounts);
    expect(committed.amounts.length).toBeLessThan(all.amounts.length);
    expect(committed.amounts.every((a) => a.stage === 'committed')).toBe(true);
  });

  it('gives new lists when the events change, and the same view when nothing does', () => {
    const dataset = fresh();
    const all = view(dataset, {});
    const visits = view(dataset, { kinds: ['visit'] });
    expect(visits.events).not.toBe(all.events);
    expect(visits.events.every((e) => e.kind === 'visit')).toBe(true);
    // Matching any actor in "all" mode with no actor chosen filters nothing: the same view comes back.
    const back = view(dataset, {});
    const same = view(dataset, { actorMatch: 'all' });
    expect(same).toBe(back);
    expect(back.events).toHaveLength(bundled.events.length);
  });
});

describe('the kept events as a mask', () => {
  it('marks exactly the events of the view, and stays the same mask while they do', () => {
    const dataset = fresh();
    const visits = exploreDataset(
      dataset,
      { ...emptyFilters, kinds: ['visit'] },
      textOfEvents(dataset.events),
    );
    const marked = dataset.events.filter((_, i) => visits.keptEvents[i] === 1);
    expect(marked).toEqual(visits.view.events);
    expect(visits.keptEvents).toHaveLength(dataset.events.length);
    const committed = exploreDataset(
      dataset,
      { ...emptyFilters, kinds: ['visit'], stages: ['committed'] },
      textOfEvents(dataset.events),
    );
    expect(committed.keptEvents).toBe(visits.keptEvents);
    const all = exploreDataset(dataset, emptyFilters, textOfEvents(dataset.events));
    expect(all.keptEvents).not.toBe(visits.keptEvents);
    expect(all.keptEvents.every((k) => k === 1)).toBe(true);
  });
});
