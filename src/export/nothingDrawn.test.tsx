// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { screenPaint } from '../model/colors';
import { bundled } from '../test/bundledDataset';
import { figureRowsOf } from './figureRowsOf';
import { figuresDrawing } from './figuresDrawing';
import { timelineDrawing } from './timelineDrawing';

const timeline = (window: readonly [number, number] | null) =>
  timelineDrawing({
    events: [],
    actors: bundled.actors,
    lanes: 'none',
    preferredActors: [],
    window,
    width: 560,
    paint: screenPaint,
  });

/** The text of a drawing, each text element on its own. */
const texts = (markup: string) => [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('an image part with nothing to draw', () => {
  it('says the timeline has no events, and draws no axis of dates that mean nothing', () => {
    const drawing = timeline(null);
    expect(texts(renderToStaticMarkup(drawing.element))).toEqual(['No events to draw.']);
    expect(drawing.key).toEqual([]);
    expect(drawing.events).toEqual([]);
  });

  it('says a timeline window holds no events', () => {
    const drawing = timeline([Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 8)]);
    expect(texts(renderToStaticMarkup(drawing.element))).toEqual(['No events in this window.']);
  });

  it('says the figures chart has no figures, instead of an empty frame', () => {
    const { rows, byId } = figureRowsOf(bundled, []);
    const drawing = figuresDrawing({
      rows,
      byId,
      scale: 'linear',
      sort: 'value',
      group: 'all',
      width: 560,
      prefix: 'f',
      paint: screenPaint,
    });
    expect(texts(renderToStaticMarkup(drawing.element))).toEqual(['No figures to draw.']);
    expect(drawing.key).toEqual([]);
  });
});
