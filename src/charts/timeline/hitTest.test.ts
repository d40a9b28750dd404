import { describe, expect, it } from 'vitest';
import { hitTest } from './hitTest';
import { buildTimelineIndex } from './lanes';
import { layoutTimeline } from './layout';
import { estimateText } from './timelineText';
import { makeActors, makeEvent } from '../../test/syntheticEvents';
import { timeEvents } from './timeIndex';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('hitTest', () => {
  const events = [
    makeEvent({ id: 'lone', date: '2023-02-01', actors: ['actor-0'], title: 'A lone event' }),
    ...Array.from({ length: 20 }, (_, i) =>
      makeEvent({ id: `d${i}`, date: '2023-09-28', actors: ['actor-0'] }),
    ),
  ];
  const index = buildTimelineIndex(timeEvents(events), makeActors(1), 'actor', { maxActorLanes: 8 });
  const layout = layoutTimeline(index, { width: 600, laneHeight: 40, laneLabelBand: 0 }, [
    day('2023-01-01'),
    day('2024-01-01'),
  ]);
  const lone = layout.glyphs.find((g) => index.events[g.event]?.id === 'lone');

  it('finds the glyph under or near a point', () => {
    if (lone === undefined) throw new Error('the lone event has no glyph');
    expect(hitTest(layout, lone.x + 3, lone.y - 2, estimateText)).toEqual({
      type: 'event',
      event: lone.event,
      x: lone.x,
      y: lone.y,
    });
  });

  it('finds the event of a label', () => {
    const label = layout.labels.find((l) => l.event === lone?.event);
    if (label?.title == null) throw new Error('the lone event has no label');
    expect(hitTest(layout, label.title.x + 20, label.y, estimateText)).toMatchObject({
      type: 'event',
      event: lone?.event,
    });
  });

  it('finds a cluster, and nothing on empty ground', () => {
    const cluster = layout.clusters[0];
    if (cluster === undefined) throw new Error('the busy day is not clustered');
    expect(hitTest(layout, (cluster.x0 + cluster.x1) / 2, cluster.cy, estimateText)).toEqual({
      type: 'cluster',
      cluster: 0,
    });
    expect(hitTest(layout, 590, 2, estimateText)).toBeNull();
  });
});
