// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { AidEvent } from '../data/schema';
import type { LaneGrouping } from '../state/viewSlice';
import { IMAGE_WIDTHS } from '../state/publishSettings';
import { bundled } from '../test/bundledDataset';
import { screenPaint } from '../model/colors';
import { chartWidth } from './frameLayout';
import { timelineDrawing, timelinePlotMaxHeight } from './timelineDrawing';

const usEvents = bundled.events.filter((e) => e.actors.includes('united-states'));
const lastWeekOfSeptember: [number, number] = [Date.UTC(2023, 8, 25), Date.UTC(2023, 9, 1)];
const inWindow = bundled.events.filter((e) => {
  const t = Date.parse(e.date);
  return t >= lastWeekOfSeptember[0] && t < lastWeekOfSeptember[1];
});

const VIEWS: { name: string; events: readonly AidEvent[]; window: [number, number] | null }[] = [
  { name: 'every event', events: bundled.events, window: null },
  { name: 'the events of one actor', events: usEvents, window: null },
  { name: 'a week of events', events: inWindow, window: lastWeekOfSeptember },
];

describe('the timeline image', () => {
  for (const view of VIEWS) {
    for (const lanes of ['none', 'actor', 'kind'] as LaneGrouping[]) {
      for (const width of IMAGE_WIDTHS) {
        it(`titles each of ${view.name} on its own at ${width} px, lanes by ${lanes}`, () => {
          const drawing = timelineDrawing({
            events: view.events,
            actors: bundled.actors,
            lanes,
            preferredActors: [],
            window: view.window,
            width: chartWidth(width),
            paint: screenPaint,
          });
          expect(view.events.length).toBeGreaterThan(0);
          expect(drawing.events).toHaveLength(view.events.length);
          expect(drawing.key.map((k) => k.id)).not.toContain('cluster');
          expect(drawing.notes.join(' ')).not.toMatch(/Named one by one/);
          expect(drawing.height).toBeLessThanOrEqual(timelinePlotMaxHeight(chartWidth(width)) + 40);
        });
      }
    }
  }
});
