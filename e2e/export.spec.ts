import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { readCsv } from '../src/test/readCsv';
import { axeViolations, expect, test, useTheme, waitForApp } from './fixtures';

/** A file the app offered for download: its suggested name and its bytes. */
interface Saved {
  name: string;
  bytes: Buffer;
}

const MENU_NAMES = {
  timeline: 'Export timeline',
  figures: 'Export figures chart',
  'figures-time': 'Export figures over time chart',
  dashboard: 'Export dashboard',
} as const;
type Target = keyof typeof MENU_NAMES;

const menuButton = (page: Page, target: Target): Locator =>
  page.getByRole('button', { name: MENU_NAMES[target], exact: true });

/** Opens a menu, picks options (radios), then the item that downloads, and returns the file. */
async function exportFile(page: Page, target: Target, item: RegExp, options: RegExp[] = []): Promise<Saved> {
  for (const option of options) {
    await menuButton(page, target).click();
    await page.getByRole('menuitemradio', { name: option }).click();
    await page.keyboard.press('Escape');
  }
  await menuButton(page, target).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  return { name: download.suggestedFilename(), bytes };
}

/** Width and height from a PNG's IHDR chunk (bytes 16..24), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes a PNG in the page and measures how much its pixels vary (0 for a blank image). */
async function pixelStats(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const counts = new Map<number, number>();
    let sum = 0;
    let sumSq = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += luma;
      sumSq += luma * luma;
      const key = (r << 16) | (g << 8) | b;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const background = Math.max(...counts.values());
    return {
      width: bitmap.width,
      height: bitmap.height,
      lumaStd: Math.sqrt(sumSq / n - (sum / n) ** 2),
      colours: counts.size,
      nonBackgroundShare: 1 - background / n,
      corner: [data[0], data[1], data[2]],
    };
  }, png.toString('base64'));
}

/** Parses SVG text in the page, as a browser would open the file. */
async function parseSvgInPage(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const background = root.querySelector(':scope > rect');
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      rootName: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      background: background?.getAttribute('fill') ?? null,
      charts: [...root.querySelectorAll('svg[data-export]')].map((s) => ({
        name: s.getAttribute('data-export'),
        width: Number(s.getAttribute('width')),
        height: Number(s.getAttribute('height')),
      })),
      barIds: [...root.querySelectorAll('svg[data-export] [data-amount-id]')].map((b) =>
        b.getAttribute('data-amount-id'),
      ),
      lines: [...root.querySelectorAll('text[data-role]')].map((t) => t.textContent),
      text: root.textContent,
    };
  }, svg);
}

/** Size of a chart on screen and the ids of the bars it draws. */
async function liveChart(page: Page, target: Exclude<Target, 'dashboard'>) {
  const chart = page.locator(`svg[data-export="${target}"]`);
  await expect(chart).toBeVisible();
  return chart.evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    return {
      width: Math.round(box.width),
      height: Math.round(box.height),
      barIds: [...svg.querySelectorAll('[data-amount-id]')].map((b) => b.getAttribute('data-amount-id')),
    };
  });
}

/** The "N of M figures" count the summary bar shows for the current filters. */
async function shownFigures(page: Page): Promise<number> {
  const text = (await page.locator('.summary-bar').textContent()) ?? '';
  const match = /(\d+) of \d+ figures/.exec(text);
  if (match === null) throw new Error(`no figure count in "${text}"`);
  return Number(match[1]);
}

