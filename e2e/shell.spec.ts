import type { Page } from '@playwright/test';
import { axeViolations, expect, test, useTheme, waitForApp } from './fixtures';

/** The dataset the app ships with, in both its files: the columns file it loads first, and dataset.json. */
const BOTH_FILES = /\/data\/dataset(\.columns)?\.json$/;

/** A site that ships dataset.json alone, as before the columns file: the app loads dataset.json. */
const withoutColumnsFile = (page: Page) =>
  page.route('**/data/dataset.columns.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));

test.describe('app shell', () => {
  test('loads with no console errors, failed or foreign requests, or CSP violations', async ({
    page,
    problems,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Aidline' })).toBeVisible();
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /default-src 'self'/,
    );
    await page.waitForLoadState('networkidle');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  test('validates the dataset in a worker, within the CSP', async ({ page, problems }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('./');
    await waitForApp(page);
    // The shipped dataset is drawn first and validated in the worker once the page is idle.
    await expect.poll(() => workers.length).toBe(1);
    expect(workers[0]).toMatch(/datasetWorker/);
    expect(problems.cspViolations).toEqual([]);
  });

  test('the CSP blocks inline script', async ({ page, problems }) => {
    await page.goto('./');
    await waitForApp(page);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
  });

  test('shows the HTTP status when the dataset is missing, and retry recovers', async ({ page }) => {
    await page.route(BOTH_FILES, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be loaded');
    await expect(alert).toContainText('HTTP 404');
    await page.unroute(BOTH_FILES);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForApp(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('shows the parser message when the dataset is not JSON', async ({ page }) => {
    await withoutColumnsFile(page);
    await page.route('**/data/dataset.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1,' }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('is not valid JSON');
  });

  test('lists the JSON paths of validation errors', async ({ page }) => {
    await withoutColumnsFile(page);
    await page.route('**/data/dataset.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ schemaVersion: 1 }),
      }),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('does not match the dataset schema');
    await expect(alert.locator('code').first()).toBeVisible();
  });

  test('with no theme chosen, the page follows the system when it changes', async ({ page }) => {
    await useTheme(page, 'light');
    await page.goto('./');
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('the theme toggle switches and persists', async ({ page }) => {
    await useTheme(page, 'light');
    await page.goto('./');
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto('./');
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('has no horizontal scroll at 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('./');
    await waitForApp(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
