import fc from 'fast-check';
import { wholeNumber } from '../../../model/counts';
import { describe, expect, it } from 'vitest';
import { itemAt } from './itemAt';
import type { AidEvent } from '../../../data/schema';
import { makeEvent } from '../../../test/syntheticEvents';
import { assignLanes, type LanedEvents, type ReadableGrouping } from './laneAssignment';
import { layoutReadable, type LabelBox, type ReadableLayout, type ReadableSize } from './layoutReadable';
import { readableEvents } from './readableEvents';
import { wrapLabel } from './wrapLabel';
import {
  ACTORS,
  baseScale,
  denseEventsArb,
  eventsArb,
  measure12,
  sizeArb,
  viewArb,
  viewScale,
} from '../../../test/timelineArbitraries';

function laned(events: AidEvent[], grouping: ReadableGrouping = 'none', maxActorLanes = 5): LanedEvents {
  return assignLanes(readableEvents(events), grouping, ACTORS, { maxActorLanes });
}

type Rect = Pick<LabelBox, 'x0' | 'y0' | 'x1' | 'y1'>;
const intersects = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const words = (text: string) =>
  text
    .split(/\s+/)
    .filter((w) => w !== '')
    .join(' ');

/** The lines of a label on its mark's row lie wholly left or right of the mark's date span. */
function expectClearOfSpan(box: LabelBox, y: number, [from, to]: [number, number]): void {
  for (const line of box.lines.filter((l) => l.y === y)) {
    const width = measure12(line.text);
    const [left, right] = box.anchor === 'start' ? [line.x, line.x + width] : [line.x - width, line.x];
    if (left < to && right > from)
      throw new Error(`"${line.text}" [${left}, ${right}] is over its span [${from}, ${to}]`);
  }
}

/** The invariants every layout keeps, whatever the events, zoom and size. */
function expectReadable(events: LanedEvents, layout: ReadableLayout, size: ReadableSize): void {
  // Each event is drawn at most once: on its own or in one cluster.
  const drawn = [
    ...layout.marks.map((m) => m.event),
    ...layout.clusters.flatMap((c) => Array.from(c.events)),
  ];
  expect(new Set(drawn).size).toBe(drawn.length);
  // ...and every event placed in view is drawn: nothing is dropped.
  const inView: number[] = [];
  events.at.forEach((t, i) => {
    if (t >= layout.span[0] && t <= layout.span[1]) inView.push(i);
  });
  expect([...drawn].sort((a, b) => a - b)).toEqual(inView);

  // No two label boxes intersect, nor a box and a lane's name.
  const boxes = layout.labelBoxes;
  for (const { name } of layout.lanes) {
    if (name !== null) for (const box of boxes) expect(intersects(name, box)).toBe(false);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [itemAt(boxes, i), itemAt(boxes, j)];
      if (intersects(a, b)) throw new Error(`Boxes ${i} and ${j} intersect: ${JSON.stringify([a, b])}`);
    }
  }
  // Every label is inside the plot, and the plot within the height given when the layout fits.
  if (layout.fits) expect(layout.height).toBeLessThanOrEqual(size.height);
  for (const box of boxes) {
    expect(box.x0).toBeGreaterThanOrEqual(-1e-6);
    expect(box.x1).toBeLessThanOrEqual(size.width + 1e-6);
    expect(box.y0).toBeGreaterThanOrEqual(0);
    expect(box.y1).toBeLessThanOrEqual(layout.height);
    expect(box.lines.length).toBeGreaterThanOrEqual(1);
    // At most two lines, unless even two lines are wider than the plot.
    const text = box.lines.map((l) => l.text).join(' ');
    if (wrapLabel(text, 0, measure12).width <= size.width) expect(box.lines.length).toBeLessThanOrEqual(2);
    for (const line of box.lines) {
      const width = measure12(line.text);
      const [left, right] = box.anchor === 'start' ? [line.x, line.x + width] : [line.x - width, line.x];
      expect(left).toBeGreaterThanOrEqual(box.x0 - 1e-6);
      expect(right).toBeLessThanOrEqual(box.x1 + 1e-6);
      expect(line.y).toBeGreaterThan(box.y0);
      expect(line.y).toBeLessThan(box.y1);
    }
    for (const chip of box.chips) {
      expect(chip.x).toBeGreaterThanOrEqual(box.x0 - 1e-6);
      expect(chip.x + chip.width).toBeLessThanOrEqual(box.x1 + 1e-6);
    }
  }
  const half = 6;
  for (const mark of layout.marks) {
    const box = itemAt(boxes, mark.box);
    const event = itemAt(events.events, mark.event);
    // The glyph is inside its box, at the event's time.
    expect(mark.x - half).toBeGreaterThanOrEqual(box.x0 - 1e-6);
    expect(mark.x + half).toBeLessThanOrEqual(box.x1 + 1e-6);
    expect(mark.y - half).toBeGreaterThanOrEqual(box.y0);
    // The whole title, never cut.
    expect(box.lines.map((l) => l.text).join(' ')).toBe(words(event.title));
    expect(box.owner).toEqual({ type: 'event', mark: layout.marks.indexOf(mark) });
    // A label beside a date span starts past the bar, never over it.
    if (mark.range !== null) expectClearOfSpan(box, mark.y, mark.range);
  }
  for (const cluster of layout.clusters) {
    const box = itemAt(boxes, cluster.box);
    const first = itemAt(events.events, cluster.first);
    expect(cluster.events[0]).toBe(cluster.first);
    expect(cluster.events.length).toBeGreaterThan(1);
    expect(box.lines.map((l) => l.text).join(' ')).toBe(
      `${words(first.title)} + ${wholeNumber(cluster.events.length - 1)} more`,
    );
  }

  // Events of one date stack at its place, one under the other, in reading order.
  const byStack = new Map<string, typeof layout.marks>();
  for (const mark of layout.marks) {
    const key = `${mark.lane}:${events.stackStart[mark.event]}`;
    byStack.set(key, [...(byStack.get(key) ?? []), mark]);
  }
  for (const marks of byStack.values()) {
    const ordered = [...marks].sort((a, b) => a.event - b.event);
    for (let i = 1; i < ordered.length; i++) {
      const [above, below] = [ordered[i - 1], ordered[i]];
      expect(below?.x).toBeCloseTo(above?.x ?? NaN, 6);
      expect(below?.y ?? 0).toBeGreaterThan(above?.y ?? 0);
    }
  }
}

