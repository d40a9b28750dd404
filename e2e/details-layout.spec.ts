import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { AidEvent, Dataset } from '../src/data/schema';
import { axeViolations, expect, test, useTheme, waitForApp } from './fixtures';

// Events and figures are picked from the dataset the app loads, so the tests hold as it is recompiled.
const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;

/** An event well down the timeline table, so that opening the details could move it if layout jumped. */
function laterEvent(): AidEvent {
  const sorted = [...dataset.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const event = sorted[Math.floor(sorted.length / 3)];
  if (event === undefined) throw new Error('The dataset has no events');
  return event;
}

function figure() {
  const amount = dataset.amounts.find((a) => a.currency === 'USD');
  if (amount === undefined) throw new Error('The dataset has no figure in US dollars');
  return amount;
}

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const sheet = (page: Page) => page.getByRole('dialog', { name: 'Details' });
const timelinePanel = (page: Page) => page.locator('section.timeline-panel');
/** The title button of an event in the timeline table (the chart is one tap away; its markup is not used). */
const tableTitle = (page: Page, event: AidEvent) =>
  timelinePanel(page).getByRole('table').getByRole('button', { name: event.title, exact: true });

async function open(page: Page, query: string, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await useTheme(page, 'light');
  await page.goto(`./${query}`);
  await waitForApp(page);
}

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('The element is not displayed');
  return box.y;
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const hasFocus = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

test.describe('details beside the views on a wide screen', () => {
  test('with nothing selected the timeline plot takes at least 65% of a 1440 px screen', async ({ page }) => {
    await open(page, '', { width: 1440, height: 900 });
    await expect(details(page)).toHaveCount(0);
    const plot = page.locator('svg[data-export="timeline"] .tl-plot').first();
    await expect(plot).toBeVisible();
    const box = await plot.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(0.65 * 1440);
  });

  test('selecting an event in the table shows its details beside the timeline, without moving the row', async ({
    page,
  }) => {
    await open(page, '?timeline=table', { width: 1440, height: 900 });
    const event = laterEvent();
    const title = tableTitle(page, event);
    await title.scrollIntoViewIfNeeded();
    const before = await top(title);
    await title.click();
    await expect(details(page).getByRole('heading', { level: 3, name: event.title })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
    const panel = await timelinePanel(page).boundingBox();
    const aside = await details(page).boundingBox();
    expect(aside?.x ?? 0).toBeGreaterThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0));
    await expect.poll(async () => Math.abs((await top(title)) - before)).toBeLessThanOrEqual(4);
    await expect(title).toBeInViewport();

    await details(page).getByRole('button', { name: 'Close details' }).click();
    await expect(details(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
    await expect(title).toBeFocused();
    await expect.poll(async () => Math.abs((await top(title)) - before)).toBeLessThanOrEqual(4);
  });

  test('selecting a figure in the figures table opens the same column', async ({ page }) => {
    await open(page, '?figures=table', { width: 1440, height: 900 });
    const amount = figure();
    const row = page.locator(`section.figures-panel tr[data-amount-id="${amount.id}"]`);
    await row.getByRole('button', { name: amount.label, exact: true }).click();
    await expect(details(page).locator(`[data-amount-id="${amount.id}"]`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details(page)).toHaveCount(0);
  });

  test('at 1280 px the filters column starts hidden and a button shows it', async ({ page }) => {
    await open(page, '', { width: 1280, height: 800 });
    const toggle = page.getByRole('button', { name: /^(Filters|Hide filters)/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  });
});

test.describe('details as a sheet on a phone', () => {
  const phone = { width: 375, height: 812 };

  for (const how of ['Escape', 'Close'] as const) {
    test(`a selection opens a modal sheet; ${how} gives back the focus and the scroll position`, async ({
      page,
    }) => {
      await open(page, '?timeline=table', phone);
      const event = laterEvent();
      const title = tableTitle(page, event);
      await title.scrollIntoViewIfNeeded();
      const scrolled = await scrollY(page);
      expect(scrolled).toBeGreaterThan(0);
      await title.click();
      await expect(sheet(page)).toBeVisible();
      await expect(sheet(page).getByRole('heading', { level: 3, name: event.title })).toBeVisible();
      await expect(sheet(page).getByRole('heading', { name: 'Details' })).toBeFocused();
      // Modal: the page behind is inert.
      expect(await hasFocus(title)).toBe(false);
      if (how === 'Escape') await page.keyboard.press('Escape');
      else await sheet(page).getByRole('button', { name: 'Close details' }).click();
      await expect(sheet(page)).toHaveCount(0);
      await expect(title).toBeFocused();
      await expect(page).not.toHaveURL(/event=/);
      expect(Math.abs((await scrollY(page)) - scrolled)).toBeLessThanOrEqual(3);
    });
  }

  test('a shared link to an event opens the sheet', async ({ page }) => {
    const event = laterEvent();
    await open(page, `?event=${event.id}`, phone);
    await expect(sheet(page)).toBeVisible();
    await expect(sheet(page).getByRole('heading', { level: 3, name: event.title })).toBeVisible();
    await sheet(page).getByRole('button', { name: 'Close details' }).click();
    await expect(sheet(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
    expect(await scrollY(page)).toBe(0);
  });

  test('a figure chosen in the figures table opens the sheet too', async ({ page }) => {
    await open(page, '?figures=table', phone);
    const amount = figure();
    const button = page
      .locator(`section.figures-panel tr[data-amount-id="${amount.id}"]`)
      .getByRole('button', { name: amount.label, exact: true });
    await button.scrollIntoViewIfNeeded();
    const scrolled = await scrollY(page);
    await button.click();
    await expect(sheet(page).locator(`[data-amount-id="${amount.id}"]`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet(page)).toHaveCount(0);
    await expect(button).toBeFocused();
    expect(Math.abs((await scrollY(page)) - scrolled)).toBeLessThanOrEqual(3);
  });

  test('going back in history closes the sheet', async ({ page }) => {
    await open(page, '?timeline=table', phone);
    const event = laterEvent();
    await tableTitle(page, event).click();
    await expect(sheet(page)).toBeVisible();
    await page.goBack();
    await expect(sheet(page)).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations with the sheet open in the ${theme} theme`, async ({ page }) => {
      await page.setViewportSize(phone);
      await useTheme(page, theme);
      await page.goto(`./?event=${laterEvent().id}`);
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(sheet(page).locator('.event-details')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
