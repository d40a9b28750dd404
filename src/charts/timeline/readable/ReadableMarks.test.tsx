// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/syntheticEvents';
import { itemAt } from './itemAt';
import { assignLanes } from './laneAssignment';
import { layoutReadable } from './layoutReadable';
import { LaneBands, markKey, ReadableMarks, type Shift } from './ReadableMarks';
import { readableEvents } from './readableEvents';
import { ACTORS, baseScale, measure12 } from '../../../test/timelineArbitraries';

afterEach(cleanup);

const list = [
  makeEvent({ id: 'a', date: '2022-06-01', actors: ['actor-2', 'actor-1'], title: 'Alpha event title' }),
  makeEvent({ id: 'm', date: '2023-03', datePrecision: 'month', actors: ['actor-1'], title: 'A month' }),
  ...Array.from({ length: 9 }, (_, i) =>
    makeEvent({ id: `b${i}`, date: '2024-01-10', actors: ['actor-1'], title: `Busy day event ${i}` }),
  ),
];

/** Events in lanes and their layout on a 900 px plot. */
function laidOut(source: typeof list, height: number, grouping: 'none' | 'actor' = 'none') {
  const events = assignLanes(readableEvents(source), grouping, ACTORS, { maxActorLanes: 8 });
  const layout = layoutReadable(events, baseScale(900), { width: 900, height }, measure12);
  return { events, layout };
}

function draw(height: number, grouping: 'none' | 'actor' = 'none', shift?: Shift) {
  const { events, layout } = laidOut(list, height, grouping);
  const { container } = render(
    <svg>
      <ReadableMarks
        layout={layout}
        events={events}
        selectedId="a"
        focusedKey={markKey(events, layout.marks[0] ?? itemAt(layout.clusters, 0))}
        shift={shift}
      />
    </svg>,
  );
  return { container, layout, events };
}

/** Every element's attributes inside a mark, but the mark's own transform and a span's width. */
function bodies(root: Element): string[] {
  return [...root.querySelectorAll('.tl-mark, .tl-cluster')].flatMap((mark) =>
    [...mark.querySelectorAll('*')]
      .filter((n) => !n.classList.contains('tl-range') && !n.classList.contains('tl-cluster-span'))
      .map((n) => `${n.tagName} ${[...n.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}`),
  );
}

const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((n) => n.textContent);

describe('ReadableMarks', () => {
  it('draws each event once, with its whole title on at most two lines', () => {
    const { container } = draw(600);
    const marks = container.querySelectorAll('.tl-mark');
    expect(marks).toHaveLength(list.length);
    for (const mark of marks) {
      const event = list.find((e) => e.id === mark.getAttribute('data-event-id'));
      const lines = texts(mark, '.tl-title');
      expect(lines.length).toBeLessThanOrEqual(2);
      expect(lines.join(' ')).toBe(event?.title);
    }
    // The month is drawn with its span; the selected and the focused events are ringed.
    expect(container.querySelectorAll('.tl-range')).toHaveLength(1);
    expect(container.querySelectorAll('.tl-selected-ring')).toHaveLength(1);
    expect(container.querySelectorAll('.tl-focus-ring')).toHaveLength(1);
  });

  it('draws a cluster as its first title and how many more', () => {
    const { container } = draw(70);
    const cluster = container.querySelector('.tl-cluster');
    if (cluster === null) throw new Error('No cluster drawn');
    expect(cluster.getAttribute('data-count')).toBe('9');
    expect(texts(cluster, '.tl-cluster-label').join(' ')).toBe('Busy day event 0 + 8 more');
  });

  it('shades every other named lane apart from the marks, to be drawn under the axis, and nothing without lanes', () => {
    const { container, layout } = draw(600, 'actor');
    expect(container.querySelectorAll('.tl-lane-band')).toHaveLength(0);
    const bands = render(
      <svg>
        <LaneBands layout={layout} transform="translate(8,24)" />
      </svg>,
    ).container;
    const second = layout.lanes.find((band) => band.index === 1);
    const rects = [...bands.querySelectorAll('.tl-lane-band')];
    expect(rects.map((r) => Number(r.getAttribute('y')))).toEqual([second?.y0]);
    cleanup();
    const none = draw(600, 'none');
    const empty = render(
      <svg>
        <LaneBands layout={none.layout} transform="translate(8,24)" />
      </svg>,
    ).container;
    expect(empty.querySelector('g')).toBeNull();
  });

  it('names lanes and shows an event’s other actors as chips', () => {
    const { container } = draw(600, 'actor');
    expect(texts(container, '.tl-lane-name')).toEqual(['A1', 'A2']);
    expect(texts(container, '.tl-chip text')).toEqual(['A1']);
  });

  it('moves each mark to where its anchor falls under a shift, spans stretched, glyphs and titles as they were', () => {
    const still = draw(600);
    const stillMarks = [...still.container.querySelectorAll('.tl-mark')];
    const stillBodies = bodies(still.container);
    const stillSpan = Number(still.container.querySelector('.tl-range')?.getAttribute('width'));
    cleanup();
    const { container, layout, events } = draw(600, 'none', { scale: 2, offset: -300 });
    const marks = [...container.querySelectorAll('.tl-mark')];
    expect(marks).toHaveLength(stillMarks.length);
    for (const mark of marks) {
      const drawn = layout.marks.find(
        (m) => events.events[m.event]?.id === mark.getAttribute('data-event-id'),
      );
      expect(mark.getAttribute('transform')).toBe(`translate(${2 * (drawn?.x ?? NaN) - 300},${drawn?.y})`);
    }
    expect(Number(container.querySelector('.tl-range')?.getAttribute('width'))).toBeCloseTo(2 * stillSpan);
    expect(bodies(container)).toEqual(stillBodies);
  });

  it('draws a new layout in the elements the last one drew, each showing what the new one holds', () => {
    const drawnFor = (source: typeof list) => {
      const { events, layout } = laidOut(source, 600);
      return (
        <svg>
          <ReadableMarks layout={layout} events={events} />
        </svg>
      );
    };
    const { container, rerender } = render(drawnFor(list.slice(0, 2)));
    const before = [...container.querySelectorAll('.tl-mark')];
    const later = [
      makeEvent({ id: 'c', date: '2022-08-01', actors: ['actor-1'], title: 'Another event' }),
      makeEvent({ id: 'd', date: '2023-05-01', actors: ['actor-1'], title: 'And one more' }),
    ];
    rerender(drawnFor(later));
    const after = [...container.querySelectorAll('.tl-mark')];
    expect(after).toHaveLength(2);
    after.forEach((mark, i) => {
      expect(mark).toBe(before[i]);
    });
    expect(after.map((m) => m.getAttribute('data-event-id'))).toEqual(['c', 'd']);
    expect(texts(container, '.tl-title')).toEqual(['Another event', 'And one more']);
  });
});
