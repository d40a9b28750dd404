// Makes sure a Chromium exists for the end-to-end tests, installing Debian's package when Playwright
// cannot download its own. Prints one line and exits non-zero when no browser can be had.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

function fail(message) {
  console.error(`ensure-browser: ${message}`);
  process.exit(1);
}

const found = findChromium();
if (found.envPath) fail(`AIDLINE_CHROMIUM is set to ${found.envPath}, but no file is there.`);
if (found.origin !== 'none') {
  console.log(
    `ensure-browser: using ${found.origin === 'playwright' ? "Playwright's Chromium" : found.path}`,
  );
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!existsSync('/usr/bin/apt-get')) {
  fail(
    'no Chromium found and apt-get is not available; install Chromium and set AIDLINE_CHROMIUM to its path.',
  );
}
if (!isRoot) fail('no Chromium found; run `sudo apt-get install -y chromium` or set AIDLINE_CHROMIUM.');

console.log("ensure-browser: no Chromium found, installing Debian's chromium package…");
try {
  const quiet = {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  };
  execFileSync('apt-get', ['update', '-qq'], quiet);
  execFileSync(
    'apt-get',
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
    quiet,
  );
} catch {
  fail(
    'installing Chromium with apt-get failed (is the Debian mirror reachable?); set AIDLINE_CHROMIUM instead.',
  );
}
const after = findChromium();
if (after.origin === 'none') fail('apt-get finished but no Chromium executable was found.');
console.log(`ensure-browser: installed ${after.path}`);
