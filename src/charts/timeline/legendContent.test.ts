import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LeanEvent } from '../../data/leanDataset';
import { EVENT_KINDS } from '../../data/vocabulary';
import { eventsArb } from '../../test/timelineArbitraries';
import { readableEvents, subsetReadable } from './readable/readableEvents';
import { datasetIndex } from '../../state/datasetIndex';
import { bundled } from '../../test/bundledDataset';
import { legendContent } from './useLegendContent';

/** The key's content read straight from the events shown. */
function fromEvents(events: readonly LeanEvent[]) {
  const present = new Set(events.map((e) => e.kind));
  return {
    kinds: EVENT_KINDS.filter((k) => present.has(k)),
    drafts: events.some((e) => e.draft === true),
    inferred: events.some((e) => e.dateBasis === 'inferred'),
    ranges: events.some((e) => e.datePrecision !== 'day'),
  };
}

describe('legendContent', () => {
  it('lists what the events shown are drawn with, from the dataset index', () => {
    fc.assert(
      fc.property(eventsArb(50), fc.integer({ min: 0, max: 2 ** 31 }), (base, seed) => {
        const events = base.map((e, i) => ({
          ...e,
          draft: (seed >> (i % 29)) % 7 === 0 ? true : undefined,
          dateBasis: (seed >> (i % 23)) % 5 === 0 ? ('inferred' as const) : ('stated' as const),
        }));
        const keep = Uint8Array.from(events, (_, i) => (seed >> (i % 31)) & 1);
        const shown = subsetReadable(readableEvents(events), keep);
        const index = datasetIndex({ ...bundled, events, amounts: [], flags: [] });
        expect(legendContent(shown, index)).toEqual(fromEvents(shown.events));
      }),
    );
  });
});
