import type { StateCreator } from 'zustand';
import type { AmountStage, EventKind } from '../data/schema';
import type { AppState } from './store';

export type ActorMatch = 'any' | 'all';

/**
 * Which entries to show by review state: everything, only what `npm run add` drafted and no curator has
 * reviewed yet, or only reviewed entries.
 */
export type DraftChoice = 'all' | 'only' | 'hide';
export const DRAFT_CHOICES: readonly DraftChoice[] = ['all', 'only', 'hide'];

/** What the person chose to see. Everything filtered is derived from this, never stored. */
export interface Filters {
  actors: string[];
  actorMatch: ActorMatch;
  kinds: EventKind[];
  stages: AmountStage[];
  /** Inclusive ISO dates (YYYY-MM-DD) or null for open ends. */
  from: string | null;
  to: string | null;
  text: string;
  /** See DraftChoice; applies to events and to figures (selectors.ts). */
  drafts: DraftChoice;
}

export const emptyFilters: Filters = {
  actors: [],
  actorMatch: 'any',
  kinds: [],
  stages: [],
  from: null,
  to: null,
  text: '',
  drafts: 'all',
};

export interface FiltersSlice {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  toggleActor: (id: string) => void;
  toggleKind: (kind: EventKind) => void;
  toggleStage: (stage: AmountStage) => void;
  setDateRange: (from: string | null, to: string | null) => void;
  clearFilters: () => void;
}

const toggle = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: emptyFilters,
  setFilters: (patch) => {
    set((s) => ({ filters: { ...s.filters, ...patch } }));
  },
  toggleActor: (id) => {
    set((s) => ({ filters: { ...s.filters, actors: toggle(s.filters.actors, id) } }));
  },
  toggleKind: (kind) => {
    set((s) => ({ filters: { ...s.filters, kinds: toggle(s.filters.kinds, kind) } }));
  },
  toggleStage: (stage) => {
    set((s) => ({ filters: { ...s.filters, stages: toggle(s.filters.stages, stage) } }));
  },
  setDateRange: (from, to) => {
    set((s) => ({ filters: { ...s.filters, from, to } }));
  },
  clearFilters: () => {
    set({ filters: emptyFilters });
  },
});
