import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateDataset } from '../scripts/bench/generate';
import type { Dataset } from '../src/data/schema';
import { axeViolations, expect, test, useTheme, waitForApp } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const chart = (page: Page) => page.locator('svg[data-export="timeline"]');

interface Box {
  key: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box each mark's glyph, title lines and chips take on screen, as drawn. */
async function labelBoxes(page: Page): Promise<Box[]> {
  return chart(page)
    .locator('.tl-mark, .tl-cluster')
    .evaluateAll((nodes) =>
      nodes.map((node) => {
        const parts = [...node.querySelectorAll('.tl-glyph, .tl-cluster-glyph, text, .tl-chip rect')];
        const rects = parts.map((p) => p.getBoundingClientRect());
        return {
          key: node.getAttribute('data-key') ?? '',
          x0: Math.min(...rects.map((r) => r.left)),
          y0: Math.min(...rects.map((r) => r.top)),
          x1: Math.max(...rects.map((r) => r.right)),
          y1: Math.max(...rects.map((r) => r.bottom)),
        };
      }),
    );
}

function overlaps(a: Box, b: Box): boolean {
  // Half a pixel of slack for anti-aliased text edges.
  return a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
}

for (const width of [1440, 375]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`at ${width} px in the ${theme} theme, every title is drawn in full once and no labels overlap`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: width === 1440 ? 900 : 812 });
      await useTheme(page, theme);
      await page.goto('./?timeline=chart');
      await waitForApp(page, 30_000);
      await expect(chart(page)).toBeVisible();
      await expect(chart(page).locator('.tl-cluster')).toHaveCount(0);
      const marks = chart(page).locator('.tl-mark');
      await expect(marks).toHaveCount(dataset.events.length);
      const drawn = await marks.evaluateAll((nodes) =>
        nodes.map((n) => ({
          id: n.getAttribute('data-event-id') ?? '',
          title: [...n.querySelectorAll('.tl-title')].map((t) => t.textContent).join(' '),
        })),
      );
      const byId = new Map(drawn.map((d) => [d.id, d.title]));
      expect(byId.size).toBe(dataset.events.length);
      for (const event of dataset.events) expect(byId.get(event.id), event.id).toBe(event.title);
      const boxes = await labelBoxes(page);
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.key} and ${b.key}`).toBe(false);
      });
      // Chart text is 12 px or more.
      const sizes = await chart(page)
        .locator('text')
        .evaluateAll((nodes) => nodes.map((n) => parseFloat(getComputedStyle(n).fontSize)));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      if (width === 375) expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('screen readers can browse the events in view by date, each with its title, kind and actors', async ({
  page,
}) => {
  await page.goto('./?timeline=chart');
  await waitForApp(page, 30_000);
  const outline = page.getByRole('region', { name: 'Events in view, by date' });
  await expect(outline.getByRole('heading', { level: 3 }).first()).toBeAttached();
  const dates = new Set(dataset.events.map((e) => e.date));
  await expect(outline.getByRole('heading', { level: 3 })).toHaveCount(dates.size);
  const items = await outline.locator('ul > li').allTextContents();
  expect(items).toHaveLength(dataset.events.length);
  for (const event of dataset.events)
    expect(
      items.filter((item) => item.startsWith(`${event.title}.`)),
      event.id,
    ).toHaveLength(1);
});

test.describe('with 2,000 generated events', () => {
  test.describe.configure({ timeout: 90_000 });
  const dense = JSON.stringify(generateDataset({ events: 2_000, seed: 3 }));

  test.beforeEach(async ({ page }) => {
    await useTheme(page, 'light');
    await page.route('**/bench-data/2k.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: dense }),
    );
    await page.goto('./?dataset=bench-data/2k.json');
    await waitForApp(page, 60_000);
    await expect(chart(page).locator('.tl-cluster').first()).toBeVisible();
  });

  test('a cluster names its first event and how many more, and Enter lists them', async ({ page }) => {
    const canvas = page.getByRole('application', { name: /^Timeline, / });
    await canvas.focus();
    await page.keyboard.press('Home');
    const live = page.locator('.tl-chart [aria-live="polite"]');
    await expect(live).toContainText('Event 1 of 2000.');
    // Step until the focus is on a cluster.
    for (let i = 0; i < 40 && !((await live.textContent()) ?? '').includes('Press Enter to list them'); i++)
      await page.keyboard.press('ArrowRight');
    await expect(live).toContainText('Press Enter to list them');
    const ring = chart(page).locator('.tl-cluster .tl-focus-ring');
    await expect(ring).toHaveCount(1);
    const label = await chart(page)
      .locator('.tl-cluster', { has: page.locator('.tl-focus-ring') })
      .locator('.tl-cluster-label')
      .allTextContents();
    const more = /\+ (\d+) more$/.exec(label.join(' '));
    expect(more, label.join(' ')).not.toBeNull();
    await page.keyboard.press('Enter');
    const list = page.getByRole('dialog');
    await expect(list.locator('.tl-cluster-list-item')).toHaveCount(Math.min(100, Number(more?.[1]) + 1));
    await expect(list.locator('.tl-cluster-list-item').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(canvas).toBeFocused();
    // The pointer opens it too, and a pick selects that event.
    await chart(page).locator('.tl-cluster .tl-cluster-glyph:not(.tl-cluster-glyph-back)').first().click();
    const item = page.getByRole('dialog').locator('.tl-cluster-list-item').nth(1);
    const title = (await item.locator('.tl-cluster-list-title').textContent()) ?? '';
    await item.click();
    await expect(page.locator('.workspace-details')).toContainText(title);
    // Zoom in stays available.
    await expect(page.getByRole('button', { name: 'Zoom in' })).not.toHaveAttribute('aria-disabled', 'true');
  });
});
