import { scaleUtc, type ScaleTime } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import fc from 'fast-check';
import type { MeasureLabel } from '../charts/timeline/readable/wrapLabel';
import type { AidEvent, DatePrecision } from '../data/schema';
import { EVENT_KINDS } from '../data/vocabulary';
import { estimateTextWidth } from '../model/measureText';
import { makeEvent } from './syntheticEvents';

/** Label widths as the chart's 12 px text, estimated without a canvas (on the wide side). */
export const measure12: MeasureLabel = (text) => estimateTextWidth(text, { size: 12, weight: 500 });

export const ACTOR_IDS = Array.from({ length: 10 }, (_, i) => `actor-${i}`);
export const ACTORS = ACTOR_IDS.map((id, i) => ({
  id,
  name: i % 3 === 0 ? `Actor number ${i}` : `A${i}`,
  type: 'person' as const,
  aliases: [],
}));

const START = Date.UTC(2022, 1, 24);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i));
const word = fc.string({
  unit: fc.constantFrom(...LETTERS),
  minLength: 1,
  maxLength: 11,
});
export const titleArb = fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(' '));

/** A day offset that often falls on one of a few busy days, so that date stacks and clusters occur. */
const dayArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1000 }) },
  { weight: 2, arbitrary: fc.constantFrom(100, 101, 103, 580) },
);

const precisionArb = fc.constantFrom<DatePrecision>('day', 'day', 'day', 'day', 'week', 'month', 'year');

const eventArb = (day: fc.Arbitrary<number>) =>
  fc.record({
    day,
    precision: precisionArb,
    kind: fc.constantFrom(...EVENT_KINDS),
    title: titleArb,
    actors: fc.uniqueArray(fc.constantFrom(...ACTOR_IDS), { maxLength: 4 }),
  });

/** Random schema-valid events: ids by position, dates over about three years. */
export const eventsArb = (maxLength: number, days = dayArb): fc.Arbitrary<AidEvent[]> =>
  fc.array(eventArb(days), { maxLength }).map((list) =>
    list.map((e, i) => {
      const ms = START + e.day * DAY;
      const date =
        e.precision === 'month'
          ? iso(ms).slice(0, 7)
          : e.precision === 'year'
            ? iso(ms).slice(0, 4)
            : iso(ms);
      return makeEvent({
        id: `e-${i}`,
        date,
        datePrecision: e.precision,
        kind: e.kind,
        title: e.title,
        actors: e.actors,
      });
    }),
  );

/** The base scale over the whole span, 2022 to 2025. */
export function baseScale(width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([Date.UTC(2022, 0, 1), Date.UTC(2025, 3, 1)])
    .range([0, width]);
}

/** A zoom transform that stays within the base scale's span: zoom factor and where the view starts (0..1). */
export const viewArb = fc.record({
  // Log-uniform, so that whole years and single weeks are as likely.
  k: fc.oneof(
    fc.constant(1),
    fc.double({ min: 0, max: 11, noNaN: true }).map((u) => 2 ** u),
  ),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** The visible scale for a view: the base scale rescaled by a d3 zoom transform. */
export function viewScale(width: number, view: { k: number; at: number }): ScaleTime<number, number> {
  const tx = -view.at * (view.k - 1) * width;
  return zoomIdentity.translate(tx, 0).scale(view.k).rescaleX(baseScale(width));
}

/** Many events on a few weeks: where clusters are needed. */
export const denseEventsArb = eventsArb(400, fc.integer({ min: 560, max: 600 }));

export const sizeArb = fc.record({
  width: fc.integer({ min: 220, max: 1600 }),
  height: fc.integer({ min: 90, max: 900 }),
});
