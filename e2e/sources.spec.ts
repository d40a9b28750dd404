import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { axeViolations, expect, test, waitForApp } from './fixtures';

const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;

/**
 * The bundled dataset with its first event marked a draft and one figure of another event marked a
 * draft, served at `custom/drafts.json`, as `npm run add` leaves a dataset before review.
 */
const draftEvent = bundled.events[0];
const draftFigure = bundled.amounts.find((a) => a.eventId !== draftEvent?.id);
if (draftEvent === undefined || draftFigure === undefined) throw new Error('the bundled dataset is empty');
const withDrafts: Dataset = {
  ...bundled,
  events: bundled.events.map((e) => (e.id === draftEvent.id ? { ...e, draft: true } : e)),
  amounts: bundled.amounts.map((a) => (a.id === draftFigure.id ? { ...a, draft: true } : a)),
};

async function serveDrafts(page: Page): Promise<string> {
  const url = 'custom/drafts.json';
  await page.route(`**/${url}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(withDrafts) }),
  );
  return url;
}

const draftsGroup = (page: Page) => page.getByRole('radiogroup', { name: /^Drafts/ });
const summary = (page: Page) => page.getByTestId('filter-summary');

test.describe('drafts', () => {
  test('offers no draft filter for a dataset without drafts', async ({ page }) => {
    await page.goto('./?drafts=only');
    await waitForApp(page, 30_000);
    await expect(page.locator('.filters-panel')).toBeVisible();
    await expect(draftsGroup(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/drafts=/);
  });

  test('marks drafts in the details and filters them, kept in the URL', async ({ page, problems }) => {
    // axe over the whole page on a shared 2-core machine.
    test.setTimeout(120_000);
    const url = await serveDrafts(page);
    await page.goto(`./?dataset=${url}&event=${draftEvent.id}`);
    await waitForApp(page, 30_000);
    const details = page.locator(`article[data-event-id="${draftEvent.id}"]`);
    await expect(details.locator('.draft-badge').first()).toHaveText(/^Draft/);

    const group = draftsGroup(page);
    await expect(group.getByRole('radio', { name: /^All, / })).toBeChecked();
    const only = group.getByRole('radio', { name: /^Only drafts, 2 events/ });
    await only.check();
    await expect(page).toHaveURL(/[?&]drafts=only/);
    await expect(summary(page)).toContainText(`2 of ${bundled.events.length} events, 1 of`);

    await page.reload();
    await waitForApp(page, 30_000);
    await expect(draftsGroup(page).getByRole('radio', { name: /^Only drafts/ })).toBeChecked();

    await draftsGroup(page)
      .getByRole('radio', { name: /^Hide drafts/ })
      .check();
    await expect(page).toHaveURL(/[?&]drafts=hide/);
    await expect(summary(page)).toContainText(
      `${bundled.events.length - 1} of ${bundled.events.length} events`,
    );

    await page.goto(`./?dataset=${url}&amount=${draftFigure.id}`);
    await waitForApp(page, 30_000);
    await expect(page.locator(`section[data-amount-id="${draftFigure.id}"] .draft-badge`).first()).toHaveText(
      /^Draft/,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});

/** An event whose first quote shares its source with another event's quote elsewhere in the text. */
function eventWithNeighbour() {
  for (const event of bundled.events) {
    const citation = event.citations[0];
    if (citation === undefined) continue;
    const other = bundled.events.find(
      (e) =>
        e.id !== event.id &&
        e.citations.some(
          (c) => c.source === citation.source && (c.end <= citation.start || c.start >= citation.end),
        ),
    );
    if (other !== undefined) return { event, citation, other };
  }
  throw new Error('no two events cite different passages of one source');
}

test.describe('source reader', () => {
  test('opens from a citation with the quote highlighted, links passages, and returns the focus', async ({
    page,
    problems,
  }) => {
    test.setTimeout(120_000);
    const { event, citation, other } = eventWithNeighbour();
    const source = bundled.sources.find((s) => s.id === citation.source);
    await page.goto(`./?event=${event.id}`);
    await waitForApp(page, 30_000);
    const details = page.locator(`article[data-event-id="${event.id}"]`);
    const open = details.getByRole('button', { name: `Read in source: ${source?.title ?? ''}` }).first();
    await open.click();

    const dialog = page.getByRole('dialog', { name: source?.title ?? '' });
    await expect(dialog).toBeVisible();
    const quote = dialog.locator('mark.sr-focus').first();
    await expect(quote).toBeInViewport({ timeout: 20_000 });
    await expect(quote).toBeFocused();
    const marked = (await dialog.locator('mark.sr-focus').allTextContents()).join('');
    expect(marked.replace(/^Start of the quote: | \(end of the quote\)$/g, '')).toBe(citation.quote);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(open).toBeFocused();

    await open.click();
    await expect(dialog).toBeVisible();
    const link = dialog.getByRole('button', { name: `Show event: ${other.title}` }).first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator(`article[data-event-id="${other.id}"]`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${other.id}(&|$)`));
    await expect(page.locator('#details-title')).toBeFocused();
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  test('opens from a figure and marks drafted passages', async ({ page }) => {
    const url = await serveDrafts(page);
    await page.route('**/custom/sources/*.json', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: readFileSync(`public/data/sources/${name}`, 'utf8'),
      });
    });
    await page.goto(`./?dataset=${url}&amount=${draftFigure.id}`);
    await waitForApp(page, 30_000);
    await page
      .locator(`section[data-amount-id="${draftFigure.id}"]`)
      .getByRole('button', { name: /^Read in source/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    // The reader's code and the text load on demand: allow for a busy machine.
    await expect(dialog.locator('mark.sr-focus').first()).toBeInViewport({ timeout: 20_000 });
    await expect(dialog.locator('.sr-draft').first()).toBeVisible();
    await expect(dialog.locator('.sr-legend')).toContainText(/Cited by a draft: \d+ passages?/);
  });

  test('says so, and still shows the quote, when the text is missing', async ({ page }) => {
    const url = await serveDrafts(page);
    await page.goto(`./?dataset=${url}&event=${draftEvent.id}`);
    await waitForApp(page, 30_000);
    await page
      .locator(`article[data-event-id="${draftEvent.id}"]`)
      .getByRole('button', { name: /^Read in source/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('alert')).toContainText('could not be shown', { timeout: 20_000 });
    await expect(dialog.locator('mark')).toHaveText(draftEvent.citations[0]?.quote ?? '');
  });
});
