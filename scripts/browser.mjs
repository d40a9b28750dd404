// Finds a Chromium for Playwright: an explicit path from AIDLINE_CHROMIUM (or CHROMIUM_PATH), else
// Playwright's own download where one exists, else the system's (Debian's /usr/bin/chromium).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {{ path: string | undefined, origin: 'env' | 'playwright' | 'system' | 'none', envPath?: string }} */
export function findChromium() {
  const envPath = process.env.AIDLINE_CHROMIUM ?? process.env.CHROMIUM_PATH;
  if (envPath)
    return existsSync(envPath)
      ? { path: envPath, origin: 'env' }
      : { path: undefined, origin: 'none', envPath };
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return { path: undefined, origin: 'playwright' };
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  return system ? { path: system, origin: 'system' } : { path: undefined, origin: 'none' };
}
