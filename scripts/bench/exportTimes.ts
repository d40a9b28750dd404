import type { Page } from '@playwright/test';
import { measureBase } from './catalog';
import { PageNotReady } from './firstRender';
import { measured, notMeasured, reasonOf, type BenchResult } from './results';
import { summarize } from './stats';

const FORMATS = [
  { id: 'browser.exportPng2x.seed', item: /png.*2x|2x.*png/i },
  { id: 'browser.exportSvg.seed', item: /svg/i },
] as const;

/** Opens the timeline's export menu and returns the item that matches, or explains why it cannot. */
async function exportItem(page: Page, item: RegExp) {
  const button = page.getByRole('button', { name: 'Export timeline', exact: true }).first();
  if ((await button.count()) === 0) throw new PageNotReady('the timeline has no export button');
  if (await button.isDisabled())
    throw new PageNotReady('the timeline export button is disabled (export not built yet)');
  await button.click();
  const entry = page.getByRole('menuitem', { name: item }).first();
  if ((await entry.count()) === 0)
    throw new PageNotReady(`the export menu has no item matching ${String(item)}`);
  if ((await entry.getAttribute('aria-disabled')) === 'true') {
    const note = (await entry.locator('.export-menu-note').allInnerTexts()).join(' ').trim();
    throw new PageNotReady(`the export item is unavailable${note === '' ? '' : `: ${note}`}`);
  }
  return entry;
}

/** Time from choosing the export to the download event, for PNG at 2x and SVG of the timeline. */
export async function exportTimes(page: Page, runs: number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const format of FORMATS) {
    const base = measureBase(format.id);
    try {
      const samples: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const entry = await exportItem(page, format.item);
        const download = page.waitForEvent('download', { timeout: 30_000 });
        const start = performance.now();
        await entry.click();
        await download;
        if (i > 0) samples.push(performance.now() - start);
      }
      results.push(measured(base, summarize(samples), 'click on the menu item to the download event'));
    } catch (error) {
      results.push(
        notMeasured(base, error instanceof PageNotReady ? error.message : `failed: ${reasonOf(error)}`),
      );
    }
  }
  return results;
}
