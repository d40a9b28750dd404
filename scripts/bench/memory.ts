import type { Page } from '@playwright/test';

/**
 * The headers that isolate a page across origins, which `performance.measureUserAgentSpecificMemory()`
 * requires. Everything the bench serves is same-origin, so they change nothing else.
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Chromium otherwise answers a memory measurement only after its next scheduled garbage collection. */
export const MEMORY_ARGS = ['--enable-blink-features=ForceEagerMeasureMemory'];

/** In MB of 1024 × 1024 bytes. */
export interface MemoryUse {
  /** JavaScript heaps of every thread of the page: the window and every live worker. */
  jsAllThreads: number;
  /** The window's JavaScript heap. */
  jsMain: number;
  /** The JavaScript heaps of the page's live workers. */
  jsWorkers: number;
  workers: number;
  /** Everything the measurement attributes to the page (JavaScript, DOM, shared). */
  total: number;
}

interface Breakdown {
  bytes: number;
  types: string[];
  attribution: { scope: string; url: string }[];
}

const MB = 1024 * 1024;

/**
 * Collects garbage on the main thread, then asks Chromium for the memory of every thread of the page
 * (`performance.measureUserAgentSpecificMemory()`, which counts dedicated workers).
 */
export async function measureMemory(page: Page): Promise<MemoryUse> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  const result = await page.evaluate(async () => {
    const measure = (
      performance as unknown as {
        measureUserAgentSpecificMemory?: () => Promise<{ bytes: number; breakdown: Breakdown[] }>;
      }
    ).measureUserAgentSpecificMemory;
    if (!crossOriginIsolated || measure === undefined) return null;
    return measure.call(performance);
  });
  if (result === null)
    throw new Error(
      'performance.measureUserAgentSpecificMemory() is unavailable (page not cross-origin isolated)',
    );
  let jsMain = 0;
  let jsWorkers = 0;
  const workers = new Set<string>();
  for (const entry of result.breakdown) {
    if (!entry.types.includes('JavaScript')) continue;
    const scopes = entry.attribution.map((a) => a.scope);
    if (scopes.includes('DedicatedWorkerGlobalScope')) {
      jsWorkers += entry.bytes;
      for (const a of entry.attribution) workers.add(a.url);
    } else jsMain += entry.bytes;
  }
  return {
    jsAllThreads: (jsMain + jsWorkers) / MB,
    jsMain: jsMain / MB,
    jsWorkers: jsWorkers / MB,
    workers: workers.size,
    total: result.bytes / MB,
  };
}
