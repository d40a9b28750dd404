// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { AMOUNT_STAGES } from '../data/vocabulary';
import type { Dataset } from '../data/schema';
import { emptyFilters } from '../state/filtersSlice';
import { defaultPublishSettings, IMAGE_SCALES, PUBLISH_TARGETS } from '../state/publishSettings';
import { defaultView } from '../state/viewSlice';
import { makeActors, makeAmount, syntheticEvents } from '../test/syntheticEvents';
import { renderImage } from './renderImage';
import { pngFits, pngSize } from './renderPng';

const EVENTS = 100_000;
const SOURCES = 3_000;

/** 100,000 events citing 3,000 articles of 150 outlets, with 5,000 figures of which 500 are flagged. */
function largeDataset(): Dataset {
  const events = syntheticEvents(EVENTS, 300).map((e, i) => ({
    ...e,
    citations: [{ source: `s-${i % SOURCES}`, quote: 'q', start: 0, end: 1 }],
  }));
  const amounts = events
    .filter((_, i) => i % 20 === 0)
    .map((e, i) =>
      makeAmount({
        id: `a-${i}`,
        eventId: e.id,
        date: e.date,
        label: `Package number ${i}`,
        value: 1_000_000 * (1 + (i % 97)),
        usd: 1_000_000 * (1 + (i % 97)),
        stage: AMOUNT_STAGES[i % AMOUNT_STAGES.length] ?? 'announced',
        citations: [{ source: `s-${(i * 7) % SOURCES}`, quote: 'q', start: 0, end: 1 }],
      }),
    );
  return {
    schemaVersion: 1,
    title: 'Large dataset',
    sources: Array.from({ length: SOURCES }, (_, i) => ({
      id: `s-${i}`,
      file: `data/sources/${i}.txt`,
      title: `Article ${i}`,
      published: '2023-01-01',
      outlet: `Outlet number ${i % 150}`,
    })),
    actors: makeActors(300),
    events,
    amounts,
    flags: amounts
      .filter((_, i) => i % 10 === 0)
      .map((a, i) => ({
        id: `f-${i}`,
        severity: 'warning' as const,
        message: `Check ${a.label}.`,
        refs: [a.id],
      })),
  };
}

/** The lines of each text role in an SVG file. */
function linesByRole(svg: string): Map<string, string[]> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const lines = new Map<string, string[]>();
  for (const text of doc.querySelectorAll('text[data-role]')) {
    const role = text.getAttribute('data-role') ?? '';
    lines.set(role, [...(lines.get(role) ?? []), text.textContent]);
  }
  return lines;
}

describe('an image of 100,000 events', () => {
  const dataset = largeDataset();
  const shown = { events: dataset.events, amounts: dataset.amounts };

  for (const target of PUBLISH_TARGETS) {
    for (const width of [600, 1200] as const) {
      it(`is drawn for the ${target} at ${width} px with a bounded caption, notes and source line`, () => {
        const view = {
          ...defaultView,
          figuresView: target === 'figures-time' ? ('time' as const) : ('bars' as const),
        };
        const image = renderImage(
          { target, dataset, shown, filters: emptyFilters, view },
          { ...defaultPublishSettings, width, appendix: true },
        );
        const lines = linesByRole(image.svg);
        const source = lines.get('source') ?? [];
        expect(source.length).toBeGreaterThan(0);
        expect(source.length).toBeLessThanOrEqual(2);
        expect(source.join(' ')).toMatch(/ and \d+ more · [\d,]+ articles · Aidline$/);
        expect((lines.get('description') ?? []).length).toBeLessThanOrEqual(3);
        expect((lines.get('notes') ?? []).length).toBeLessThanOrEqual(10);
        expect((lines.get('appendix') ?? []).length).toBeLessThanOrEqual(2 * 41 * 3);
        expect(image.svg).not.toMatch(/s-\d+|a-\d+|e-\d+/);
        // Every density the dialog offers gives a PNG a browser can draw.
        for (const scale of IMAGE_SCALES)
          expect(pngFits(pngSize(image.width, image.height, scale))).toBe(true);
        expect(image.height).toBeLessThan(16_384 / 3);
      }, 60_000);
    }
  }
});
