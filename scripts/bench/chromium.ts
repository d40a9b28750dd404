import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the install script and the Playwright config
import { CHROMIUM_ARGS, findChromium } from '../browser.mjs';
import { MEMORY_ARGS } from './memory';

interface FoundChromium {
  path: string | undefined;
  origin: 'env' | 'playwright' | 'system' | 'none';
  envPath?: string;
}

const find = findChromium as () => FoundChromium;

/** Whether a Chromium is there to launch, and if not, why. */
export function chromiumStatus(): { ok: true } | { ok: false; reason: string } {
  const found = find();
  if (found.origin !== 'none') return { ok: true };
  return {
    ok: false,
    reason:
      found.envPath === undefined
        ? 'no Chromium found (run `node scripts/ensure-browser.mjs`)'
        : `AIDLINE_CHROMIUM points to ${found.envPath}, which does not exist`,
  };
}

/** Headless Chromium as the end-to-end tests launch it (software rendering, no GPU). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: find().path,
    args: [...(CHROMIUM_ARGS as string[]), ...MEMORY_ARGS],
    headless: true,
  });
}

/** Runs the end-to-end tests' installer (Debian's chromium when Playwright has none); never throws. */
export async function ensureBrowser(root: string): Promise<void> {
  await new Promise<void>((done) => {
    const child = spawn(process.execPath, [join(root, 'scripts/ensure-browser.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', () => {
      done();
    });
    child.on('close', () => {
      done();
    });
  });
}

/** Launches Chromium, running scripts/ensure-browser.mjs first when none is found; if none, why. */
export async function browserFor(root: string, log: (line: string) => void): Promise<Browser | string> {
  let status = chromiumStatus();
  if (!status.ok) {
    log('browser: no Chromium found, running scripts/ensure-browser.mjs');
    await ensureBrowser(root);
    status = chromiumStatus();
  }
  return status.ok ? launchChromium() : status.reason;
}
