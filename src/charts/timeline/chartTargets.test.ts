import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/syntheticEvents';
import { ACTORS, baseScale, measure12 } from '../../test/timelineArbitraries';
import { clusterSpanText, firstInView, openListOf, tooltipOf, tooltipTarget } from './chartTargets';
import { assignLanes } from './readable/laneAssignment';
import { layoutReadable } from './readable/layoutReadable';
import { readableEvents } from './readable/readableEvents';

// Forty events on one day and one a month later, on a plot too small to title them all.
const busyDay = Array.from({ length: 40 }, (_, i) =>
  makeEvent({ id: `e${String(i).padStart(2, '0')}`, date: '2023-09-28', title: `Busy day event ${i}` }),
);
const events = [...busyDay, makeEvent({ id: 'later', date: '2023-10-28', title: 'Later event' })];
const laned = assignLanes(readableEvents(events), 'none', ACTORS, { maxActorLanes: 5 });
const size = { width: 600, height: 240 };
const layout = layoutReadable(laned, baseScale(size.width), size, measure12);

describe('the chart targets of the timeline', () => {
  it('gathers the busy day in a cluster that names its count and its day', () => {
    const cluster = layout.clusters[0];
    expect(cluster).toBeDefined();
    if (cluster === undefined) return;
    expect(clusterSpanText(laned, cluster)).toBe(`${cluster.events.length} events, 28 Sep 2023`);
  });

  it('starts the keyboard at the earliest thing drawn', () => {
    const first = firstInView(layout, laned);
    expect(laned.events[first ?? -1]?.date).toBe('2023-09-28');
  });

  it('lists an opened cluster with its heading, anchor and span', () => {
    const cluster = layout.clusters[0];
    if (cluster === undefined) throw new Error('no cluster');
    const open = { first: laned.events[cluster.first]?.id ?? '', events: [...cluster.events] };
    const list = openListOf(layout, laned, open);
    expect(list.events).toHaveLength(cluster.events.length);
    expect(list.heading).toBe(clusterSpanText(laned, cluster));
    expect(list.box).toBe(layout.labelBoxes[cluster.box]);
    expect(list.span[0]).toBe(Date.UTC(2023, 8, 28));
    expect(list.span[1]).toBe(Date.UTC(2023, 8, 29));
  });

  it('shows the tooltip of the hovered item before the focused one', () => {
    const cluster = layout.clusters[0];
    const mark = layout.marks.find((m) => laned.events[m.event]?.id === 'later');
    if (cluster === undefined || mark === undefined) throw new Error('no cluster or mark');
    const focused = { type: 'cluster' as const, cluster };
    expect(tooltipTarget(layout, laned, null, focused)).toBe(cluster);
    expect(tooltipTarget(layout, laned, null, null)).toBeNull();
    const tip = tooltipOf(layout, laned, mark, true);
    expect(tip?.content).toEqual({ type: 'event', event: laned.events[mark.event] });
    const clusterTip = tooltipOf(layout, laned, cluster, false);
    expect(clusterTip?.content).toMatchObject({
      type: 'cluster',
      count: cluster.events.length,
      canZoom: false,
    });
  });
});
