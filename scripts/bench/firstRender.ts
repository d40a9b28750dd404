import type { Browser, Page } from '@playwright/test';
import { pageProbeScript, TIMELINE_SELECTOR, type PageProbe } from './pageProbe';

export const VIEWPORT = { width: 1440, height: 900 };
const LOAD_TIMEOUT = 90_000;
/** How long the timeline may take to draw once the workspace is there, before the bench gives up. */
const MARKS_TIMEOUT = 20_000;

export interface LoadedPage {
  page: Page;
  /** Data arrived (end of the dataset response) to the end of the first frame with timeline marks. */
  firstRenderMs: number;
  /** JS heap in use after a forced garbage collection, in MB of 1024 × 1024 bytes. */
  heapMB: number;
}

/** Why the page could not be measured, in words for the table. */
export class PageNotReady extends Error {}

async function probe(page: Page): Promise<PageProbe> {
  return page.evaluate(() => (window as unknown as { __probe: PageProbe }).__probe);
}

export async function heapUsedMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new PageNotReady('Chromium reported no JSHeapUsedSize');
  return used / (1024 * 1024);
}

/**
 * Opens the app with `?dataset=` (or its bundled dataset), waits until the timeline has drawn its
 * marks, and reads how long that took after the dataset response ended (both in the page's clock).
 */
export async function openApp(
  browser: Browser,
  appUrl: string,
  datasetPath: string | null,
): Promise<LoadedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: pageProbeScript(TIMELINE_SELECTOR) });
    const query = datasetPath === null ? '' : `?dataset=${datasetPath}`;
    await page.goto(`${appUrl}index.html${query}`);
    const settled = page.locator('.workspace, [role="alert"]').first();
    await settled.waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
    const alert = page.locator('.gate-error[role="alert"]');
    if ((await alert.count()) > 0) {
      const lines = (await alert.innerText()).split('\n').filter((line) => line.trim() !== '');
      throw new PageNotReady(`the app showed: ${lines.slice(0, 2).join(': ')}`);
    }
    try {
      await page.waitForFunction(
        () => ((window as unknown as { __probe: PageProbe }).__probe.firstMarks ?? 0) > 0,
        null,
        { timeout: MARKS_TIMEOUT },
      );
    } catch {
      const svg = await page.locator(TIMELINE_SELECTOR).count();
      throw new PageNotReady(
        svg === 0
          ? `the page has no ${TIMELINE_SELECTOR} (timeline not built yet)`
          : `${TIMELINE_SELECTOR} stayed empty for ${MARKS_TIMEOUT / 1000} s`,
      );
    }
    const { firstMarks } = await probe(page);
    const datasetName = datasetPath ?? 'data/dataset.json';
    const responseEnd = await page.evaluate((name) => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => new URL(e.name).pathname.endsWith(`/${name}`)) as PerformanceResourceTiming | undefined;
      return entry?.responseEnd ?? null;
    }, datasetName);
    if (responseEnd === null || firstMarks === null)
      throw new PageNotReady(`no resource timing for ${datasetName}`);
    return { page, firstRenderMs: firstMarks - responseEnd, heapMB: await heapUsedMB(page) };
  } catch (error) {
    await context.close();
    throw error;
  }
}
