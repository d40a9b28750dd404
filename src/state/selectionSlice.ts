import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface Selection {
  eventId: string | null;
  amountId: string | null;
  /** Up to two amount ids to compare. */
  compare: string[];
}

export const emptySelection: Selection = { eventId: null, amountId: null, compare: [] };

export interface SelectionSlice {
  selection: Selection;
  selectEvent: (eventId: string | null) => void;
  /** Selects a figure together with the event it belongs to. */
  selectAmount: (amountId: string | null, eventId?: string | null) => void;
  setCompare: (ids: string[]) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: emptySelection,
  selectEvent: (eventId) => {
    set((s) => ({ selection: { ...s.selection, eventId, amountId: null } }));
  },
  selectAmount: (amountId, eventId) => {
    set((s) => ({
      selection: { ...s.selection, amountId, eventId: eventId === undefined ? s.selection.eventId : eventId },
    }));
  },
  setCompare: (ids) => {
    set((s) => ({ selection: { ...s.selection, compare: ids.slice(0, 2) } }));
  },
  clearSelection: () => {
    set((s) => ({ selection: { ...emptySelection, compare: s.selection.compare } }));
  },
});
