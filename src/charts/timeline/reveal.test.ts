import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../model/dates';
import { buildTimelineIndex } from './lanes';
import type { TimelineSize } from './layoutTypes';
import { isEventShown, windowToReveal } from './reveal';
import { makeActors, makeEvent } from '../../test/syntheticEvents';
import { eventsTimeDomain } from '../../model/timeDomain';
import { timeEvents } from './timeIndex';

const size: TimelineSize = { width: 600, laneHeight: 40, laneLabelBand: 0 };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('windowToReveal', () => {
  const events = [
    makeEvent({ id: 'early', date: '2022-03-01', actors: ['actor-0'] }),
    ...Array.from({ length: 30 }, (_, i) =>
      makeEvent({ id: `busy-${i}`, date: '2023-09-28', actors: ['actor-0'] }),
    ),
    makeEvent({ id: 'late', date: '2024-11-01', actors: ['actor-0'] }),
  ];
  const index = buildTimelineIndex(timeEvents(events), makeActors(2), 'actor', { maxActorLanes: 8 });
  const domain = eventsTimeDomain(index.events);
  const find = (id: string) => index.events.findIndex((e) => e.id === id);

  it('keeps the window when the event is already shown', () => {
    expect(windowToReveal(index, find('early'), size, domain, domain)).toEqual(domain);
  });

  it('pans to an event outside the window, keeping the zoom', () => {
    const window: [number, number] = [day('2022-02-01'), day('2022-05-01')];
    const revealed = windowToReveal(index, find('late'), size, window, domain);
    expect(revealed[1] - revealed[0]).toBe(window[1] - window[0]);
    expect(isEventShown(index, find('late'), size, revealed, {})).toBe(true);
  });

  it('zooms into a cluster until the event has its own glyph', () => {
    const target = find('busy-17');
    expect(isEventShown(index, target, size, domain, {})).toBe(false);
    const revealed = windowToReveal(index, target, size, domain, domain);
    expect(isEventShown(index, target, size, revealed, {})).toBe(true);
    expect(revealed[1] - revealed[0]).toBeGreaterThanOrEqual(DAY_MS);
  });
});
