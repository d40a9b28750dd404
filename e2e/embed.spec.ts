import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import { serveTwoFolders, type TwoFolders } from './twoFolders';

let site: TwoFolders;
test.beforeAll(async () => {
  site = await serveTwoFolders(resolve(process.env.AIDLINE_DIST ?? 'dist'));
});
test.afterAll(async () => {
  await site.close();
});

/** The iframe's height, and the height and scroll room of the document inside it. */
function frameFit(page: Page) {
  return page.locator('iframe[data-aidline-embed]').evaluate((iframe: HTMLIFrameElement) => {
    const doc = iframe.contentDocument?.documentElement;
    return {
      frame: Math.round(iframe.getBoundingClientRect().height),
      content: Math.ceil(
        iframe.contentDocument?.querySelector('.embed')?.getBoundingClientRect().height ?? -1,
      ),
      scrolls:
        doc === undefined ? true : doc.scrollHeight > doc.clientHeight || doc.scrollWidth > doc.clientWidth,
    };
  });
}

/** Whether the frame is exactly as tall as the embed's content and shows no scrollbar. */
function fitted(fit: Awaited<ReturnType<typeof frameFit>>): boolean {
  return fit.frame === fit.content && !fit.scrolls;
}

/** The lines a text element takes: the distinct tops of its text's line boxes. */
function sourceLines(source: Locator): Promise<number> {
  return source.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
}

test('a snippet copied from the Embed dialog draws the chart on a page in another folder and fits it', async ({
  page,
  context,
  problems,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await page.goto(`${site.origin}/b/index.html?from=2023-01-01&to=2023-12-31&lanes=kind`);
  await waitForApp(page);

  await page.getByRole('button', { name: 'Export timeline' }).click();
  await page.getByRole('menuitem', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  const snippetField = dialog.getByLabel('1. Paste where the chart goes');
  const snippet = await snippetField.inputValue();
  expect(snippet).toContain(
    `src="${site.origin}/b/embed.html?chart=timeline&amp;from=2023-01-01&amp;to=2023-12-31`,
  );
  expect(snippet).toContain('aidline-timeline-2023-01-01_2023-12-31.png');
  await dialog.getByRole('button', { name: 'Copy' }).first().click();
  await expect(dialog.getByRole('status').first()).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  const listener = await dialog.getByLabel(/^2\. Paste once per page/).inputValue();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  site.setHost(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news story</title><link rel="icon" href="data:,"></head>` +
      `<body style="margin:0"><p>Story text.</p><div id="column" style="width:600px">${snippet}</div>${listener}</body></html>`,
  );
  await page.goto(`${site.origin}/a/host.html`);
  const embed = page.frameLocator('iframe[data-aidline-embed]');
  await expect(embed.locator('svg[data-export="timeline"]')).toBeVisible({ timeout: 20_000 });
  await expect(embed.getByRole('heading', { level: 1 })).toHaveText(
    'Events of the war and the aid behind it, Jan – Dec 2023',
  );
  await expect(embed.getByRole('group', { name: 'Legend' })).toBeVisible();
  await expect(embed.locator('.embed-source')).toContainText(/^Sources?: .* · \d+ articles? · Aidline$/);
  const fullView = await embed
    .getByRole('link', { name: /Open the full view/ })
    .evaluate((a: HTMLAnchorElement) => a.href);
  // The dates opened the timeline on them, so the link names that window too.
  expect(fullView).toBe(
    `${site.origin}/b/index.html?from=2023-01-01&to=2023-12-31&window=2023-01-01%2C2024-01-01&lanes=kind`,
  );

  // The frame takes the height the embed reports: all of the chart, and no scrollbar. The content
  // settles over a few frames (fonts, then layout), and each change is posted again: wait for the last.
  await expect.poll(async () => fitted(await frameFit(page))).toBe(true);
  let fit = await frameFit(page);
  expect(fit.frame).not.toBe(560);

  // A phone's column: the chart narrows and grows taller, and the frame follows.
  const wide = fit.frame;
  await page.locator('#column').evaluate((column: HTMLElement) => {
    column.style.width = '375px';
  });
  await expect.poll(async () => (await frameFit(page)).frame).not.toBe(wide);
  await expect.poll(async () => fitted(await frameFit(page))).toBe(true);
  fit = await frameFit(page);
  expect(fit.frame).toBeGreaterThan(wide);
  // The source line is fitted to the footer's measured width: at most two lines in the narrow column.
  await expect.poll(() => sourceLines(embed.locator('.embed-source'))).toBeLessThanOrEqual(2);

  expect(problems.cspViolations).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(requests.filter((url) => /^https?:/.test(url) && !url.startsWith(site.origin))).toEqual([]);
});

test('the Embed dialog saves the static fallback under the name its snippet gives, 600 px at 2×', async ({
  page,
}) => {
  await page.goto(`${site.origin}/b/index.html?from=2023-01-01&to=2023-12-31`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Export timeline' }).click();
  await page.getByRole('menuitem', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  const name = 'aidline-timeline-2023-01-01_2023-12-31.png';
  expect(await dialog.getByLabel('1. Paste where the chart goes').inputValue()).toContain(
    `<img src="${name}"`,
  );
  const saved = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save the fallback PNG' }).click();
  const fallback = await saved;
  expect(fallback.suggestedFilename()).toBe(name);
  const png = await readFile(await fallback.path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1200);
  await expect(dialog.getByRole('status').last()).toHaveText(
    `Saved ${name} (1200 × ${png.readUInt32BE(20)} px).`,
  );
});

test('an embed address with an unknown chart says which parameter is wrong', async ({ page }) => {
  await page.goto(`${site.origin}/b/embed.html?chart=map`);
  await expect(page.getByRole('alert')).toContainText('chart=“map” is not a chart');
});
