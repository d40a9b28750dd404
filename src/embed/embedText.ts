import type { LeanDataset } from '../data/leanDataset';
import { eventTimeSpan } from '../model/dates';
import { textWidth, wrapToWidth, type TextFont, type TextWidth } from '../model/measureText';
import type { Filters } from '../state/filtersSlice';
import type { PublishTarget } from '../state/publishSettings';
import type { FilteredView } from '../state/selectors';
import type { ViewOptions } from '../state/viewSlice';
import {
  defaultDescription,
  defaultHeadline,
  drawnPeriod,
  drawnSources,
  followsWindow,
  sourceLine,
  type Drawn,
} from '../export/imageText';
import { embedTarget, type EmbedChart } from '../ui/exportMenu/embedSnippet';

/** The footer's font (--text-xs in the UI font), in which the source line is measured. */
export const FOOTER_FONT: TextFont = { size: 12 };
/** Lines the source line may take in the footer; a longer one names fewer outlets ("and 3 more"). */
const SOURCE_LINES = 2;

export interface EmbedText {
  headline: string;
  /** What is drawn, in which dates, under which filters. */
  description: string;
  /** At most two lines: outlets, the number of articles, Aidline. */
  source: string;
}

export interface EmbedTextInput {
  chart: EmbedChart;
  dataset: LeanDataset;
  shown: FilteredView;
  filters: Filters;
  view: ViewOptions;
  /** Width of the footer in px, where the source line wraps. */
  footerWidth: number;
  measure?: TextWidth;
}

const within = (span: [number, number], window: readonly [number, number]) =>
  span[0] < window[1] && span[1] > window[0];

/** What the embedded chart draws: the shown events or figures, within the zoom window when it follows one. */
function drawnBy(
  target: PublishTarget,
  shown: FilteredView,
  window: readonly [number, number] | null,
): Drawn {
  if (target === 'timeline')
    return {
      events:
        window === null
          ? shown.events
          : shown.events.filter((e) => within(eventTimeSpan(e.date, e.datePrecision), window)),
      amounts: [],
    };
  return {
    events: [],
    amounts:
      window === null
        ? shown.amounts
        : shown.amounts.filter((a) => within(eventTimeSpan(a.date, 'day'), window)),
  };
}

/**
 * The words around an embedded chart: those the publish dialog's image of the same view has by
 * default (see imageText), so the embed and its static fallback say the same thing.
 */
export function embedText({
  chart,
  dataset,
  shown,
  filters,
  view,
  footerWidth,
  measure = textWidth,
}: EmbedTextInput): EmbedText {
  const fits = (text: string) =>
    wrapToWidth(text, footerWidth, (t) => measure(t, FOOTER_FONT)).length <= SOURCE_LINES;
  const target = embedTarget(chart, view);
  const window = followsWindow(target) ? view.window : null;
  const drawn = drawnBy(target, shown, window);
  return {
    headline: defaultHeadline(target, dataset, drawn, drawnPeriod(drawn, window)),
    description: defaultDescription(target, dataset, filters, drawn, window),
    source: sourceLine(drawnSources(dataset, drawn), fits),
  };
}
