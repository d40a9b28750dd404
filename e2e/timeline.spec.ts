import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AidEvent, Dataset } from '../src/data/schema';
import { axeViolations, expect, test, useTheme, waitForApp } from './fixtures';

// Expectations come from the dataset the app loads, so they hold as the data is recompiled.
const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const DAY = 86_400_000;

function eventById(id: string | undefined): AidEvent {
  const event = dataset.events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`No event ${id ?? '(none)'} in the dataset`);
  return event;
}

function kyivVisit(): AidEvent {
  const event = dataset.events.find(
    (e) =>
      e.date === '2023-09-28' && e.kind === 'visit' && /Kyiv/i.test(e.title) && /Stoltenberg/i.test(e.title),
  );
  if (event === undefined) throw new Error('The dataset has no 28 Sep 2023 visit to Kyiv by Stoltenberg');
  return event;
}

/** The span of time an event's date stands for, as the app computes it: [start, end) in ms. */
function eventSpan(event: AidEvent): [number, number] {
  const [y, m = '01', d = '01'] = event.date.split('-');
  const start = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const date = new Date(start);
  switch (event.datePrecision) {
    case 'day':
      return [start, start + DAY];
    case 'week': {
      const monday = start - ((date.getUTCDay() + 6) % 7) * DAY;
      return [monday, monday + 7 * DAY];
    }
    case 'month':
      return [
        Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1),
        Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1),
      ];
    case 'year':
      return [Date.UTC(date.getUTCFullYear(), 0, 1), Date.UTC(date.getUTCFullYear() + 1, 0, 1)];
  }
}

const chart = (page: Page) => page.locator('svg[data-export="timeline"]');
const canvas = (page: Page) => page.getByRole('application', { name: /^Timeline/ });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const windowText = (page: Page) => page.locator('.tl-window-text');
const brushSelection = (page: Page) => page.locator('.tl-brush .selection');

async function brushBox(page: Page): Promise<{ x: number; width: number }> {
  const box = await brushSelection(page).boundingBox();
  if (box === null) throw new Error('The brush has no selection');
  return { x: box.x, width: box.width };
}

/**
 * Reaches an event with the pointer only: from "fit all", click its glyph, or, when it is drawn in a
 * cluster, open the cluster's list and pick it there.
 */
async function clickEvent(page: Page, event: AidEvent): Promise<void> {
  const fit = page.getByRole('button', { name: 'Fit all' });
  if ((await fit.getAttribute('aria-disabled')) !== 'true') await fit.click();
  const glyph = chart(page).locator(`.tl-mark[data-event-id="${event.id}"] .tl-glyph`);
  if ((await glyph.count()) > 0) {
    await glyph.click();
    return;
  }
  const clusters = chart(page).locator('.tl-cluster .tl-cluster-glyph:not(.tl-cluster-glyph-back)');
  for (let i = 0; i < (await clusters.count()); i++) {
    await clusters.nth(i).click();
    const item = page.locator('.tl-cluster-list-item', { hasText: event.title });
    if ((await item.count()) > 0) {
      await item.first().click();
      return;
    }
    await page.keyboard.press('Escape');
  }
  throw new Error(`No glyph and no cluster holds ${event.id}`);
}

