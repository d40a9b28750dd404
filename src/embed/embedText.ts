import type { Dataset, Source } from '../data/schema';
import { formatDateRange, formatWindow } from '../model/dates';
import { plural } from '../model/counts';
import { datasetLookups } from '../model/lookups';
import { activeFilterCount, filterChoice, filterPhrases } from '../state/describeFilters';
import type { Filters } from '../state/filtersSlice';
import type { FilteredView } from '../state/selectors';
import type { ViewOptions } from '../state/viewSlice';
import { sourcesUsed } from '../export/describeSources';
import type { EmbedChart } from '../ui/exportMenu/embedSnippet';

/** Outlets named in the source line before "and N more", so it stays within two lines at 375 px. */
const MAX_OUTLETS = 4;

export interface EmbedText {
  headline: string;
  /** What is chosen and how much of it is drawn. */
  description: string;
  /** One short line: outlets, the number of articles, Aidline. */
  source: string;
}

export interface EmbedTextInput {
  chart: EmbedChart;
  dataset: Dataset;
  shown: FilteredView;
  filters: Filters;
  view: ViewOptions;
}

/** The period a chart shows in words: the timeline's zoom window, else the date filter; null for all. */
function period({ chart, filters, view }: EmbedTextInput): string | null {
  if (chart === 'timeline' && view.window !== null) return formatWindow(view.window[0], view.window[1]);
  return formatDateRange(filters.from, filters.to);
}

function headline(input: EmbedTextInput): string {
  const subject =
    input.chart === 'timeline'
      ? 'Events of the war in Ukraine'
      : input.view.figuresView === 'time'
        ? 'Money figures over time, in US dollars'
        : 'Money figures, in US dollars';
  const when = period(input);
  return when === null ? subject : `${subject}, ${when}`;
}

/** "Sources: DOD News, CNN, AFP and 2 more · 6 articles · Aidline": the outlets named, then the count. */
export function sourceLine(sources: readonly Source[]): string {
  const articles = `${plural(sources.length, 'article')} · Aidline`;
  const outlets = [...new Set(sources.flatMap((s) => (s.outlet === null ? [] : [s.outlet])))];
  if (outlets.length === 0) return `Sources: ${articles}`;
  const shown = outlets.slice(0, MAX_OUTLETS).join(', ');
  const more = outlets.length > MAX_OUTLETS ? ` and ${outlets.length - MAX_OUTLETS} more` : '';
  return `${sources.length > 1 ? 'Sources' : 'Source'}: ${shown}${more} · ${articles}`;
}

/** The words around an embedded chart, all derived from what it draws. */
export function embedText(input: EmbedTextInput): EmbedText {
  const { chart, dataset, shown, filters } = input;
  const [count, total, noun] =
    chart === 'timeline'
      ? [shown.events.length, dataset.events.length, 'events']
      : [shown.amounts.length, dataset.amounts.length, 'figures'];
  const description =
    activeFilterCount(filters) === 0
      ? `All ${total} ${noun} in the dataset.`
      : `${count} of ${total} ${noun}, chosen by ${filterPhrases(filterChoice(filters, datasetLookups(dataset))).join('; ')}.`;
  return {
    headline: headline(input),
    description,
    source: sourceLine(sourcesUsed(dataset, shown.events, shown.amounts)),
  };
}
