import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../state/filtersSlice';
import { bundled } from '../test/bundledDataset';
import { fixtureDataset } from '../test/exportDataset';
import { defined } from '../test/defined';
import {
  appendix,
  defaultDescription,
  defaultHeadline,
  drawnPeriod,
  imageFileName,
  sourceLine,
} from './imageText';

const sources = fixtureDataset.sources;

describe('sourceLine', () => {
  it('names the outlets, counts the articles and ends with Aidline', () => {
    expect(sourceLine(sources, () => true)).toBe('Sources: DOD News, Reuters · 3 articles · Aidline');
  });

  it('names fewer outlets until it fits, and never an id', () => {
    const four = [
      ...sources,
      { ...defined(sources[0], 'a source'), id: 'src-d', outlet: 'Agence France-Presse, CNN' },
    ];
    expect(sourceLine(four, () => true)).toBe(
      'Sources: DOD News, Reuters, Agence France-Presse, CNN · 4 articles · Aidline',
    );
    const line = sourceLine(four, (text) => text.length <= 60);
    expect(line).toBe('Sources: DOD News, Reuters and 2 more · 4 articles · Aidline');
    for (const s of sources) expect(line).not.toContain(s.id);
  });
});

describe('imageFileName', () => {
  const drawn = { events: fixtureDataset.events.slice(0, 1), amounts: fixtureDataset.amounts };
  const period = { from: '2023-09-25', to: '2023-09-30', words: '25–30 Sep 2023' };
  const light = { width: 600, theme: 'light', scale: 2 } as const;

  it('says the dates, whether filtered, and what is drawn; never "all"', () => {
    expect(imageFileName('figures-time', period, false, drawn, 'png', light)).toBe(
      'aidline-figures-time-2023-09-25_2023-09-30-2-figures-light-600px@2x.png',
    );
    expect(imageFileName('dashboard', period, true, drawn, 'svg', light)).toBe(
      'aidline-dashboard-2023-09-25_2023-09-30-filtered-1-events-2-figures-light-600px.svg',
    );
    expect(imageFileName('timeline', null, false, { events: [], amounts: [] }, 'png', light)).toBe(
      'aidline-timeline-empty-0-events-light-600px@2x.png',
    );
  });

  it('tells apart the files one view gives at each width, in each colour scheme and pixel density', () => {
    const names = new Set<string>();
    for (const width of [600, 800, 1200])
      for (const theme of ['light', 'dark'] as const)
        for (const scale of [1, 2, 3])
          for (const format of ['png', 'svg'] as const)
            names.add(imageFileName('figures', period, false, drawn, format, { width, theme, scale }));
    // An SVG has no pixel density: one file per width and colours.
    expect(names.size).toBe(3 * 2 * 3 + 3 * 2);
    expect(
      imageFileName('figures', period, false, drawn, 'png', { width: 1200, theme: 'dark', scale: 1 }),
    ).toBe('aidline-figures-2023-09-25_2023-09-30-2-figures-dark-1200px.png');
  });
});

describe('defaultHeadline', () => {
  const usOnly = { events: [], amounts: bundled.amounts.filter((a) => a.donor === 'united-states') };
  const aidOnly = bundled.amounts.filter((a) => a.kind !== 'budget' && a.stage !== 'budgeted');
  const period = { from: '2023-04-01', to: '2023-09-30', words: 'Apr – Sep 2023' };

  it('names the sole donor with its capital letter, at the start or mid-sentence', () => {
    expect(usOnly.amounts.length).toBeGreaterThan(0);
    expect(defaultHeadline('figures', bundled, usOnly, period)).toBe(
      'United States military aid figures, Apr – Sep 2023',
    );
    expect(defaultHeadline('dashboard', bundled, usOnly, period)).toBe(
      'Events and United States military aid figures, Apr – Sep 2023',
    );
    expect(defaultHeadline('dashboard', bundled, { events: [], amounts: aidOnly }, null)).toBe(
      'Events and military aid figures',
    );
  });

  it('does not call a state budget military aid', () => {
    const budgets = bundled.amounts.filter((a) => a.kind === 'budget');
    const aid = bundled.amounts.filter((a) => a.kind !== 'budget' && a.stage !== 'budgeted');
    expect(budgets.length).toBeGreaterThan(0);
    expect(defaultHeadline('figures', bundled, { events: [], amounts: budgets }, period)).toBe(
      'State budget figures, Apr – Sep 2023',
    );
    expect(
      defaultHeadline('figures-time', bundled, { events: [], amounts: [...aid, ...budgets] }, period),
    ).toBe('Military aid and state budget figures over time, Apr – Sep 2023');
    expect(defaultHeadline('dashboard', bundled, { events: [], amounts: bundled.amounts }, null)).toBe(
      'Events, military aid and state budget figures',
    );
  });

  it('dates the events and the figures of a dashboard apart when only the timeline is windowed', () => {
    const window: [number, number] = [Date.UTC(2023, 8, 1), Date.UTC(2023, 9, 1)];
    const drawn = { events: [], amounts: usOnly.amounts };
    const figures = defined(drawnPeriod(drawn, null), 'the figures’ dates').words;
    expect(defaultHeadline('dashboard', bundled, drawn, period, window)).toBe(
      `Events, 1–30 Sep 2023, and United States military aid figures, ${figures}`,
    );
  });
});

describe('defaultDescription', () => {
  const window: [number, number] = [Date.UTC(2023, 8, 25), Date.UTC(2023, 9, 1)];
  const drawn = { events: bundled.events.slice(0, 12), amounts: bundled.amounts };

  it('says the window of a dashboard only of the charts that follow it', () => {
    expect(defaultDescription('dashboard', bundled, emptyFilters, drawn, window, 'bars')).toBe(
      `12 events dated 25–30 Sep 2023, and ${drawn.amounts.length} figures in US dollars, of all dates.`,
    );
    expect(defaultDescription('dashboard', bundled, emptyFilters, drawn, window, 'time')).toBe(
      `12 events and ${drawn.amounts.length} figures in US dollars, dated 25–30 Sep 2023.`,
    );
    expect(defaultDescription('figures', bundled, emptyFilters, drawn, window, 'bars')).toBe(
      `${drawn.amounts.length} figures in US dollars.`,
    );
  });
});

describe('appendix', () => {
  const parts = appendix(bundled, { events: bundled.events, amounts: bundled.amounts });
  const lines = parts.flatMap((p) => p.lines);

  it('punctuates as print does: no doubled stops, curly quotes, single quotes inside double', () => {
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toMatch(/\.[;.,]|[;,]\./);
      expect(line).not.toContain('"');
      expect(line).not.toMatch(/“[^”]*“/);
    }
    expect(lines).toContain(
      '“Stoltenberg in Kyiv: Russian aggression ‘must be stopped’” (DOD News, 2023-04-20)',
    );
  });
});
