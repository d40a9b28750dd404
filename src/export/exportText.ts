import type { LeanDataset } from '../data/leanDataset';
import { msToIso } from '../model/dates';
import { datasetLookups } from '../model/lookups';
import { filterCaption, filterChoice } from '../state/describeFilters';
import type { FilteredView } from '../state/selectors';
import type { Filters } from '../state/filtersSlice';
import type { ViewOptions } from '../state/viewSlice';
import { describeSources, sourcesUsed } from './describeSources';
import { figureNotes } from './figureNotes';
import type { ExportTarget } from './fileName';
import { TARGET_TITLES } from './targetNames';

/** Text about a view: a title, a caption (filters, dates, what is shown) and a footer (sources, date). */
export interface ExportText {
  title: string;
  caption: readonly string[];
  footer: readonly string[];
}

export interface ExportTextInput {
  target: ExportTarget;
  dataset: LeanDataset;
  shown: FilteredView;
  filters: Filters;
  view: ViewOptions;
  exportedAt: Date;
}

/** How much of the dataset is shown: "12 of 30 events, 4 of 11 figures shown." */
export function describeCounts(shown: { events: number; amounts: number }, dataset: LeanDataset): string {
  return `${shown.events} of ${dataset.events.length} events, ${shown.amounts} of ${dataset.amounts.length} figures shown.`;
}

/** The timeline's zoom window in words, or null when it shows everything. */
export function describeWindow(window: readonly [number, number] | null): string | null {
  if (window === null) return null;
  return `Timeline zoomed to ${msToIso(window[0])} to ${msToIso(window[1])}.`;
}

function viewNotes(target: ExportTarget, view: ViewOptions): string[] {
  const notes: string[] = [];
  if (target === 'timeline' || target === 'dashboard') {
    const zoom = describeWindow(view.window);
    if (zoom !== null) notes.push(zoom);
  }
  if (target !== 'timeline' && view.scale === 'log') notes.push('Figures on a logarithmic scale.');
  return notes;
}

/** When the export was made, to the minute, in UTC. */
export function exportStamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The title, caption (filters, dates, what is shown) and footer (sources, export date) of an image. */
export function exportText(input: ExportTextInput): ExportText {
  const { target, dataset, shown } = input;
  const counts = describeCounts({ events: shown.events.length, amounts: shown.amounts.length }, dataset);
  return {
    title: target === 'dashboard' ? dataset.title : TARGET_TITLES[target],
    caption: [
      filterCaption(filterChoice(input.filters, datasetLookups(dataset))),
      [counts, ...viewNotes(target, input.view)].join(' '),
    ],
    footer: [
      ...(target === 'timeline' ? [] : figureNotes(dataset, shown.amounts)),
      describeSources(sourcesUsed(dataset, shown.events, shown.amounts)),
      `Exported from Aidline on ${exportStamp(input.exportedAt)}.`,
    ],
  };
}
