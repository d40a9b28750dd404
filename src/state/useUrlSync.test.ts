// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../data/schema';
import { resetAppState, useAppStore } from './store';
import { applyLocationToStore, DEBOUNCE_MS, shareableUrl, startUrlSync } from './useUrlSync';
import { makeEvent } from '../test/syntheticEvents';

const dataset: Dataset = {
  schemaVersion: 1,
  title: 'fixture',
  sources: [],
  actors: ['zelensky', 'shapps', 'stoltenberg'].map((id) => ({ id, name: id, type: 'person', aliases: [] })),
  events: [
    makeEvent({ id: 'visit', date: '2023-09-28', title: 'Visit', kind: 'visit', actors: ['zelensky'] }),
  ],
  amounts: [],
  flags: [],
};

const store = () => useAppStore.getState();
const search = () => window.location.search;
const pushes = () => vi.spyOn(window.history, 'pushState');

/** Goes back in history and resolves once the page has handled the popstate event. */
function back(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true });
    window.history.back();
  });
}

describe('URL sync', () => {
  let stop: () => void = () => undefined;

  beforeEach(() => {
    resetAppState();
    window.history.replaceState(null, '', '/app/?dataset=data/x.json');
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('reads the URL into the store and puts it in canonical form, keeping the dataset parameter', () => {
    window.history.replaceState(
      null,
      '',
      '/app/?dataset=data/x.json&actors=putin,zelensky&from=2023-02-30&q=kyiv',
    );
    applyLocationToStore(dataset);
    stop = startUrlSync(dataset);
    expect(store().filters).toMatchObject({ actors: ['zelensky'], from: null, text: 'kyiv' });
    expect(search()).toBe('?dataset=data/x.json&actors=zelensky&q=kyiv');
  });

  it('pushes an entry per discrete change, and back restores the previous filters', async () => {
    stop = startUrlSync(dataset);
    const pushed = pushes();
    store().toggleActor('zelensky');
    expect(search()).toBe('?dataset=data/x.json&actors=zelensky');
    store().setFilters({ actorMatch: 'all' });
    store().toggleActor('shapps');
    expect(search()).toBe('?dataset=data/x.json&actors=zelensky,shapps&match=all');
    expect(pushed).toHaveBeenCalledTimes(3);

    await back();
    expect(store().filters).toMatchObject({ actors: ['zelensky'], actorMatch: 'all' });
    expect(search()).toBe('?dataset=data/x.json&actors=zelensky&match=all');
    await back();
    await back();
    expect(store().filters.actors).toEqual([]);
    expect(search()).toBe('?dataset=data/x.json');
  });

  it('does not write history while applying back and forward', async () => {
    stop = startUrlSync(dataset);
    store().toggleActor('zelensky');
    const pushed = pushes();
    await back();
    expect(pushed).not.toHaveBeenCalled();
    expect(search()).toBe('?dataset=data/x.json');
  });

  it('writes one entry for a typed word, after typing pauses', () => {
    vi.useFakeTimers();
    stop = startUrlSync(dataset);
    const pushed = pushes();
    for (const text of ['k', 'ky', 'kyi', 'kyiv']) store().setFilters({ text });
    expect(search()).toBe('?dataset=data/x.json');
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(search()).toBe('?dataset=data/x.json&q=kyiv');
    expect(pushed).toHaveBeenCalledTimes(1);
    store().setFilters({ text: 'kyiv nato' });
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(search()).toBe('?dataset=data/x.json&q=kyiv+nato');
    expect(pushed).toHaveBeenCalledTimes(1);
  });

  it('replaces the entry while the timeline zooms', () => {
    vi.useFakeTimers();
    stop = startUrlSync(dataset);
    const pushed = pushes();
    store().setWindow([Date.UTC(2023, 0, 1), Date.UTC(2023, 6, 1)]);
    store().setWindow([Date.UTC(2023, 1, 1), Date.UTC(2023, 5, 1)]);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(search()).toBe('?dataset=data/x.json&window=2023-02-01,2023-06-01');
    expect(pushed).not.toHaveBeenCalled();
  });

  it('settles a pending change before pushing a discrete one', () => {
    vi.useFakeTimers();
    stop = startUrlSync(dataset);
    const pushed = pushes();
    store().setFilters({ text: 'kyiv' });
    store().toggleKind('visit');
    expect(pushed).toHaveBeenCalledTimes(2);
    expect(search()).toBe('?dataset=data/x.json&kinds=visit&q=kyiv');
    vi.advanceTimersByTime(DEBOUNCE_MS * 2);
    expect(pushed).toHaveBeenCalledTimes(2);
  });

  it('pushes selections', () => {
    stop = startUrlSync(dataset);
    store().selectEvent('visit');
    expect(search()).toBe('?dataset=data/x.json&event=visit');
  });

  it('never writes the theme', () => {
    stop = startUrlSync(dataset);
    store().setTheme('dark');
    expect(search()).toBe('?dataset=data/x.json');
  });

  it('builds the shareable link from the store, even before the URL has caught up', () => {
    vi.useFakeTimers();
    stop = startUrlSync(dataset);
    store().setFilters({ text: 'kyiv' });
    expect(shareableUrl(store())).toBe(`${window.location.origin}/app/?dataset=data/x.json&q=kyiv`);
  });
});
