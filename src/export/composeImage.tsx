import type { ReactElement } from 'react';
import type { LeanDataset } from '../data/leanDataset';
import type { Paint } from '../model/colors';
import { textWidth, wrapToWidth, type TextWidth } from '../model/measureText';
import { activeFilterCount } from '../state/describeFilters';
import type { Filters } from '../state/filtersSlice';
import type { PublishSettings, PublishTarget } from '../state/publishSettings';
import type { FilteredView } from '../state/selectors';
import type { ViewOptions } from '../state/viewSlice';
import type { ChartDrawing } from './chartDrawing';
import { figureRowsOf } from './figureRowsOf';
import { figuresDrawing } from './figuresDrawing';
import { flagLines } from './flagLines';
import { chartWidth, layoutFrame, roleMeasure, type FrameLayout, type FrameNote } from './frameLayout';
import { ImageFrame } from './ImageFrame';
import {
  appendix,
  defaultDescription,
  defaultHeadline,
  drawnPeriod,
  drawnSources,
  followsWindow,
  imageFileName,
  sourceLine,
  type Drawn,
} from './imageText';
import { palettePaint, PALETTES } from './palette';
import { timelineDrawing } from './timelineDrawing';
import { timePanelsDrawing } from './timePanelsDrawing';

/** The view an image is made of: what the filters let through, and how it is looked at. */
export interface ImageRequest {
  target: PublishTarget;
  dataset: LeanDataset;
  shown: FilteredView;
  filters: Filters;
  view: ViewOptions;
}

export interface ComposedImage {
  /** The image as SVG elements, painted in the theme's palette. */
  element: ReactElement;
  width: number;
  height: number;
  headline: string;
  description: string;
  alt: string;
  drawn: Drawn;
  fileName: (format: 'png' | 'svg') => string;
  /** The text the dialog offers as defaults for its empty fields. */
  defaults: { headline: string; description: string; source: string; alt: string };
}

interface Part {
  heading: string | null;
  drawing: ChartDrawing;
}

function drawParts(request: ImageRequest, width: number, paint: Paint): Part[] {
  const { dataset, shown, view, filters, target } = request;
  const plot = chartWidth(width);
  const timeline = () =>
    timelineDrawing({
      events: shown.events,
      actors: dataset.actors,
      lanes: view.lanes,
      preferredActors: filters.actors,
      window: view.window,
      width: plot,
      paint,
    });
  const figures = (time: boolean, prefix: string) => {
    const { rows, byId } = figureRowsOf(dataset, shown.amounts);
    return time
      ? timePanelsDrawing({ rows, byId, scale: view.scale, window: view.window, width: plot, prefix, paint })
      : figuresDrawing({
          rows,
          byId,
          scale: view.scale,
          sort: view.sort,
          group: view.group,
          width: plot,
          prefix,
          paint,
        });
  };
  switch (target) {
    case 'timeline':
      return [{ heading: null, drawing: timeline() }];
    case 'figures':
      return [{ heading: null, drawing: figures(false, 'f1') }];
    case 'figures-time':
      return [{ heading: null, drawing: figures(true, 'f1') }];
    case 'dashboard': {
      const time = view.figuresView === 'time';
      return [
        { heading: 'Timeline of events', drawing: timeline() },
        {
          heading: time ? 'Money figures over time, in US dollars' : 'Money figures, in US dollars',
          drawing: figures(time, 'f2'),
        },
      ];
    }
  }
}

/**
 * Composes an image of a view at a width and in a theme: draws each chart from its layout through the
 * screen's components in the theme's palette, then the frame around them
 * with the headline, description, key, notes, source line, byline and appendix, every text true to what
 * is drawn. Pure: measuring with `measure`, it returns elements; renderImage writes them as a file.
 */
export function composeImage(
  request: ImageRequest,
  settings: PublishSettings,
  measure: TextWidth = textWidth,
): ComposedImage {
  const { dataset, filters, view, target } = request;
  const { width } = settings;
  const paint = palettePaint(PALETTES[settings.theme]);
  const parts = drawParts(request, width, paint);
  const drawn: Drawn = {
    events: parts.flatMap((p) => p.drawing.events),
    amounts: parts.flatMap((p) => p.drawing.amounts),
  };
  const window = followsWindow(target, view.figuresView) ? view.window : null;
  const period = drawnPeriod(drawn, window);
  const filtered = activeFilterCount(filters) > 0;

  const inner = chartWidth(width);
  const inRole = roleMeasure(measure);
  const fitsTwoLines = (text: string) => wrapToWidth(text, inner, (t) => inRole(t, 'source')).length <= 2;
  const defaults = {
    headline: defaultHeadline(target, dataset, drawn, period, window === null ? view.window : null),
    description: defaultDescription(target, dataset, filters, drawn, view.window, view.figuresView),
    source: sourceLine(drawnSources(dataset, drawn), fitsTwoLines),
    alt: '',
  };
  const headline = settings.headline.trim() || defaults.headline;
  const description = settings.description.trim() || defaults.description;
  defaults.alt = `${headline}. ${description} Chart${parts.length > 1 ? 's' : ''} by Aidline.`;
  const alt = settings.alt.trim() || defaults.alt;

  const flags = flagLines(dataset, drawn.amounts, { appendix: settings.appendix });
  const notes: FrameNote[] = [
    ...(settings.notes.trim() === '' ? [] : [settings.notes.trim()]),
    ...parts.flatMap((p) => p.drawing.notes),
  ].map((text) => ({ text }));
  for (const line of flags)
    notes.push(line.severity === null ? { text: line.text } : { text: line.text, flag: line.severity });
  const layout: FrameLayout = layoutFrame(
    {
      width,
      headline,
      description,
      charts: parts.map((p) => ({
        heading: p.heading,
        height: p.drawing.height,
        key: p.drawing.key.map(({ id, label }) => ({ id, label })),
      })),
      notes,
      source: settings.source.trim() || defaults.source,
      byline: settings.byline.trim(),
      appendix: settings.appendix ? appendix(dataset, drawn) : [],
    },
    measure,
  );
  const element = (
    <ImageFrame
      layout={layout}
      charts={parts.map((p) => p.drawing.element)}
      swatches={parts.map((p) => new Map(p.drawing.key.map((k) => [k.id, k.swatch])))}
      title={headline}
      description={alt}
      paint={paint}
    />
  );
  return {
    element,
    width: layout.width,
    height: layout.height,
    headline,
    description,
    alt,
    drawn,
    fileName: (format) =>
      imageFileName(target, period, filtered, drawn, format, {
        width: layout.width,
        theme: settings.theme,
        scale: settings.scale,
      }),
    defaults,
  };
}
