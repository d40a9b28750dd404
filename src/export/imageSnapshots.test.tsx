// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema';
import { emptyFilters } from '../state/filtersSlice';
import { defaultPublishSettings, IMAGE_WIDTHS, PUBLISH_TARGETS } from '../state/publishSettings';
import { defaultView } from '../state/viewSlice';
import { fixtureDataset } from '../test/exportDataset';
import { makeAmount, makeEvent } from '../test/syntheticEvents';
import { IMAGE_THEMES } from './palette';
import { renderImage } from './renderImage';

/** The export fixture with a part under its whole, an approximate figure, a flag and a week-dated event. */
const dataset: Dataset = {
  ...fixtureDataset,
  events: [
    ...fixtureDataset.events,
    makeEvent({
      id: 'ev-week',
      date: '2023-09-18',
      datePrecision: 'week',
      kind: 'meeting',
      title: 'Ramstein group meets',
      actors: ['united-states'],
      citations: [{ source: 'src-a', quote: 'q', start: 0, end: 1 }],
    }),
  ],
  amounts: [
    ...fixtureDataset.amounts,
    makeAmount({
      id: 'fig-part',
      eventId: 'ev-contract',
      date: '2024-01',
      label: 'NATO firm orders',
      value: 1_000_000_000,
      usd: 1_000_000_000,
      donor: 'nato',
      kind: 'contract',
      stage: 'ordered',
      partOf: 'fig-contracts',
      bound: 'approximate',
      citations: [{ source: 'src-b', quote: 'q', start: 0, end: 1 }],
    }),
  ],
  flags: [{ id: 'flag-1', severity: 'warning', message: 'The rate is not stated.', refs: ['fig-contracts'] }],
};

const shown = { events: dataset.events, amounts: dataset.amounts };

/** The file with its embedded font shortened and coordinates rounded to 0.1 px, so a snapshot reads as a diff. */
function normalized(svg: string): string {
  return svg
    .replace(/url\(data:font\/woff2;base64,[^)]+\)/g, 'url(data:font/woff2;base64,…)')
    .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<');
}

describe('exported images', () => {
  for (const target of PUBLISH_TARGETS) {
    for (const theme of IMAGE_THEMES) {
      for (const width of IMAGE_WIDTHS) {
        it(`draw the ${target} at ${width} px in the ${theme} theme`, async () => {
          const view = {
            ...defaultView,
            figuresView: target === 'figures-time' ? ('time' as const) : ('bars' as const),
          };
          const image = renderImage(
            { target, dataset, shown, filters: emptyFilters, view },
            { ...defaultPublishSettings, width, theme },
          );
          expect(image.width).toBe(width);
          await expect(normalized(image.svg)).toMatchFileSnapshot(
            `__snapshots__/${target}-${width}-${theme}.svg`,
          );
        });
      }
    }
  }
});
