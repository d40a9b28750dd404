import { useEffect, useState } from 'react';
import { useDataset } from '../data/DatasetContext';
import type { LeanDataset } from '../data/leanDataset';
import type { AppState } from './store';
import { useAppStore } from './store';
import { decodeUrlState, encodeUrlState, mergeSearch, type UrlState } from './url';

/**
 * How store changes become browser history:
 * - discrete changes (a filter toggled, a date set, a selection, a chart option) push a new entry, so
 *   back and forward walk through them;
 * - continuous ones wait until they settle (DEBOUNCE_MS): zooming or panning the timeline replaces the
 *   current entry; typing in the search box pushes one entry for the whole word, then replaces it;
 * - back and forward (popstate) put the URL's state back into the store without writing history.
 */
export const DEBOUNCE_MS = 300;

type WriteMode = 'push' | 'replace';

const urlStateOf = (s: AppState): UrlState => ({ filters: s.filters, view: s.view, selection: s.selection });

/** Copies the URL's state into the store. */
export function applyLocationToStore(dataset: LeanDataset, location: Location = window.location): void {
  useAppStore.setState(decodeUrlState(location.search, dataset));
}

/** The link to the current view: this page's URL with the store's state in its query string. */
export function shareableUrl(state: AppState, location: Location = window.location): string {
  const search = mergeSearch(location.search, encodeUrlState(urlStateOf(state)));
  return `${location.origin}${location.pathname}${search}${location.hash}`;
}

function isContinuous(next: AppState, prev: AppState): boolean {
  if (next.selection !== prev.selection) return false;
  const { text: nextText, ...nextFilters } = next.filters;
  const { text: prevText, ...prevFilters } = prev.filters;
  const { window: nextWindow, ...nextView } = next.view;
  const { window: prevWindow, ...prevView } = prev.view;
  const sameRest = (a: object, b: object) =>
    Object.entries(a).every(([key, value]) => b[key as keyof typeof b] === value);
  return (
    sameRest(nextFilters, prevFilters) &&
    sameRest(nextView, prevView) &&
    (nextText !== prevText || nextWindow !== prevWindow)
  );
}

/** Starts keeping the store and the URL in sync; returns the function that stops it. */
export function startUrlSync(dataset: LeanDataset, win: Window = window): () => void {
  let pending: { timer: ReturnType<typeof setTimeout>; mode: WriteMode } | null = null;
  // True while the current history entry was pushed for the text being typed.
  let typing = false;
  let applying = false;

  const write = (state: AppState, mode: WriteMode) => {
    const { location, history } = win;
    const search = mergeSearch(location.search, encodeUrlState(urlStateOf(state)));
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  };

  const cancelPending = () => {
    if (pending !== null) clearTimeout(pending.timer);
    pending = null;
  };

  // Put the URL in its canonical form: malformed or unknown values of ours are dropped.
  write(useAppStore.getState(), 'replace');

  const unsubscribe = useAppStore.subscribe((next, prev) => {
    if (applying) return;
    if (next.filters === prev.filters && next.view === prev.view && next.selection === prev.selection) return;
    if (isContinuous(next, prev)) {
      const startsTyping = next.filters.text !== prev.filters.text && !typing;
      const mode: WriteMode = pending?.mode === 'push' || startsTyping ? 'push' : 'replace';
      if (startsTyping) typing = true;
      cancelPending();
      pending = {
        mode,
        timer: setTimeout(() => {
          pending = null;
          write(useAppStore.getState(), mode);
        }, DEBOUNCE_MS),
      };
      return;
    }
    // A discrete change: first settle what was still waiting, as the state before this change.
    if (pending !== null) {
      const { mode } = pending;
      cancelPending();
      write(prev, mode);
    }
    typing = false;
    write(next, 'push');
  });

  const onPopState = () => {
    cancelPending();
    typing = false;
    applying = true;
    try {
      applyLocationToStore(dataset, win.location);
    } finally {
      applying = false;
    }
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    // Whatever was still waiting is written now, so leaving never loses the last change.
    if (pending !== null) {
      const { mode } = pending;
      cancelPending();
      write(useAppStore.getState(), mode);
    }
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

/** Keeps the store and the URL's query string in sync (filters, selection, view; not the theme). */
export function useUrlSync(): void {
  const dataset = useDataset();
  // The URL's state goes into the store before anything below renders, so views start from it.
  useState(() => {
    applyLocationToStore(dataset);
    return null;
  });
  useEffect(() => startUrlSync(dataset), [dataset]);
}
