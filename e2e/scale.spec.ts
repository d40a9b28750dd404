import { generateDataset } from '../scripts/bench/generate';
import { expect, test, waitForApp } from './fixtures';

const EVENTS = 10_000;
/** A count as the summary line writes it: "10,000". */
const grouped = (n: number) => n.toLocaleString('en-US');
const ZOOM_STEPS = 10;
/**
 * The timeline's SVG holds a few hundred elements whatever the number of events: the layout draws only
 * the titles and clusters that fit the plot (about 230 elements at the whole span of this dataset at
 * 1440 px). Drawing one element per event would be 10,000 here.
 */
const MAX_ELEMENTS = 500;
const dataset = generateDataset({ events: EVENTS, seed: 1 });
const body = JSON.stringify(dataset);

test.describe('with 10,000 generated events', () => {
  // Loading, validating and indexing 10k events takes seconds on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ page }) => {
    await page.route('**/bench-data/10k.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('./?dataset=bench-data/10k.json');
    await waitForApp(page, 60_000);
  });

  test('loads every event without errors and keeps the timeline to a few hundred elements at every zoom', async ({
    page,
    problems,
  }) => {
    await expect(page.getByTestId('filter-summary')).toContainText(
      `${grouped(EVENTS)} of ${grouped(EVENTS)} events`,
    );
    const timeline = page.locator('svg[data-export="timeline"]');
    await expect(timeline).toBeVisible();
    // Level of detail: dense stretches are drawn as counted clusters, never one node per event, so the
    // element count stays in the hundreds from the whole span down to the deepest zoom.
    await page.emulateMedia({ reducedMotion: 'reduce' }); // each zoom step lands at once
    const shown = page.locator('.tl-window-text');
    const whole = await shown.textContent();
    const drawn = timeline.locator('.tl-mark, .tl-cluster');
    const counts = [await timeline.locator('*').count()];
    const items = [await drawn.count()];
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let step = 0; step < ZOOM_STEPS && (await zoomIn.getAttribute('aria-disabled')) !== 'true'; step++) {
      await zoomIn.click();
      counts.push(await timeline.locator('*').count());
      items.push(await drawn.count());
    }
    await expect(shown).not.toHaveText(whole ?? '');
    expect(counts.length, 'zoom steps taken').toBeGreaterThan(3);
    // Every step into the middle of the span still draws events (about nine a day here), never a blank plot.
    expect(Math.min(...items), `events or clusters at each step: ${items.join(', ')}`).toBeGreaterThan(0);
    expect(Math.max(...counts), `elements at each step: ${counts.join(', ')}`).toBeLessThan(MAX_ELEMENTS);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  test('the keyboard moves through the events in time order, a cluster at a time, and opens one', async ({
    page,
  }) => {
    const timeline = page.getByRole('application', {
      name: new RegExp(`^Timeline, ${grouped(EVENTS)} events`),
    });
    await timeline.focus();
    const announcement = page.locator('.tl-chart [aria-live="polite"]');
    await page.keyboard.press('Home');
    await expect(announcement).toContainText(`Event 1 of ${EVENTS}.`);
    // At the whole span the first event is drawn with others; the right arrow steps over them as one.
    const spokenFirst = (await announcement.textContent()) ?? '';
    const more = Number(/Drawn with (\d+) more/.exec(spokenFirst)?.[1]);
    expect(more, `a cluster in "${spokenFirst}"`).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await expect(announcement).toContainText(`Event ${more + 2} of ${EVENTS}.`);
    await page.keyboard.press('End');
    await expect(announcement).toContainText(`Event ${EVENTS} of ${EVENTS}.`);
    // Enter on a cluster lists its events; the first takes the focus and Enter opens it.
    await page.keyboard.press('Enter');
    const list = page
      .getByRole('dialog')
      .filter({ has: page.getByRole('button', { name: 'Close the list' }) });
    await expect(list).toBeVisible();
    const first = page.locator(':focus');
    const title = ((await first.textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(page.locator('.workspace-details')).toContainText(title.slice(0, 30));
  });

  test('a kind filter narrows the summary and the timeline to the events of that kind', async ({ page }) => {
    const contracts = dataset.events.filter((e) => e.kind === 'contract').length;
    expect(contracts).toBeGreaterThan(0);
    expect(contracts).toBeLessThan(EVENTS);
    await page.getByRole('checkbox', { name: /^Contract,/ }).check();
    await expect(page.getByTestId('filter-summary')).toContainText(
      `${grouped(contracts)} of ${grouped(EVENTS)} events`,
    );
    await expect(page.getByRole('application', { name: /^Timeline, / })).toHaveAccessibleName(
      new RegExp(`^Timeline, ${contracts} events`),
    );
  });

  test('the table view shows one page of rows at a time, not 10,000', async ({ page }) => {
    await page
      .getByRole('group', { name: 'Show the timeline as' })
      .getByRole('button', { name: 'Table' })
      .click();
    const panel = page.locator('section.timeline-panel');
    const rows = panel.locator('table tbody tr');
    await expect(rows.first()).toBeVisible();
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(200);
    const status = panel.getByText(/^Page \d+ of \d+$/);
    await expect(status).toHaveText(/^Page 1 of \d+$/);
    const pages = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    expect(pages * shown).toBeGreaterThanOrEqual(EVENTS);
    const firstRow = await rows.first().textContent();
    await panel.getByRole('button', { name: 'Next' }).click();
    await expect(status).toHaveText(/^Page 2 of \d+$/);
    await expect(rows.first()).not.toHaveText(firstRow ?? '');
    expect(await rows.count()).toBe(shown);
    // Counts past a thousand are grouped, as everywhere on the page.
    await expect(panel.locator('caption')).toContainText(
      `${grouped(EVENTS)} events in time order, rows ${grouped(shown + 1)}–${grouped(2 * shown)}`,
    );
  });
});
