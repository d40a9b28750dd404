import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** How the timeline splits events into lanes: not at all, by main actor, or by kind. */
export type LaneGrouping = 'none' | 'actor' | 'kind';
export type ChartOrTable = 'chart' | 'table';
/**
 * How the timeline is shown: the horizontal chart, the vertical reading list, the table, or 'auto' (the
 * list on narrow screens, else the chart; derived from the width, never stored as a choice).
 */
export type TimelineMode = 'auto' | 'chart' | 'list' | 'table';
export type FigureScale = 'linear' | 'log';
export type FigureSort = 'value' | 'date' | 'donor';
export type FigureGroup = 'all' | 'donor' | 'kind' | 'stage';
export type FiguresView = 'bars' | 'time';

/** How the person chose to look: visible time window and chart options. */
export interface ViewOptions {
  /** Visible time window of the timeline as [start, end] in ms since the epoch (UTC); null = fit all. */
  window: [number, number] | null;
  lanes: LaneGrouping;
  timelineMode: TimelineMode;
  figuresMode: ChartOrTable;
  figuresView: FiguresView;
  scale: FigureScale;
  sort: FigureSort;
  group: FigureGroup;
}

export const defaultView: ViewOptions = {
  window: null,
  lanes: 'none',
  timelineMode: 'auto',
  figuresMode: 'chart',
  figuresView: 'bars',
  scale: 'linear',
  sort: 'value',
  group: 'all',
};

export interface ViewSlice {
  view: ViewOptions;
  setView: (patch: Partial<ViewOptions>) => void;
  setWindow: (window: [number, number] | null) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: defaultView,
  setView: (patch) => {
    set((s) => ({ view: { ...s.view, ...patch } }));
  },
  setWindow: (window) => {
    set((s) => ({ view: { ...s.view, window } }));
  },
});