describe('layoutReadable', () => {
  it('keeps its invariants over random events, zooms and sizes, with no lanes', () => {
    fc.assert(
      fc.property(eventsArb(90), viewArb, sizeArb, (list, view, size) => {
        const events = laned(list);
        const layout = layoutReadable(events, viewScale(size.width, view), size, measure12);
        expectReadable(events, layout, size);
        if (size.height >= 140) expect(layout.fits).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('keeps its invariants in lanes by actor and by kind', () => {
    fc.assert(
      fc.property(
        eventsArb(70),
        viewArb,
        sizeArb,
        fc.constantFrom<ReadableGrouping>('actor', 'kind'),
        (list, view, size, grouping) => {
          const events = laned(list, grouping);
          const layout = layoutReadable(events, viewScale(size.width, view), size, measure12);
          expectReadable(events, layout, size);
          if (size.height >= events.lanes.length * 100) expect(layout.fits).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('keeps its invariants where events are dense enough to cluster', () => {
    fc.assert(
      fc.property(
        denseEventsArb,
        viewArb,
        sizeArb,
        fc.constantFrom<ReadableGrouping>('none', 'actor', 'kind'),
        (list, view, size, grouping) => {
          const events = laned(list, grouping);
          const layout = layoutReadable(events, viewScale(size.width, view), size, measure12);
          expectReadable(events, layout, size);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('draws every event of a sparse timeline on its own', () => {
    const events = laned(
      ['2022-03-01', '2022-09-01', '2023-03-01', '2023-09-01', '2024-03-01'].map((date, i) =>
        makeEvent({ id: `e${i}`, date, title: `Event ${i}` }),
      ),
    );
    const layout = layoutReadable(events, baseScale(1000), { width: 1000, height: 400 }, measure12);
    expect(layout.clusters).toEqual([]);
    expect(layout.marks).toHaveLength(5);
    expect(layout.level.column).toBe(0);
    // Far apart, they all fit in the first row.
    expect(new Set(layout.marks.map((m) => m.y)).size).toBe(1);
  });

  it('stacks a busy day at its date, by kind then title, never spread across the day', () => {
    const list = [
      makeEvent({ id: 'a', date: '2023-09-28', kind: 'statement', title: 'Zeta statement' }),
      makeEvent({ id: 'b', date: '2023-09-28', kind: 'visit', title: 'Visit to Kyiv' }),
      makeEvent({ id: 'c', date: '2023-09-28', kind: 'statement', title: 'Alpha statement' }),
      makeEvent({ id: 'd', date: '2023-09-28', kind: 'meeting', title: 'Meeting in Kyiv' }),
    ];
    const events = laned(list);
    const layout = layoutReadable(events, baseScale(1000), { width: 1000, height: 400 }, measure12);
    const titles = [...layout.marks].sort((a, b) => a.y - b.y).map((m) => events.events[m.event]?.title);
    expect(titles).toEqual(['Visit to Kyiv', 'Meeting in Kyiv', 'Alpha statement', 'Zeta statement']);
    expect(new Set(layout.marks.map((m) => m.x)).size).toBe(1);
    const noon = Date.UTC(2023, 8, 28, 12);
    expect(layout.marks[0]?.x).toBeCloseTo(baseScale(1000)(noon), 6);
  });

  it('names the first event and how many more where a day is too busy for the height', () => {
    const list = Array.from({ length: 13 }, (_, i) =>
      makeEvent({
        id: `e${i}`,
        date: '2023-09-28',
        kind: i === 5 ? 'visit' : 'statement',
        title: `Title ${i}`,
      }),
    );
    const events = laned(list);
    const layout = layoutReadable(events, baseScale(1000), { width: 1000, height: 120 }, measure12);
    expect(layout.marks).toEqual([]);
    expect(layout.clusters).toHaveLength(1);
    const box = layout.labelBoxes[layout.clusters[0]?.box ?? -1];
    expect(box?.lines.map((l) => l.text).join(' ')).toBe('Title 5 + 12 more');
    // With room, the same day is drawn event by event.
    const tall = layoutReadable(events, baseScale(1000), { width: 1000, height: 400 }, measure12);
    expect(tall.clusters).toEqual([]);
    expect(tall.marks).toHaveLength(13);
  });

  it('keeps a label inside the plot by putting it left of a glyph near the right edge', () => {
    const events = laned([
      makeEvent({ id: 'late', date: '2025-03-20', title: 'A late event with a long title' }),
    ]);
    const layout = layoutReadable(events, baseScale(800), { width: 800, height: 200 }, measure12);
    const box = layout.labelBoxes[0];
    expect(box?.anchor).toBe('end');
    expect(box?.x1).toBeLessThanOrEqual(800);
  });

  it('starts the label of a date known only to the month past the bar of its month', () => {
    const events = laned([
      makeEvent({
        id: 'month',
        date: '2023-09-01',
        datePrecision: 'month',
        title: 'Kyiv hosts its first Defense Industries Forum',
      }),
    ]);
    const scale = baseScale(1000).domain([new Date(Date.UTC(2023, 7, 1)), new Date(Date.UTC(2023, 11, 1))]);
    const layout = layoutReadable(events, scale, { width: 1000, height: 200 }, measure12);
    const mark = layout.marks[0];
    const box = layout.labelBoxes[mark?.box ?? -1];
    expect(mark?.range?.[1]).toBeGreaterThan((mark?.x ?? 0) + 100);
    expect(box?.anchor).toBe('start');
    expect(box?.lines[0]?.x).toBeGreaterThan(mark?.range?.[1] ?? Infinity);
  });

  it('puts an event in one lane and shows its other actors as chips', () => {
    const list = [
      makeEvent({
        id: 'a',
        date: '2023-01-10',
        actors: ['actor-0', 'actor-1', 'actor-2'],
        title: 'Three actors',
      }),
      makeEvent({ id: 'b', date: '2023-06-10', actors: ['actor-1'], title: 'One actor' }),
    ];
    const events = laned(list, 'actor');
    const layout = layoutReadable(events, baseScale(1000), { width: 1000, height: 400 }, measure12);
    expect(layout.marks).toHaveLength(2);
    const three = layout.marks.find((m) => events.events[m.event]?.id === 'a');
    expect(events.lanes[three?.lane ?? -1]?.actorId).toBe('actor-0');
    const chips = layout.labelBoxes[three?.box ?? -1]?.chips.map((c) => c.text);
    expect(chips).toEqual(['A1', 'A2']);
  });

  it('keeps the number of marks bounded at 100,000 events, with or without lanes', () => {
    const list = Array.from({ length: 100_000 }, (_, i) =>
      makeEvent({
        id: `e${i}`,
        date: new Date(Date.UTC(2022, 2, 1) + (i % 900) * 86_400_000).toISOString().slice(0, 10),
        title: `Generated event ${i}`,
        actors: [`actor-${i % 10}`],
      }),
    );
    for (const grouping of ['none', 'actor'] as const) {
      const events = laned(list, grouping, 8);
      const size = { width: 1100, height: 560 };
      const layout = layoutReadable(events, baseScale(size.width), size, measure12);
      expect(layout.fits).toBe(true);
      expect(layout.marks.length + layout.clusters.length).toBeLessThanOrEqual(400);
      expect(layout.clusters.reduce((n, c) => n + c.events.length, 0) + layout.marks.length).toBe(100_000);
    }
  }, 30_000);
});
