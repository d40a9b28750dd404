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
    await waitForApp(page);
    await expect(page.locator('.filters-panel')).toBeVisible();
    await expect(draftsGroup(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/drafts=/);
  });

  test('marks drafts in the details and filters them, kept in the URL', async ({ page, problems }) => {
    // axe over the whole page on a shared 2-core machine.
    test.setTimeout(120_000);
    const url = await serveDrafts(page);
    await page.goto(`./?dataset=${url}&event=${draftEvent.id}`);
    await waitForApp(page);
    const details = page.locator(`[data-event-id="${draftEvent.id}"]`);
    await expect(details.locator('.draft-badge').first()).toHaveText(/^Draft/);

    const group = draftsGroup(page);
    await expect(group.getByRole('radio', { name: /^All, / })).toBeChecked();
    const only = group.getByRole('radio', { name: /^Only drafts, 2 events/ });
    await only.check();
    await expect(page).toHaveURL(/[?&]drafts=only/);
    await expect(summary(page)).toContainText(`2 of ${bundled.events.length} events, 1 of`);

    await page.reload();
    await waitForApp(page);
    await expect(draftsGroup(page).getByRole('radio', { name: /^Only drafts/ })).toBeChecked();

    await draftsGroup(page)
      .getByRole('radio', { name: /^Hide drafts/ })
      .check();
    await expect(page).toHaveURL(/[?&]drafts=hide/);
    await expect(summary(page)).toContainText(
      `${bundled.events.length - 1} of ${bundled.events.length} events`,
    );

    await page.goto(`./?dataset=${url}&amount=${draftFigure.id}`);
    await waitForApp(page);
    await expect(page.locator(`[data-amount-id="${draftFigure.id}"] .draft-badge`).first()).toHaveText(
      /^Draft/,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
