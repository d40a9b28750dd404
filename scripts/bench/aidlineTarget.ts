import type { Page } from '@playwright/test';
import { DATASET_SETTLED_MARK } from '../../src/data/datasetChecks';
import { benchDataPath } from './benchSizes';
import type { BenchTarget } from './firstRender';
import { shippedAppPage } from './shippedApps';

/** Aidline's timeline: its event marks are glyphs and clusters, never titles, axes or the SVG's <title>. */
const aidline = (name: string, url: BenchTarget['url']): BenchTarget => ({
  name,
  url,
  probe: {
    marks: 'svg[data-export="timeline"] :is(.tl-glyph, .tl-cluster)',
    root: 'svg[data-export="timeline"]',
  },
  failure: async (page) => {
    const alert = page.locator('.gate-error[role="alert"]');
    if ((await alert.count()) === 0) return null;
    const lines = (await alert.innerText()).split('\n').filter((line) => line.trim() !== '');
    return lines.slice(0, 2).join(': ');
  },
  timeoutMs: 120_000,
  settled: (page) => datasetSettled(page, 120_000),
});

/**
 * Resolves once the page's dataset has passed its check (the worker that ran it has ended) and its strings
 * are shared; rejects after `timeoutMs`.
 */
export async function datasetSettled(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
    DATASET_SETTLED_MARK,
    { timeout: timeoutMs, polling: 100 },
  );
}

/**
 * Aidline as deployed with the size's dataset as its own `data/dataset.json` (the build's for the seed
 * data, a deployment under shipped/ for a generated size), opened without `?dataset=`: the page draws
 * the file as soon as it has parsed it, and a worker verifies it afterwards.
 */
export const AIDLINE = aidline('Aidline', (server, size) => `${server.url}${shippedAppPage(size)}`);

/**
 * Aidline with the size's generated file named by `?dataset=`, as a visitor opens a file of their own:
 * a worker validates it before anything is drawn.
 */
export const AIDLINE_OWN_FILE = aidline(
  'Aidline, ?dataset= file',
  (server, size) => `${server.url}index.html?dataset=${benchDataPath(size)}`,
);
