import type { Locator, Page } from '@playwright/test';
import { measureBase } from './catalog';
import { PageNotReady, whyNotMeasured } from './firstRender';
import { measured, notMeasured, type BenchResult } from './results';
import { summarize } from './stats';

/** The publish dialog's download buttons; the PNG is at the dialog's default density, 2x. */
const FORMATS = [
  { id: 'browser.exportPng2x.seed', button: 'Download PNG', scale: '2x' },
  { id: 'browser.exportSvg.seed', button: 'Download SVG', scale: null },
] as const;

const MENU_ITEM = /Image \(PNG, SVG\)/;
const WAIT_MS = 30_000;

/** Opens the timeline's export menu and returns its image item, or explains why it cannot. */
async function imageItem(page: Page): Promise<Locator> {
  const button = page.getByRole('button', { name: 'Export timeline', exact: true }).first();
  if ((await button.count()) === 0) throw new PageNotReady('the timeline has no export button');
  if (await button.isDisabled()) throw new PageNotReady('the timeline export button is disabled');
  await button.click();
  const entry = page.getByRole('menuitem', { name: MENU_ITEM }).first();
  if ((await entry.count()) === 0)
    throw new PageNotReady(`the export menu has no item matching ${String(MENU_ITEM)}`);
  if ((await entry.getAttribute('aria-disabled')) === 'true')
    throw new PageNotReady('the image item of the export menu is unavailable');
  return entry;
}

/**
 * One export as a person makes it: choose "Image (PNG, SVG)" in the timeline's menu, wait for the publish
 * dialog's preview (the image composed, measured and written), press the download button, wait for the
 * file; then close the dialog. Returns the time from the menu click to the download event, in ms.
 */
async function exportOnce(page: Page, format: (typeof FORMATS)[number]): Promise<number> {
  const entry = await imageItem(page);
  const start = performance.now();
  await entry.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('img').waitFor({ state: 'visible', timeout: WAIT_MS });
  if (format.scale !== null) {
    const scale = dialog.getByRole('radio', { name: format.scale, exact: true });
    if (!(await scale.isChecked()))
      throw new PageNotReady(`the dialog's default PNG density is not ${format.scale}`);
  }
  const button = dialog.getByRole('button', { name: format.button, exact: true });
  const download = page.waitForEvent('download', { timeout: WAIT_MS });
  await button.click({ timeout: WAIT_MS });
  await download;
  const ms = performance.now() - start;
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden', timeout: WAIT_MS });
  return ms;
}

/** Time from choosing the image export to the download event, for PNG at 2x and SVG of the timeline. */
export async function exportTimes(page: Page, runs: number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const format of FORMATS) {
    const base = measureBase(format.id);
    try {
      const samples: number[] = [];
      // The first export loads the export code and the font: a warm-up, not counted.
      for (let i = 0; i < runs + 1; i++) {
        const ms = await exportOnce(page, format);
        if (i > 0) samples.push(ms);
      }
      results.push(
        measured(
          base,
          summarize(samples),
          `click on "Image (PNG, SVG)" in the timeline's export menu, through the publish dialog's preview (600 px, light), to the download event of "${format.button}"`,
        ),
      );
    } catch (error) {
      results.push(notMeasured(base, whyNotMeasured(error)));
    }
  }
  return results;
}
