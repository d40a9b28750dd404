// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../state/filtersSlice';
import { defaultPublishSettings } from '../state/publishSettings';
import { defaultView } from '../state/viewSlice';
import { fixtureDataset } from '../test/exportDataset';
import { composeImage } from './composeImage';
import { PALETTES } from './palette';
import { writeSvg } from './renderImage';

const request = {
  target: 'dashboard' as const,
  dataset: fixtureDataset,
  shown: { events: fixtureDataset.events, amounts: fixtureDataset.amounts },
  filters: emptyFilters,
  view: defaultView,
};

describe('writeSvg', () => {
  it('writes a file in which every colour is one of the theme palette', () => {
    const svg = writeSvg(composeImage(request, { ...defaultPublishSettings, theme: 'dark' }));
    const colours = new Set(svg.match(/(?:fill|stroke)="(#[0-9a-f]{6})"/g)?.map((m) => m.slice(-8, -1)));
    expect(colours.size).toBeGreaterThan(5);
    const palette = new Set(Object.values(PALETTES.dark));
    for (const colour of colours) expect(palette.has(colour), colour).toBe(true);
  });

  it('refuses an image with a colour left as a custom property', () => {
    const image = composeImage(request, defaultPublishSettings);
    const element = (
      <svg xmlns="http://www.w3.org/2000/svg">
        <rect fill="var(--ink)" />
      </svg>
    );
    expect(() => writeSvg({ ...image, element })).toThrow(/unpainted: var\(--ink\)/);
  });
});
