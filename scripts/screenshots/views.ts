import type { Locator, Page } from '@playwright/test';
import type { Amount, AidEvent, Dataset } from '../../src/data/schema';

/** What one screenshot shows: the page at a URL, prepared, and the part of it to capture. */
export interface View {
  /** The file name's first part: `<name>-<width>-<theme>.png`. */
  name: string;
  /** The query string the app opens with (the whole view state lives in the URL). */
  query: string;
  /** A viewport height to use instead of the default, for a part taller than the screen. */
  height?: number;
  /** Clicks or key presses that bring the view about after the app has loaded. */
  prepare?: (page: Page, width: number) => Promise<void>;
  /** The part of the page to capture; the whole page (scrolled) when absent. */
  target?: (page: Page) => Locator;
}

function find<T>(items: readonly T[], test: (item: T) => boolean, what: string): T {
  const found = items.find(test);
  if (found === undefined) throw new Error(`public/data/dataset.json has no ${what}`);
  return found;
}

const timelinePanel = (page: Page) => page.locator('section.timeline-panel');
const figuresPanel = (page: Page) => page.locator('section.figures-panel');
// The panel itself, not the box that holds its place while its code loads.
const filtersPanel = (page: Page) => page.locator('section.filters-panel:not([aria-busy="true"])');
const detailsPanel = (page: Page) => page.locator('aside.details-panel');

/** Narrow layouts keep the filters behind a button. */
async function openFilters(page: Page, width: number): Promise<void> {
  if (width < 900) await page.getByRole('button', { name: /^Filters/ }).click();
}

/** Every view of the app worth looking at, found in the bundled dataset by what it holds. */
export function viewsOf(dataset: Dataset): View[] {
  const visit = find<AidEvent>(
    dataset.events,
    (e) => e.date === '2023-09-28' && e.kind === 'visit' && /Stoltenberg/i.test(e.title),
    '28 Sep 2023 visit by Stoltenberg',
  );
  const budget = find<Amount>(dataset.amounts, (a) => a.currency === 'RUB', 'figure in roubles');
  const pkg = find<Amount>(dataset.amounts, (a) => a.currency === 'USD' && a.value === 325e6, '$325M figure');
  const orders = find<Amount>(dataset.amounts, (a) => a.stage === 'ordered', 'figure at the ordered stage');
  const stoltenberg = find(dataset.actors, (a) => a.name === 'Jens Stoltenberg', 'actor Jens Stoltenberg');
  const selected = `?event=${visit.id}`;
  const compared = `?compare=${budget.id},${pkg.id}&amount=${orders.id}`;

  return [
    { name: 'app', query: '' },
    { name: 'app-selected', query: compared },
    { name: 'timeline', query: '', target: timelinePanel },
    { name: 'timeline-chart', query: '?timeline=chart', target: timelinePanel },
    // The chart named, since a phone opens the timeline as a list, which has no lanes and no zoom.
    { name: 'timeline-by-kind', query: '?lanes=kind&timeline=chart', target: timelinePanel },
    {
      name: 'timeline-zoomed',
      query: `${selected}&window=2023-08-15,2023-11-15&timeline=chart`,
      target: timelinePanel,
    },
    { name: 'timeline-table', query: '?timeline=table', target: timelinePanel },
    { name: 'event-details', query: selected, target: detailsPanel },
    {
      name: 'filters',
      query: `?actors=${stoltenberg.id}&from=2023-09-01&to=2023-09-30&q=kyiv`,
      // Tall enough for the whole filters column, which otherwise scrolls inside the viewport.
      height: 2600,
      prepare: openFilters,
      target: filtersPanel,
    },
    { name: 'filtered', query: `?actors=${stoltenberg.id}&from=2023-09-01&to=2023-09-30&q=kyiv` },
    { name: 'figures', query: compared, target: figuresPanel },
    { name: 'figure-details', query: compared, target: detailsPanel },
    { name: 'figures-log', query: '?scale=log', target: figuresPanel },
    { name: 'figures-by-donor', query: '?group=donor', target: figuresPanel },
    { name: 'figures-by-stage', query: '?group=stage', target: figuresPanel },
    { name: 'figures-over-time', query: '?figview=time', target: figuresPanel },
    { name: 'figures-over-time-log', query: '?figview=time&scale=log', target: figuresPanel },
    { name: 'figures-table', query: '?figures=table', target: figuresPanel },
    {
      name: 'export-menu',
      query: '',
      prepare: async (page) => {
        const button = page.getByRole('button', { name: 'Export figures chart', exact: true });
        await button.scrollIntoViewIfNeeded();
        await button.click();
        await page.getByRole('menu').waitFor();
      },
      target: figuresPanel,
    },
  ];
}
