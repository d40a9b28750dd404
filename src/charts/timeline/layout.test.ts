import { describe, expect, it } from 'vitest';
import type { AidEvent } from '../../data/schema';
import { DAY_MS } from '../../model/dates';
import { buildTimelineIndex, type TimelineIndex } from './lanes';
import { layoutTimeline } from './layout';
import type { TimelineLayout, TimelineSize } from './layoutTypes';
import { estimateText } from './timelineText';
import { makeActors, makeEvent, syntheticEvents } from '../../test/syntheticEvents';
import { eventsTimeDomain } from '../../model/timeDomain';
import { timeEvents } from './timeIndex';

const size: TimelineSize = { width: 600, laneHeight: 40, laneLabelBand: 0 };
const actors = makeActors(12);

function indexOf(events: AidEvent[], grouping: 'actor' | 'kind' = 'actor', maxActorLanes = 8): TimelineIndex {
  return buildTimelineIndex(timeEvents(events), actors, grouping, { maxActorLanes });
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const xOf = (layout: TimelineLayout, t: number) =>
  ((t - layout.range[0]) / (layout.range[1] - layout.range[0])) * layout.width;

/** Every lane member placed in the layout's span is in exactly one glyph or one cluster of that lane. */
function expectEveryEventAccountedFor(index: TimelineIndex, layout: TimelineLayout): void {
  index.lanes.forEach((_, lane) => {
    const members = index.laneMembers[lane] ?? new Int32Array();
    const laneAt = index.laneAt[lane] ?? new Float64Array();
    const expected: number[] = [];
    members.forEach((event, m) => {
      const at = laneAt[m] ?? 0;
      if (at >= layout.span[0] && at < layout.span[1]) expected.push(event);
    });
    const shown: number[] = layout.glyphs.filter((g) => g.lane === lane).map((g) => g.event);
    let clustered = 0;
    for (const c of layout.clusters.filter((c) => c.lane === lane)) {
      const from = members.indexOf(c.first);
      const to = members.indexOf(c.last);
      expect(to - from + 1).toBe(c.count);
      expect(c.segments.reduce((sum, s) => sum + s.count, 0)).toBe(c.count);
      for (let m = from; m <= to; m++) shown.push(members[m] ?? 0);
      clustered += c.count;
    }
    expect(shown.length).toBe(expected.length);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    expect(clustered + layout.glyphs.filter((g) => g.lane === lane).length).toBe(expected.length);
  });
}

/** No two marks of a lane overlap, and no label overlaps a mark or another label. */
function expectNoOverlaps(layout: TimelineLayout, glyphSize = 11): void {
  const half = glyphSize / 2;
  layout.lanes.forEach((box, lane) => {
    const columns = new Map<number, number[]>();
    for (const g of layout.glyphs.filter((g) => g.lane === lane)) {
      expect(g.y - half).toBeGreaterThanOrEqual(box.y);
      expect(g.y + half).toBeLessThanOrEqual(box.y + box.height);
      columns.set(g.x, [...(columns.get(g.x) ?? []), g.y]);
    }
    for (const ys of columns.values()) {
      ys.sort((a, b) => a - b);
      ys.slice(1).forEach((y, i) => {
        expect(y - (ys[i] ?? 0)).toBeGreaterThanOrEqual(glyphSize);
      });
    }
    const extents: [number, number][] = [
      ...[...columns.keys()].map((x): [number, number] => [x - half, x + half]),
      ...layout.clusters.filter((c) => c.lane === lane).map((c): [number, number] => [c.x0, c.x1]),
    ];
    const labelExtents: [number, number][] = layout.labels
      .filter((l) => l.lane === lane)
      .map((l) => {
        const start = l.badge?.x ?? l.title?.x ?? 0;
        const end = l.title
          ? l.title.x + estimateText(l.title.text, 'label')
          : (l.badge?.x ?? 0) + (l.badge?.width ?? 0);
        return [start, end];
      });
    const all = [...extents, ...labelExtents].sort((a, b) => a[0] - b[0]);
    all.slice(1).forEach((extent, i) => {
      expect(extent[0]).toBeGreaterThanOrEqual(all[i]?.[1] ?? Infinity);
    });
  });
}

describe('layoutTimeline', () => {
  it('lays out nothing for an empty result', () => {
    const index = indexOf([]);
    const layout = layoutTimeline(index, size, [day('2023-01-01'), day('2024-01-01')]);
    expect(layout.lanes).toEqual([]);
    expect(layout.glyphs).toEqual([]);
    expect(layout.clusters).toEqual([]);
    expect(layout.labels).toEqual([]);
    expect(layout.height).toBe(0);
  });

  it('places a single event at its time, in each of its actors lanes, linked and labelled', () => {
    const event = makeEvent({
      id: 'visit',
      date: '2023-09-28',
      actors: ['actor-0', 'actor-1'],
      title: 'A visit',
    });
    const index = indexOf([event]);
    const domain = eventsTimeDomain(index.events);
    const layout = layoutTimeline(index, size, domain);
    expect(layout.lanes.map((l) => l.lane.label)).toEqual(['Actor 0', 'Actor 1']);
    expect(layout.glyphs).toHaveLength(2);
    const noon = day('2023-09-28') + DAY_MS / 2;
    for (const g of layout.glyphs) expect(g.x).toBeCloseTo(xOf(layout, noon), 6);
    expect(layout.glyphs.map((g) => g.y)).toEqual([20, 60]);
    expect(layout.connectors).toEqual([
      {
        event: 0,
        points: [
          [layout.glyphs[0]?.x, 20],
          [layout.glyphs[0]?.x, 60],
        ],
      },
    ]);
    expect(layout.labels.map((l) => l.title?.text)).toEqual(['A visit', 'A visit']);
    expect(layout.clusters).toEqual([]);
  });

  it('spreads the events of one day across it when zoomed to that day', () => {
    const events = Array.from({ length: 4 }, (_, i) =>
      makeEvent({ id: `e${i}`, date: '2023-09-28', actors: ['actor-0'] }),
    );
    const index = indexOf(events);
    const range: [number, number] = [day('2023-09-28'), day('2023-09-29')];
    const layout = layoutTimeline(index, size, range);
    expect(layout.glyphs.map((g) => Math.round(g.x))).toEqual([75, 225, 375, 525]);
    expect(layout.glyphs.map((g) => g.event)).toEqual([0, 1, 2, 3]);
    expectNoOverlaps(layout);
  });

  it('stacks a few events that share a column and clusters a dense day with its count', () => {
    const few = Array.from({ length: 3 }, (_, i) =>
      makeEvent({ id: `f${i}`, date: '2023-03-01', actors: ['actor-0'] }),
    );
    const many = Array.from({ length: 40 }, (_, i) =>
      makeEvent({ id: `m${i}`, date: '2023-09-28', actors: ['actor-0'] }),
    );
    const index = indexOf([...few, ...many]);
    const layout = layoutTimeline(index, size, [day('2023-01-01'), day('2024-01-01')]);
    const stack = layout.glyphs.filter((g) => index.events[g.event]?.id.startsWith('f'));
    expect(stack).toHaveLength(3);
    expect(new Set(stack.map((g) => g.x)).size).toBe(1);
    expect(stack.map((g) => g.y)).toEqual([8, 20, 32]);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]?.count).toBe(40);
    expect(layout.clusters[0]?.label).toBe('40');
    expectEveryEventAccountedFor(index, layout);
    expectNoOverlaps(layout);
  });

  it('keeps every event of a dense day reachable at a one-day span', () => {
    const events = Array.from({ length: 60 }, (_, i) =>
      makeEvent({ id: `m${i}`, date: '2023-09-28', actors: ['actor-0'] }),
    );
    const index = indexOf(events);
    const layout = layoutTimeline(index, { ...size, width: 900 }, [day('2023-09-28'), day('2023-09-29')]);
    expect(layout.clusters).toEqual([]);
    expect(new Set(layout.glyphs.map((g) => g.event)).size).toBe(60);
    expectNoOverlaps(layout);
  });

  it('lays out a one-day span with only the events of that day', () => {
    const events = [
      makeEvent({ id: 'before', date: '2023-09-20', actors: ['actor-0'] }),
      makeEvent({ id: 'on', date: '2023-09-28', actors: ['actor-0'] }),
      makeEvent({ id: 'after', date: '2023-10-05', actors: ['actor-0'] }),
    ];
    const index = indexOf(events);
    const layout = layoutTimeline(index, size, [day('2023-09-28'), day('2023-09-29')]);
    expect(layout.glyphs.map((g) => index.events[g.event]?.id)).toEqual(['on']);
    expect(layout.glyphs[0]?.x).toBeCloseTo(300, 6);
  });

  it('draws the span of a date known only to the week or month', () => {
    const events = [
      makeEvent({ id: 'week', date: '2023-04-19', datePrecision: 'week', actors: ['actor-0'] }),
      makeEvent({ id: 'day', date: '2023-04-10', actors: ['actor-0'] }),
    ];
    const index = indexOf(events);
    const layout = layoutTimeline(index, size, [day('2023-04-01'), day('2023-05-01')]);
    const week = layout.glyphs.find((g) => index.events[g.event]?.id === 'week');
    expect(week?.range?.[0]).toBeCloseTo(xOf(layout, day('2023-04-17')), 6);
    expect(week?.range?.[1]).toBeCloseTo(xOf(layout, day('2023-04-24')), 6);
    expect(layout.glyphs.find((g) => index.events[g.event]?.id === 'day')?.range).toBeNull();
  });

  it('hides or shortens labels that do not fit before the next mark', () => {
    const events = [
      makeEvent({
        id: 'a',
        date: '2023-01-10',
        actors: ['actor-0'],
        title: 'A long title that cannot fit here',
      }),
      makeEvent({ id: 'b', date: '2023-01-14', actors: ['actor-0'], title: 'Next' }),
      makeEvent({ id: 'c', date: '2023-01-15', actors: ['actor-0'], title: 'Close neighbour' }),
      makeEvent({ id: 'd', date: '2023-01-16', actors: ['actor-0'], title: 'Last one' }),
    ];
    const index = indexOf(events);
    const layout = layoutTimeline(index, size, [day('2023-01-01'), day('2023-01-31')]);
    const titles = new Map(layout.labels.map((l) => [index.events[l.event]?.id, l.title?.text]));
    expect(titles.get('a')).toMatch(/^A long t.*…$/);
    expect(titles.has('b')).toBe(false);
    expect(titles.has('c')).toBe(false);
    expect(titles.get('d')).toBe('Last one');
    expectNoOverlaps(layout);
  });

  it('puts a figure badge before the title, and keeps it when the title does not fit', () => {
    const events = [
      makeEvent({ id: 'pkg', date: '2023-01-10', actors: ['actor-0'], title: 'Package announced' }),
      makeEvent({ id: 'next', date: '2023-01-16', actors: ['actor-0'] }),
    ];
    const index = indexOf(events);
    const badges = new Map([['pkg', '$325M']]);
    const wide = layoutTimeline(index, size, [day('2023-01-01'), day('2023-01-20')], { badges });
    const label = wide.labels.find((l) => index.events[l.event]?.id === 'pkg');
    expect(label?.badge?.text).toBe('$325M');
    expect(label?.title?.text).toBe('Package announced');
    expect(label?.title?.x).toBeGreaterThan((label?.badge?.x ?? 0) + (label?.badge?.width ?? 0));
    const narrow = layoutTimeline(index, size, [day('2022-12-20'), day('2023-02-02')], { badges });
    const tight = narrow.labels.find((l) => index.events[l.event]?.id === 'pkg');
    expect(tight?.badge?.text).toBe('$325M');
    expect(tight?.title).toBeNull();
    expectNoOverlaps(narrow);
  });

  it('puts each event in exactly one lane when grouping by kind', () => {
    const events = syntheticEvents(500, 12, 3);
    const index = indexOf(events, 'kind');
    expect(index.laneMembers.reduce((sum, m) => sum + m.length, 0)).toBe(500);
    const layout = layoutTimeline(index, size, eventsTimeDomain(index.events));
    expectEveryEventAccountedFor(index, layout);
  });

  it('accounts for every event exactly once at any zoom and pan, without overlaps', () => {
    const index = indexOf(syntheticEvents(5000, 12, 7));
    const domain = eventsTimeDomain(index.events);
    const spans = [domain[1] - domain[0], 365 * DAY_MS, 60 * DAY_MS, 7 * DAY_MS, DAY_MS];
    for (const span of spans) {
      for (const offset of [0, 0.13, 0.5, 0.77]) {
        const start = domain[0] + (domain[1] - domain[0] - span) * offset;
        const layout = layoutTimeline(index, size, [start, start + span]);
        expectEveryEventAccountedFor(index, layout);
        expectNoOverlaps(layout);
      }
    }
  });

  it('bounds the number of marks whatever the number of events (level of detail)', () => {
    const index = indexOf(syntheticEvents(100_000, 60, 11));
    const domain = eventsTimeDomain(index.events);
    const wide: TimelineSize = { width: 1100, laneHeight: 40, laneLabelBand: 0 };
    for (const span of [domain[1] - domain[0], 90 * DAY_MS, 5 * DAY_MS, DAY_MS]) {
      const start = domain[0] + (domain[1] - domain[0] - span) / 2;
      const layout = layoutTimeline(index, wide, [start, start + span]);
      expect(layout.glyphs.length).toBeLessThanOrEqual(360);
      const marks =
        layout.glyphs.length +
        layout.clusters.length * 2 +
        layout.labels.length * 2 +
        layout.connectors.length;
      expect(marks).toBeLessThan(1000);
      expectEveryEventAccountedFor(index, layout);
    }
  });

  it('keeps clusters where they are when the view pans', () => {
    const index = indexOf(syntheticEvents(20_000, 12, 5));
    const span = 200 * DAY_MS;
    const start = day('2023-01-01');
    const a = layoutTimeline(index, size, [start, start + span]);
    const shift = (span / size.width) * 37;
    const b = layoutTimeline(index, size, [start + shift, start + span + shift]);
    const inside = (c: { x0: number; x1: number }) => c.x0 > 60 && c.x1 < size.width - 100;
    const key = (c: TimelineLayout['clusters'][number]) => `${c.lane}:${c.first}:${c.last}:${c.count}`;
    const before = new Set(a.clusters.filter(inside).map(key));
    const after = b.clusters.filter((c) => c.x0 > 60 - 37 && c.x1 < size.width - 100 - 37).map(key);
    expect(after.length).toBeGreaterThan(0);
    for (const k of after) expect(before.has(k)).toBe(true);
  });
});
