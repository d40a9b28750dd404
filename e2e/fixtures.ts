import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Problems the page reported while a test ran: console errors, failed requests, CSP violations. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page, baseURL }, use) => {
    const problems: PageProblems = {
      consoleErrors: [],
      failedRequests: [],
      foreignRequests: [],
      cspViolations: [],
    };
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
    page.on('requestfailed', (request) => problems.failedRequests.push(request.url()));
    page.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.foreignRequests.push(url);
    });
    await page.exposeFunction('__reportCspViolation', (text: string) => problems.cspViolations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: (t: string) => void })
          .__reportCspViolation;
        report(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use(problems);
  },
});

export { expect };

/** Waits until the dataset has loaded and the workspace is drawn (a large dataset needs a longer timeout). */
export async function waitForApp(page: Page, timeout?: number): Promise<void> {
  await expect(page.locator('.workspace')).toBeVisible(timeout === undefined ? undefined : { timeout });
}

/** Runs axe-core on the page and returns its violations, summarised for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => {
      const why = n.any[0]?.message ?? n.all[0]?.message ?? '';
      return `${n.target.join(' ')}${why === '' ? '' : ` (${why})`}`;
    });
    return `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${nodes.join(', ')}`;
  });
}

/** Forces a theme the way a person would have chosen it, before the page loads. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
}