test.describe('timeline', () => {
  test.beforeEach(async ({ page }) => {
    await useTheme(page, 'light');
    await page.goto('./');
    await waitForApp(page);
    await expect(chart(page)).toBeVisible();
  });

  test('spans the dataset, with the start of the full-scale invasion marked', async ({ page }) => {
    await expect(page.locator('.tl-invasion')).toContainText('24 Feb 2022');
    const first = Math.min(...dataset.events.map((e) => eventSpan(e)[0]));
    const last = Math.max(...dataset.events.map((e) => eventSpan(e)[1]));
    const text = await windowText(page).textContent();
    expect(text).toContain(new Date(first).getUTCFullYear().toString());
    expect(text).toContain(new Date(last - 1).getUTCFullYear().toString());
  });

  test('every event is reachable with the pointer', async ({ page }) => {
    test.setTimeout(120_000);
    for (const event of dataset.events) {
      await clickEvent(page, event);
      await expect(details(page).getByRole('heading', { level: 3, name: event.title })).toBeVisible();
    }
  });

  test('every event is reachable with the keyboard, in time order', async ({ page }) => {
    test.setTimeout(90_000);
    await canvas(page).focus();
    await page.keyboard.press('Home');
    const live = page.locator('.tl-chart [aria-live="polite"]');
    const total = dataset.events.length;
    const seen: string[] = [];
    for (let i = 0; i < total; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(live).toContainText(`Event ${i + 1} of ${total}.`);
      const text = (await live.textContent()) ?? '';
      const found = dataset.events.find((e) => text.includes(`: ${e.title}.`));
      if (found === undefined) throw new Error(`Announced "${text}", which names no event`);
      seen.push(found.id);
      // The focused event is drawn, with a visible focus ring.
      await expect(chart(page).locator('.tl-focus-ring').first()).toBeVisible();
    }
    expect(new Set(seen).size).toBe(total);
    const starts = seen.map((id) => eventSpan(eventById(id))[0]);
    const ends = seen.map((id) => eventSpan(eventById(id))[1]);
    // Time order: no event starts after a later one has ended.
    starts.forEach((s, i) => {
      for (const e of ends.slice(i + 1)) expect(s).toBeLessThan(e);
    });
    await page.keyboard.press('End');
    await expect(live).toContainText(`Event ${total} of ${total}.`);
    // + and - zoom around the focused event.
    const before = await windowText(page).textContent();
    await page.keyboard.press('+');
    await expect(windowText(page)).not.toHaveText(before ?? '');
    await page.keyboard.press('-');
    await expect(windowText(page)).toHaveText(before ?? '');
    await page.keyboard.press('Enter');
    const last = eventById(seen[total - 1]);
    await expect(details(page).getByRole('heading', { level: 3, name: last.title })).toBeVisible();
  });

  test('the timeline is one tab stop, then the overview brush, which the keys move', async ({ page }) => {
    await page.getByRole('button', { name: 'Fit all' }).focus();
    await page.keyboard.press('Tab');
    await expect(canvas(page)).toBeFocused();
    await page.keyboard.press('Tab');
    const brush = page.getByRole('slider', { name: 'Visible window of the timeline' });
    await expect(brush).toBeFocused();
    const full = await windowText(page).textContent();
    await page.keyboard.press('ArrowUp');
    await expect(windowText(page)).not.toHaveText(full ?? '');
    const zoomed = await windowText(page).textContent();
    await expect(brush).toHaveAttribute('aria-valuetext', zoomed ?? '');
    await page.keyboard.press('ArrowRight');
    await expect(windowText(page)).not.toHaveText(zoomed ?? '');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(windowText(page)).toHaveText(full ?? '');
  });

  test('the 28 Sep 2023 visit to Kyiv shows its date, actors, figures and every citation', async ({
    page,
  }) => {
    const event = kyivVisit();
    await clickEvent(page, event);
    const panel = details(page);
    await expect(panel.getByRole('heading', { level: 3, name: event.title })).toBeVisible();
    await expect(panel.locator('.ev-date')).toContainText('28 Sep 2023');
    await expect(panel.locator('.ev-date-basis')).toContainText(event.dateBasis);
    const quotes = details(page).locator('.ev-quote');
    await expect(quotes).toHaveCount(event.citations.length);
    const groups = details(page).locator('.ev-source-group');
    for (const c of event.citations) {
      const source = dataset.sources.find((s) => s.id === c.source);
      if (source === undefined) throw new Error(`Unknown source ${c.source}`);
      const group = groups.filter({ has: page.locator('cite', { hasText: source.title }) });
      await expect(group).toHaveCount(1);
      await expect(group.locator('mark.ev-quote-mark', { hasText: c.quote })).toHaveCount(1);
      const line = group.locator('.ev-source');
      if (source.outlet !== null) await expect(line).toContainText(source.outlet);
      if (source.published !== null && source.published.length === 10) {
        const date = new Date(`${source.published}T00:00:00Z`);
        await expect(line).toContainText(String(date.getUTCDate()));
        await expect(line).toContainText(String(date.getUTCFullYear()));
      }
    }
    const distinct = new Set(event.citations.map((c) => c.source)).size;
    // Three of the five articles report this visit: one group of citations per source.
    expect(distinct).toBe(3);
    await expect(groups).toHaveCount(3);
    await expect(panel.locator('.ev-corroboration')).toContainText(
      `Reported by ${distinct} source${distinct === 1 ? '' : 's'}`,
    );
    for (const id of event.actors) {
      const name = dataset.actors.find((a) => a.id === id)?.name ?? id;
      await expect(panel.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
    }
  });

  test('an actor chip filters by that actor, and a figure opens its provenance', async ({ page }) => {
    const event = kyivVisit();
    await clickEvent(page, event);
    const actorId = event.actors[0] ?? '';
    const name = dataset.actors.find((a) => a.id === actorId)?.name ?? actorId;
    await details(page)
      .getByRole('button', { name: new RegExp(`^${name}`) })
      .click();
    await page
      .getByRole('group', { name: 'Show the timeline as' })
      .getByRole('button', { name: 'Table' })
      .click();
    const expected = dataset.events.filter((e) => e.actors.includes(actorId)).map((e) => e.title);
    await expect(page.locator('.tl-table tbody tr')).toHaveCount(expected.length);
    const titles = await page.locator('.tl-table tbody .tl-row-title').allTextContents();
    expect(titles.sort()).toEqual([...expected].sort());

    const withFigure = dataset.events.find((e) => dataset.amounts.some((a) => a.eventId === e.id));
    if (withFigure === undefined) return;
    // An event lists its own figures first, running totals after.
    const figures = dataset.amounts.filter((a) => a.eventId === withFigure.id);
    const amount = figures.find((a) => !a.cumulative) ?? figures[0];
    await page
      .getByRole('group', { name: 'Show the timeline as' })
      .getByRole('button', { name: 'Chart' })
      .click();
    await page.goto('./');
    await waitForApp(page);
    await clickEvent(page, withFigure);
    await details(page).locator('.ev-figure').first().click();
    await expect(details(page).locator(`[data-amount-id="${amount?.id ?? ''}"]`)).toBeVisible();
  });

  test('Escape and the close button close the details', async ({ page }) => {
    await clickEvent(page, kyivVisit());
    await expect(details(page).locator('.event-details')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details(page)).toHaveCount(0);
    await clickEvent(page, kyivVisit());
    await details(page).getByRole('button', { name: 'Close details' }).click();
    await expect(details(page)).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  });

  test('zoom buttons and the brush change the visible range and stay in sync', async ({ page }) => {
    const full = await brushBox(page);
    const fullText = await windowText(page).textContent();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(windowText(page)).not.toHaveText(fullText ?? '');
    await expect.poll(async () => (await brushBox(page)).width).toBeLessThan(full.width * 0.6);
    const zoomed = await brushBox(page);
    expect(zoomed.width).toBeGreaterThan(full.width * 0.4);

    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await brushBox(page)).width).toBeGreaterThan(full.width * 0.95);
    await expect(windowText(page)).toHaveText(fullText ?? '');

    // Drag the brush's right edge halfway in: the timeline follows.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await brushBox(page)).width).toBeLessThan(full.width * 0.6);
    const before = await windowText(page).textContent();
    const box = await brushBox(page);
    const y = ((await brushSelection(page).boundingBox())?.y ?? 0) + 10;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + full.width / 5, y, { steps: 5 });
    await page.mouse.up();
    await expect(windowText(page)).not.toHaveText(before ?? '');
    const moved = await brushBox(page);
    expect(moved.x).toBeGreaterThan(box.x + full.width / 10);
    expect(Math.abs(moved.width - box.width)).toBeLessThan(2);

    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(windowText(page)).toHaveText(fullText ?? '');
    await expect(page.getByRole('button', { name: 'Fit all' })).toHaveAttribute('aria-disabled', 'true');
  });

  test('zooming stops at a single day', async ({ page }) => {
    await clickEvent(page, kyivVisit());
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 20 && (await zoomIn.getAttribute('aria-disabled')) !== 'true'; i++)
      await zoomIn.click();
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    await expect(windowText(page)).toHaveText(
      /^\d{1,2}(–\d{1,2})? \w{3} \d{4}$|^\d{1,2} \w{3} – \d{1,2} \w{3} \d{4}$/,
    );
  });

  test('a plain wheel scrolls the page, Ctrl + wheel zooms, a drag pans, and the brush follows', async ({
    page,
  }) => {
    const full = await brushBox(page);
    const fullText = await windowText(page).textContent();
    const box = await chart(page).boundingBox();
    if (box === null) throw new Error('No chart');
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await expect(page.locator('.tl-wheel-hint')).toHaveText(/^Use (Ctrl|⌘) \+ scroll to zoom$/);
    await expect(windowText(page)).toHaveText(fullText ?? '');
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await brushBox(page)).width).toBeLessThan(full.width * 0.8);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const zoomed = await brushBox(page);
    // Drag on the plot's bottom edge, leftwards: the window moves later in time.
    const surface = await chart(page).locator('.tl-zoom-surface').boundingBox();
    if (surface === null) throw new Error('No zoom surface');
    const y = surface.y + surface.height - 4;
    await page.mouse.move(box.x + box.width * 0.7, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await brushBox(page)).x).toBeGreaterThan(zoomed.x + 5);
  });

  test('a drag begun while a Ctrl + wheel zoom is still settling pans, and the link keeps where it ended', async ({
    page,
  }) => {
    const box = await chart(page).boundingBox();
    const surface = await chart(page).locator('.tl-zoom-surface').boundingBox();
    if (box === null || surface === null) throw new Error('No chart');
    const y = surface.y + surface.height - 4;
    const full = await brushBox(page);
    await page.mouse.move(box.x + box.width * 0.7, y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    // The drag starts at once, and lasts longer than a wheel gesture takes to end (150 ms in d3-zoom).
    await page.mouse.down();
    for (let step = 1; step <= 6; step++) {
      await page.mouse.move(box.x + box.width * (0.7 - step * 0.05), y);
      await page.waitForTimeout(60);
    }
    await page.mouse.up();
    await expect.poll(async () => (await brushBox(page)).width).toBeLessThan(full.width * 0.8);
    await page.waitForTimeout(400);
    const shown = await windowText(page).textContent();
    // The address holds the window the drag ended at: opened again, it shows the same span.
    await page.goto(page.url());
    await expect(windowText(page)).toHaveText(shown ?? '');
  });

  test('hovering an event shows its date, title and actors', async ({ page }) => {
    const event = dataset.events.find((e) => e.date === '2022-02-24') ?? dataset.events[0];
    if (event === undefined) throw new Error('No events');
    await chart(page).locator(`.tl-mark[data-event-id="${event.id}"] .tl-glyph`).hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText(event.title);
    const actor = dataset.actors.find((a) => a.id === event.actors[0]);
    if (actor !== undefined) await expect(tooltip).toContainText(actor.name);
    await page.mouse.move(0, 0);
    await expect(tooltip).toHaveCount(0);
  });

  test('an event selected from the figures chart is brought into view and ringed', async ({ page }) => {
    const amount = dataset.amounts.find((a) => a.eventId === kyivVisit().id) ?? dataset.amounts[0];
    if (amount === undefined) return;
    await page.locator(`.fig-bar[data-amount-id="${amount.id}"]`).click();
    await expect(chart(page).locator(`[data-event-id="${amount.eventId}"]`).first()).toBeVisible();
    await expect(chart(page).locator('.tl-selected-ring').first()).toBeVisible();
    await expect(details(page).locator(`[data-amount-id="${amount.id}"]`)).toBeVisible();
    await expect(details(page).locator(`[data-event-id="${amount.eventId}"]`)).toBeVisible();
  });

  test('the table lists the same events as the chart, and keeps the filters', async ({ page }) => {
    await page
      .getByRole('group', { name: 'Show the timeline as' })
      .getByRole('button', { name: 'Table' })
      .click();
    const rows = page.locator('.tl-table tbody tr');
    await expect(rows).toHaveCount(dataset.events.length);
    const titles = await page.locator('.tl-table tbody .tl-row-title').allTextContents();
    expect(titles.sort()).toEqual(dataset.events.map((e) => e.title).sort());
    // A click anywhere on a row selects its event, not only on its title.
    const row = rows.filter({ has: page.locator('.tl-row-title', { hasText: kyivVisit().title }) });
    await row.locator('td').first().click();
    await expect(details(page).getByRole('heading', { level: 3, name: kyivVisit().title })).toBeVisible();
    // Back to the chart: the event selected in the table is shown and ringed. The details column opening
    // can move the switch under the pointer between Playwright's check and its click: click until pressed.
    const chartButton = page
      .getByRole('group', { name: 'Show the timeline as' })
      .getByRole('button', { name: 'Chart' });
    await expect(async () => {
      await chartButton.click();
      await expect(chartButton).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await expect(chart(page).locator('.tl-selected-ring').first()).toBeVisible();
  });

  test("the table's figures align on the right, like the numbers they are", async ({ page }) => {
    await page
      .getByRole('group', { name: 'Show the timeline as' })
      .getByRole('button', { name: 'Table' })
      .click();
    await expect(page.locator('.tl-table tbody tr').first()).toBeVisible();
    // Each cell with several figures: the left and right edges of its figures' text.
    const cells = await page.locator('.tl-table tbody td[data-label="Figures"]').evaluateAll((tds) =>
      tds
        .map((td) =>
          [...td.querySelectorAll('.tl-cell-figure')].map((span) => {
            const range = document.createRange();
            range.selectNodeContents(span);
            const box = range.getBoundingClientRect();
            return { left: Math.round(box.left), right: Math.round(box.right) };
          }),
        )
        .filter((edges) => edges.length > 1),
    );
    // Some stacked figures differ in width, so aligned right edges are not an accident of equal widths.
    expect(cells.some((edges) => new Set(edges.map((e) => e.left)).size > 1)).toBe(true);
    for (const edges of cells) expect(new Set(edges.map((e) => e.right)).size).toBe(1);
    const header = page.locator('.tl-table thead th', { hasText: 'Figures' });
    await expect(header).toHaveCSS('text-align', 'right');
  });

  test('lanes can be grouped by kind', async ({ page }) => {
    await page.getByRole('group', { name: 'Lanes' }).getByRole('button', { name: 'By kind' }).click();
    const kinds = new Set(dataset.events.map((e) => e.kind));
    await expect(chart(page).locator('.tl-lane-name')).toHaveCount(kinds.size);
    await expect(page).toHaveURL(/[?&]lanes=kind\b/);
    // Each event is still drawn once.
    await expect(chart(page).locator('.tl-mark')).toHaveCount(dataset.events.length);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${theme} theme, chart and table`, async ({ page }) => {
      await useTheme(page, theme);
      await page.reload();
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await clickEvent(page, kyivVisit());
      await canvas(page).focus();
      expect(await axeViolations(page)).toEqual([]);
      await page
        .getByRole('group', { name: 'Show the timeline as' })
        .getByRole('button', { name: 'Table' })
        .click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

/** A computed `rgb(...)` colour as [r, g, b]. */
function rgbOf(color: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/** `top` painted at `opacity` over `under`. */
function over(top: [number, number, number], opacity: number, under: [number, number, number]) {
  return top.map((c, i) => c * opacity + (under[i] ?? 0) * (1 - opacity)) as [number, number, number];
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const lum = ([r, g, b]: [number, number, number]) =>
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the overview's density bars stand out 3:1 in and out of the window, ${theme} theme`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await page.goto('./');
    await waitForApp(page);
    const overview = page.locator('svg.tl-overview');
    await expect(overview.locator('.tl-brush .selection')).toBeVisible();
    const paint = await overview.evaluate((svg) => {
      const style = (selector: string) => {
        const el = svg.querySelector(selector);
        if (el === null) throw new Error(`No ${selector}`);
        const s = getComputedStyle(el);
        return { fill: s.fill, opacity: Number(s.fillOpacity) };
      };
      return { strip: style('rect'), bars: style('.tl-density'), window: style('.tl-brush .selection') };
    });
    const strip = rgbOf(paint.strip.fill);
    const bars = over(rgbOf(paint.bars.fill), paint.bars.opacity, strip);
    const windowFill = (under: [number, number, number]) =>
      over(rgbOf(paint.window.fill), paint.window.opacity, under);
    expect(contrast(bars, strip)).toBeGreaterThanOrEqual(3);
    expect(contrast(windowFill(bars), windowFill(strip))).toBeGreaterThanOrEqual(3);
  });
}

test.describe('timeline on a narrow screen', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await useTheme(page, 'light');
  });

  test('opens as a list of dates and cards, with the chart one tap away', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    const modes = page.getByRole('group', { name: 'Show the timeline as' });
    await expect(modes.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.tl-card')).toHaveCount(dataset.events.length);
    await expect(page.locator('.tl-reading-summary')).toContainText(`${dataset.events.length} events from`);
    // The width-dependent default is not written to the link; a choice is.
    expect(page.url()).not.toContain('timeline=');
    await modes.getByRole('button', { name: 'Chart' }).click();
    await expect(chart(page)).toBeVisible();
    await expect(page).toHaveURL(/[?&]timeline=chart\b/);
  });

  test('selecting a card brings the details into view, without horizontal scroll', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await page.locator(`.tl-card[data-event-id="${kyivVisit().id}"]`).click();
    await expect(details(page).getByRole('heading', { level: 3, name: kyivVisit().title })).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the table becomes cards: nothing scrolls sideways, every title and caption is whole', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    const modes = page.getByRole('group', { name: 'Show the timeline as' });
    await modes.getByRole('button', { name: 'Table' }).click();
    const table = page.locator('.tl-table table');
    await expect(table).toBeVisible();
    const cut = await page.locator('.tl-table').evaluate((root) => {
      const scroller = root.querySelector('.table-scroll');
      const overflowing = [...root.querySelectorAll('caption, td')].filter(
        (cell) => cell.scrollWidth > cell.clientWidth + 1,
      ).length;
      const right = root.getBoundingClientRect().right;
      const titlesOut = [...root.querySelectorAll('.tl-row-title')].filter(
        (title) => title.getBoundingClientRect().right > right + 1,
      ).length;
      return {
        sideways: (scroller?.scrollWidth ?? 0) - (scroller?.clientWidth ?? 0),
        overflowing,
        titlesOut,
      };
    });
    expect(cut).toEqual({ sideways: 0, overflowing: 0, titlesOut: 0 });
  });
});
