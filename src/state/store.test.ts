// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppState, useAppStore } from './store';

describe('app store', () => {
  beforeEach(() => {
    resetAppState();
  });

  it('toggles an actor filter on and off', () => {
    useAppStore.getState().toggleActor('zelensky');
    expect(useAppStore.getState().filters.actors).toEqual(['zelensky']);
    useAppStore.getState().toggleActor('zelensky');
    expect(useAppStore.getState().filters.actors).toEqual([]);
  });

  it('keeps at most two figures to compare', () => {
    useAppStore.getState().setCompare(['a', 'b', 'c']);
    expect(useAppStore.getState().selection.compare).toEqual(['a', 'b']);
  });

  it('selecting an event clears a selected figure', () => {
    useAppStore.getState().selectAmount('fig', 'ev');
    useAppStore.getState().selectEvent('other');
    expect(useAppStore.getState().selection).toMatchObject({ eventId: 'other', amountId: null });
  });

  it('reset restores filters, view and selection', () => {
    useAppStore.getState().setFilters({ text: 'kyiv', kinds: ['visit'] });
    useAppStore.getState().setView({ scale: 'log' });
    resetAppState();
    const s = useAppStore.getState();
    expect(s.filters.text).toBe('');
    expect(s.filters.kinds).toEqual([]);
    expect(s.view.scale).toBe('linear');
  });
});