function expectInert(svg: string) {
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/\son[a-z]+=/i);
  expect(svg).not.toMatch(/href="http/i);
  expect(svg).not.toMatch(/url\(["']?http/i);
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).not.toContain('var(--');
}

function column(rows: string[][], name: string): string[] {
  const index = (rows[0] ?? []).indexOf(name);
  expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[index] ?? '');
}

test.describe('export', () => {
  test.beforeEach(async ({ page }) => {
    await useTheme(page, 'light');
  });

  test('the menu works from the keyboard and returns focus', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    const button = menuButton(page, 'dashboard');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = menu.locator('[role^="menuitem"]');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(items.first()).toBeFocused();

    const threeX = menu.getByRole('menuitemradio', { name: '3x pixels' });
    await threeX.focus();
    await page.keyboard.press('Space');
    await expect(threeX).toHaveAttribute('aria-checked', 'true');
    await expect(menu.getByRole('menuitemradio', { name: '2x pixels' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    await expect(menu.getByRole('menuitem', { name: /Download PNG \(3x\)/ })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Space');
    await expect(page.getByRole('menu')).toBeVisible();
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
    await page.mouse.click(5, 400);
    await expect(page.getByRole('menu')).toBeHidden();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the open menu passes axe and fits the page in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      for (const width of [1440, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('./');
        await waitForApp(page);
        const button = menuButton(page, 'figures');
        await button.scrollIntoViewIfNeeded();
        await button.click();
        const menu = page.getByRole('menu');
        await expect(menu).toBeVisible();
        const box = await menu.boundingBox();
        expect(box).not.toBeNull();
        expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: `e2e/screenshots/export-${width}-${theme}.png` });
      }
    });
  }

  test('a 2x PNG of the figures chart is the framed chart at twice its size, and not blank', async ({
    page,
  }, info) => {
    await page.goto('./');
    await waitForApp(page);
    const live = await liveChart(page, 'figures');

    const svgFile = await exportFile(page, 'figures', /Download SVG/);
    const svg = await parseSvgInPage(page, svgFile.bytes.toString('utf8'));
    expect(svg.charts).toEqual([{ name: 'figures', width: live.width, height: live.height }]);
    expect(svg.width).toBeGreaterThan(live.width);
    expect(svg.height).toBeGreaterThan(live.height);

    const png = await exportFile(page, 'figures', /Download PNG \(2x\)/);
    writeFileSync(info.outputPath(png.name), png.bytes);
    expect(png.name).toBe('aidline-figures-all.png');
    expect(pngSize(png.bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    const stats = await pixelStats(page, png.bytes);
    expect(stats.width).toBe(svg.width * 2);
    expect(stats.lumaStd).toBeGreaterThan(10);
    expect(stats.colours).toBeGreaterThan(20);
    expect(stats.nonBackgroundShare).toBeGreaterThan(0.02);
    expect(stats.corner).toEqual([255, 255, 255]);
    await expect(page.locator('[data-export-menu="figures"]')).toHaveAttribute(
      'data-export-width',
      String(svg.width * 2),
    );
    await expect(page.getByRole('status').filter({ hasText: 'Saved aidline-figures-all.png' })).toBeVisible();
  });

  test('the PNG scale option sets the pixel size', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    const svg = await parseSvgInPage(
      page,
      (await exportFile(page, 'figures', /Download SVG/)).bytes.toString('utf8'),
    );
    const one = await exportFile(page, 'figures', /Download PNG \(1x\)/, [/^1x pixels/]);
    expect(pngSize(one.bytes)).toEqual({ width: svg.width, height: svg.height });
    const three = await exportFile(page, 'figures', /Download PNG \(3x\)/, [/^3x pixels/]);
    expect(pngSize(three.bytes)).toEqual({ width: svg.width * 3, height: svg.height * 3 });
  });

  test('the SVG of the figures chart parses, carries its caption and sources, every visible bar, and is inert', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    const live = await liveChart(page, 'figures');
    expect(live.barIds.length).toBeGreaterThan(0);
    const file = await exportFile(page, 'figures', /Download SVG/);
    expect(file.name).toBe('aidline-figures-all.svg');
    const text = file.bytes.toString('utf8');
    const svg = await parseSvgInPage(page, text);
    expect(svg.parseError).toBeNull();
    expect(svg.rootName).toBe('svg');
    expect(svg.barIds).toEqual(live.barIds);
    expect(svg.lines).toContain('Money figures, in US dollars');
    expect(svg.text).toContain('No filters. Dates: all dates.');
    expect(svg.text).toMatch(/Sources?: “/);
    expect(svg.text).toMatch(/Exported from Aidline on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\./);
    expectInert(text);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  test('filters change what is exported: caption, file name, bars and CSV rows', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    const all = readCsv(
      (await exportFile(page, 'figures', /Download figures \(CSV\)/)).bytes.toString('utf8'),
    );
    expect(all.length - 1).toBe(await shownFigures(page));

    await page.goto('./?from=2023-01-01&to=2023-12-31');
    await waitForApp(page);
    const csvFile = await exportFile(page, 'figures', /Download figures \(CSV\)/);
    expect(csvFile.name).toBe('aidline-figures-2023-01-01_2023-12-31.csv');
    expect(csvFile.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = readCsv(csvFile.bytes.toString('utf8'));
    expect(rows.length - 1).toBe(await shownFigures(page));
    const allIds = column(all, 'id');
    for (const id of column(rows, 'id')) expect(allIds).toContain(id);
    for (const name of ['value', 'currency', 'usd', 'citations']) {
      for (const cell of column(rows, name)) expect(cell, name).not.toBe('');
    }
    const ids = column(rows, 'id');

    const live = await liveChart(page, 'figures');
    for (const id of live.barIds) expect(ids).toContain(id);
    const svgFile = await exportFile(page, 'figures', /Download SVG/);
    expect(svgFile.name).toBe('aidline-figures-2023-01-01_2023-12-31.svg');
    const svg = await parseSvgInPage(page, svgFile.bytes.toString('utf8'));
    expect(svg.text).toContain('Dates: 2023-01-01 to 2023-12-31.');
    expect(svg.barIds).toEqual(live.barIds);
  });

  test('a stage filter narrows the exported figures and bars to that stage', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    const all = readCsv(
      (await exportFile(page, 'figures', /Download figures \(CSV\)/)).bytes.toString('utf8'),
    );
    const stage = column(all, 'stage')[0] ?? '';
    expect(stage).not.toBe('');
    const ids = column(all, 'id');
    const expected = column(all, 'stage').flatMap((s, i) => (s === stage ? [ids[i]] : []));

    await page.goto(`./?stages=${stage}`);
    await waitForApp(page);
    const rows = readCsv(
      (await exportFile(page, 'figures', /Download figures \(CSV\)/)).bytes.toString('utf8'),
    );
    expect(column(rows, 'id')).toEqual(expected);
    const live = await liveChart(page, 'figures');
    const svg = await parseSvgInPage(
      page,
      (await exportFile(page, 'figures', /Download SVG/)).bytes.toString('utf8'),
    );
    expect(svg.barIds).toEqual(live.barIds);
    for (const id of svg.barIds) expect(expected).toContain(id);
    expect(svg.text).toContain(`Filters: stage ${stage}.`);
  });

  test('the events CSV and the JSON hold the shown events and figures with citations', async ({ page }) => {
    await page.goto('./?from=2023-01-01&to=2023-12-31');
    await waitForApp(page);
    const summary = (await page.locator('.summary-bar').textContent()) ?? '';
    const shownEvents = Number(/(\d+) of \d+ events/.exec(summary)?.[1] ?? NaN);

    const events = await exportFile(page, 'dashboard', /Download events \(CSV\)/);
    expect(events.name).toBe('aidline-events-2023-01-01_2023-12-31.csv');
    const rows = readCsv(events.bytes.toString('utf8'));
    expect(rows.length - 1).toBe(shownEvents);
    for (const cell of column(rows, 'citations')) expect(cell).toMatch(/: “.+”/s);

    const json = await exportFile(page, 'dashboard', /Download data \(JSON\)/);
    expect(json.name).toBe('aidline-data-2023-01-01_2023-12-31.json');
    const data = JSON.parse(json.bytes.toString('utf8')) as {
      filters: { from: string; to: string };
      events: { id: string; citations: unknown[] }[];
      amounts: { id: string; citations: unknown[] }[];
    };
    expect(data.filters).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
    expect(data.events.map((e) => e.id)).toEqual(column(rows, 'id'));
    expect(data.amounts).toHaveLength(await shownFigures(page));
    for (const item of [...data.events, ...data.amounts]) expect(item.citations.length).toBeGreaterThan(0);
  });

  test('"Light, for print" exports light colours from the dark page and leaves the page dark', async ({
    page,
  }, info) => {
    await useTheme(page, 'dark');
    await page.goto('./');
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const screen = await parseSvgInPage(
      page,
      (await exportFile(page, 'figures', /Download SVG/)).bytes.toString('utf8'),
    );
    expect(screen.background).toBe('#161b22');
    const darkPng = await exportFile(page, 'dashboard', /Download PNG/);
    writeFileSync(info.outputPath('dashboard-dark.png'), darkPng.bytes);
    const print = await parseSvgInPage(
      page,
      (await exportFile(page, 'figures', /Download SVG/, [/Light, for print/])).bytes.toString('utf8'),
    );
    expect(print.background).toBe('#ffffff');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => document.documentElement.classList.contains('export-freeze'))).toBe(
      false,
    );
  });

  test('the figures-over-time and timeline charts export too', async ({ page }) => {
    await page.goto('./?figview=time');
    await waitForApp(page);
    const time = await liveChart(page, 'figures-time');
    const timeFile = await exportFile(page, 'figures-time', /Download SVG/);
    expect(timeFile.name).toBe('aidline-figures-time-all.svg');
    const timeSvg = await parseSvgInPage(page, timeFile.bytes.toString('utf8'));
    expect(timeSvg.parseError).toBeNull();
    expect(timeSvg.barIds).toEqual(time.barIds);
    expectInert(timeFile.bytes.toString('utf8'));

    const timeline = await liveChart(page, 'timeline');
    const png = await exportFile(page, 'timeline', /Download PNG/);
    expect(png.name).toMatch(/^aidline-timeline-.+\.png$/);
    const size = pngSize(png.bytes);
    expect(size.width).toBeGreaterThan(timeline.width * 2);
    expect((await pixelStats(page, png.bytes)).lumaStd).toBeGreaterThan(10);
  });

  test('the dashboard image stacks every chart on screen', async ({ page }, info) => {
    await page.goto('./');
    await waitForApp(page);
    const shown = await page
      .locator('svg[data-export]')
      .evaluateAll((svgs) =>
        svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => s.getAttribute('data-export')),
      );
    expect(shown.length).toBeGreaterThan(0);
    const file = await exportFile(page, 'dashboard', /Download SVG/);
    expect(file.name).toBe('aidline-dashboard-all.svg');
    const svg = await parseSvgInPage(page, file.bytes.toString('utf8'));
    expect(svg.parseError).toBeNull();
    expect(svg.charts.map((c) => c.name)).toEqual(shown);
    expectInert(file.bytes.toString('utf8'));
    const png = await exportFile(page, 'dashboard', /Download PNG \(2x\)/);
    writeFileSync(info.outputPath(png.name), png.bytes);
    expect(pngSize(png.bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
  });

  test('copy image puts a PNG on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await waitForApp(page);
    await menuButton(page, 'figures').click();
    const copy = page.getByRole('menuitem', { name: 'Copy image' });
    await expect(copy).not.toHaveAttribute('aria-disabled', 'true');
    await copy.click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied the image' })).toBeVisible();
    const types = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      return items.flatMap((item) => item.types);
    });
    expect(types).toContain('image/png');
  });

  test('copy image is disabled, with the reason, where the browser cannot copy images', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'ClipboardItem');
    });
    await page.goto('./');
    await waitForApp(page);
    await menuButton(page, 'figures').click();
    const copy = page.getByRole('menuitem', { name: 'Copy image' });
    await expect(copy).toHaveAttribute('aria-disabled', 'true');
    await expect(copy).toHaveAccessibleDescription(/does not let pages copy images/);
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu')).toBeVisible();
    await expect(page.locator('[data-export-menu="figures"]')).toHaveAttribute('data-export-state', 'idle');
  });

  test('image exports say why they are unavailable when a table replaces the chart', async ({ page }) => {
    await page.goto('./?figures=table');
    await waitForApp(page);
    await menuButton(page, 'figures').click();
    const png = page.getByRole('menuitem', { name: /Download PNG/ });
    await expect(png).toHaveAttribute('aria-disabled', 'true');
    await expect(png).toHaveAccessibleDescription(/switch from the table to the chart/);
    await expect(page.getByRole('menuitem', { name: /Download figures \(CSV\)/ })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
