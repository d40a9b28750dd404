import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { eventsTimeDomain } from '../../../model/timeDomain';
import { bundled as dataset } from '../../../test/bundledDataset';
import { formatEventDate } from '../../../model/dates';
import { groupByDate } from './dateGroups';
import { assignLanes, type ReadableGrouping } from './laneAssignment';
import { layoutReadable } from './layoutReadable';
import { maxPlotHeight } from './plotHeight';
import { readableEvents } from './readableEvents';
import { summarizeTimeline } from './summarize';
import { measure12 } from '../../../test/timelineArbitraries';

/**
 * The plot's width in a 1440 px window, from the page's CSS: the workspace's side padding (2 x 24), the
 * filters column (272) and the gap after it (16), the card's border (2) and padding (2 x 16), and the
 * plot's margins for the glyphs at its edges (2 x 8). Nothing is selected, so there is no details column.
 */
const PLOT_WIDTH_1440 = 1440 - 2 * 24 - 272 - 16 - 2 - 2 * 16 - 2 * 8;

describe('the bundled dataset at 1440 x 900', () => {
  const events = readableEvents(dataset.events);
  const domain = eventsTimeDomain(dataset.events);
  const x = scaleUtc().domain(domain).range([0, PLOT_WIDTH_1440]);
  const size = { width: PLOT_WIDTH_1440, height: maxPlotHeight(900) };

  it('shows every event on its own, with its full title, and no cluster', () => {
    const layout = layoutReadable(
      assignLanes(events, 'none', dataset.actors, { maxActorLanes: 8 }),
      x,
      size,
      measure12,
    );
    expect(layout.fits).toBe(true);
    expect(layout.clusters).toEqual([]);
    expect(layout.marks).toHaveLength(dataset.events.length);
    const titles = layout.marks.map((m) => layout.labelBoxes[m.box]?.lines.map((l) => l.text).join(' '));
    expect(titles.sort()).toEqual(dataset.events.map((e) => e.title).sort());
  });

  for (const grouping of ['actor', 'kind'] as ReadableGrouping[]) {
    it(`draws each event once in lanes by ${grouping}`, () => {
      const laned = assignLanes(events, grouping, dataset.actors, { maxActorLanes: 8 });
      const layout = layoutReadable(laned, x, size, measure12);
      expect(layout.fits).toBe(true);
      const drawn = [...layout.marks.map((m) => m.event), ...layout.clusters.flatMap((c) => [...c.events])];
      expect(drawn.sort((a, b) => a - b)).toEqual(dataset.events.map((_, i) => i));
    });
  }

  it('is summed up in one sentence: how many, from when to when, and the busiest day', () => {
    const perDay = new Map<string, number>();
    for (const e of dataset.events)
      if (e.datePrecision === 'day') perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    const [busiest, most] = [...perDay].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
    const day = formatEventDate(busiest, 'day');
    const sentence = summarizeTimeline(groupByDate(events));
    expect(sentence).toMatch(new RegExp(`^${dataset.events.length} events from 24 Feb 2022 to Nov 2024; `));
    expect(sentence).toMatch(new RegExp(`; busiest day ${day} with ${most} events$`));
  });
});
