import type { Browser, Page } from '@playwright/test';
import { measureMemory, type MemoryUse } from './memory';
import { pageProbeScript, type PageProbe, type ProbeTargets } from './pageProbe';
import { reasonOf } from './results';
import type { StaticServer } from './staticServer';
import { transferBefore, type SizeCache, type Transfer } from './transfer';

export const VIEWPORT = { width: 1440, height: 900 };

/** A page the bench can load and probe: Aidline, or a peer drawing the same data. */
export interface BenchTarget {
  name: string;
  /** The page's address showing the dataset of a size (`seed`, `1k`, …) served beside it. */
  url: (server: StaticServer, size: string) => string;
  probe: ProbeTargets;
  /** What the page shows when it could not load the data, in words, or null. */
  failure?: (page: Page) => Promise<string | null>;
  /** How long the first marks may take before the bench gives up. */
  timeoutMs: number;
  /** Waits until the work the page does after its first view (a check of its data, say) has ended. */
  settled?: (page: Page) => Promise<void>;
  /** Script run in the page before its own, after the probe's (an observer of long tasks, say). */
  initScript?: string;
}

export interface LoadedPage {
  page: Page;
  /** Navigation start to the end of the first painted frame with event marks, in the page's clock. */
  firstRenderMs: number;
  /** Every file the page and its workers asked for before that frame, by type. */
  transfer: Transfer;
  /** Memory of the page's threads once the load has settled (the network idle and the page's own work done). */
  memory: MemoryUse;
}

/** Why the page could not be measured, in words for the table. */
export class PageNotReady extends Error {}

/** The reason a measure is missing: what the page lacked, or what failed. */
export function whyNotMeasured(error: unknown): string {
  return error instanceof PageNotReady ? error.message : `failed: ${reasonOf(error)}`;
}

const probeOf = (page: Page) => page.evaluate(() => (window as unknown as { __probe: PageProbe }).__probe);

/**
 * Opens a fresh page at the target's address for a size, waits for the end of the first painted frame with event
 * marks, counts what was fetched before it, and measures memory once the load has settled: the network
 * idle and, for a target that says how, its own work after the first view ended.
 */
export async function openPage(
  browser: Browser,
  server: StaticServer,
  target: BenchTarget,
  size: string,
  sizes: SizeCache,
): Promise<LoadedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: pageProbeScript(target.probe) + (target.initScript ?? '') });
    const firstServed = server.served.length;
    await page.goto(target.url(server, size), { waitUntil: 'commit' });
    const deadline = Date.now() + target.timeoutMs;
    for (;;) {
      const { firstMarks } = await probeOf(page);
      if (firstMarks !== null) break;
      const failure = (await target.failure?.(page)) ?? null;
      if (failure !== null) throw new PageNotReady(`the page showed: ${failure}`);
      if (Date.now() > deadline)
        throw new PageNotReady(`no event marks (${target.probe.marks}) within ${target.timeoutMs / 1000} s`);
      await page.waitForTimeout(50);
    }
    const { firstMarks, until } = await page.evaluate(() => {
      const ms = (window as unknown as { __probe: PageProbe }).__probe.firstMarks ?? 0;
      return { firstMarks: ms, until: performance.timeOrigin + ms };
    });
    const transfer = await transferBefore(server.served.slice(firstServed), until, sizes);
    await page.waitForLoadState('networkidle');
    await target.settled?.(page);
    return { page, firstRenderMs: firstMarks, transfer, memory: await measureMemory(page) };
  } catch (error) {
    await context.close();
    throw error;
  }
}
