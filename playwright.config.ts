import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the install script
import { findChromium, CHROMIUM_ARGS } from './scripts/browser.mjs';

const port = Number(process.env.AIDLINE_PORT ?? 4173);
const browser = (findChromium as () => { path: string | undefined })();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // axe over the whole page takes 15-30 s on a 2-core machine; leave it room.
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'off',
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS as string[] },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
  ],
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
