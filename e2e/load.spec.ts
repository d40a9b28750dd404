import { readFileSync } from 'node:fs';
import { shippedFilesText } from '../src/data/shippedFiles';
import type { Dataset } from '../src/data/schema';
import { expect, test, waitForApp } from './fixtures';

const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const COLUMNS = '**/data/dataset.columns.json';

/** The names of the dataset files the page fetched. */
const datasetFiles = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop() ?? '')
      .filter((name) => name.startsWith('dataset.')),
  );

test.describe('the file the app ships with', () => {
  test('is its columns file alone: dataset.json, the published file, is not fetched', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('aidline:dataset-settled', 'mark').length))
      .toBe(1);
    expect(await datasetFiles(page)).toEqual(['dataset.columns.json']);
    await expect(page.getByTestId('dataset-name')).toContainText(bundled.title);
  });

  test('falls back to dataset.json, with no error shown, when the columns file is missing', async ({
    page,
  }) => {
    await page.route(COLUMNS, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('./');
    await waitForApp(page);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('aidline:dataset-settled', 'mark').length))
      .toBe(1);
    expect(await datasetFiles(page)).toEqual(['dataset.columns.json', 'dataset.json']);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('dataset-name')).toContainText(bundled.title);
  });
});

test.describe('the shipped dataset, drawn before its validation ends', () => {
  test('fetches no worker before the timeline has its marks, then validates', async ({ page }) => {
    await page.addInitScript(() => {
      const watch = new MutationObserver(() => {
        if (document.querySelector('svg[data-export="timeline"] :is(.tl-glyph, .tl-cluster)') === null)
          return;
        watch.disconnect();
        (window as unknown as { marksAt: number }).marksAt = performance.now();
      });
      watch.observe(document, { childList: true, subtree: true });
    });
    await page.goto('./');
    await waitForApp(page);
    const started = (prefix: string) =>
      page.evaluate((name) => {
        const entry = performance
          .getEntriesByType('resource')
          .find((e) => (new URL(e.name).pathname.split('/').pop() ?? '').startsWith(name));
        return entry === undefined ? null : entry.startTime;
      }, prefix);
    // The worker that validates the file starts once the first view is drawn.
    await expect.poll(() => started('datasetWorker')).not.toBeNull();
    const marksAt = await page.evaluate(() => (window as unknown as { marksAt?: number }).marksAt ?? null);
    expect(marksAt).not.toBeNull();
    expect(await started('datasetWorker')).toBeGreaterThan(marksAt ?? 0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('marks the dataset checked, and the worker that checked it ends', async ({ page }) => {
    let closed = 0;
    page.on('worker', (worker) => worker.on('close', () => (closed += 1)));
    await page.goto('./');
    await waitForApp(page);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('aidline:dataset-settled', 'mark').length))
      .toBe(1);
    await expect.poll(() => closed).toBe(1);
    expect(page.workers()).toHaveLength(0);
  });

  test('is replaced by the list of problems when the later check fails', async ({ page }) => {
    const broken = structuredClone(bundled);
    const second = broken.events[1];
    if (second !== undefined) (second as { kind: string }).kind = 'party';
    await page.route(COLUMNS, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: shippedFilesText(broken).columns,
      }),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    // The check runs once the page is idle after the first view: seconds on a busy machine.
    await expect(alert).toContainText(
      'data/dataset.columns.json with data/dataset.text.json do not match the dataset schema',
      {
        timeout: 60_000,
      },
    );
    await expect(alert.locator('code').first()).toHaveText('events[1].kind');
    await expect(page.locator('.workspace')).toHaveCount(0);
    expect(
      await page.evaluate(() => performance.getEntriesByName('aidline:dataset-settled', 'mark').length),
    ).toBe(0);
  });
});

test.describe('an embed of the shipped dataset', () => {
  test('draws from the columns file, as the app does, and then checks it', async ({ page }) => {
    await page.goto('./embed.html?chart=timeline');
    await expect(page.locator('svg[data-export="timeline"]')).toBeVisible({ timeout: 20_000 });
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('aidline:dataset-settled', 'mark').length))
      .toBe(1);
    expect(await datasetFiles(page)).toEqual(['dataset.columns.json']);
  });

  test('is replaced by the problem, and where it is, when the later check fails', async ({ page }) => {
    const broken = structuredClone(bundled);
    const second = broken.events[1];
    if (second !== undefined) (second as { kind: string }).kind = 'party';
    await page.route(COLUMNS, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: shippedFilesText(broken).columns }),
    );
    await page.goto('./embed.html?chart=figures');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('do not match the dataset schema', { timeout: 60_000 });
    await expect(alert).toContainText('events[1].kind');
    await expect(page.locator('.embed-frame')).toHaveCount(0);
  });
});
