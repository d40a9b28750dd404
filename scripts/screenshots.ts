/**
 * Screenshots of the whole app and each view, at 1440 × 900 and 375 × 812, light and dark, for people to
 * look at (they assert nothing, so they are not part of `npm test`).
 *
 *   npm run screenshots                    build, serve from a sub-folder, write screenshots/*.png
 *   npm run screenshots -- --only figures  only the views whose name starts with one of these (comma list)
 *   npm run screenshots -- --out DIR       write the files to DIR instead of screenshots/
 *   npm run screenshots -- --docs          also write the README's picture, docs/screenshot.png
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { buildApp } from './bench/buildApp';
import { chromiumStatus, ensureBrowser, launchChromium } from './bench/chromium';
import { serveStatic } from './bench/staticServer';
import { viewsOf, type View } from './screenshots/views';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = '.dist-screenshots';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
] as const;
const THEMES = ['light', 'dark'] as const;
const DOCS_PICTURE = { view: 'app', width: 1440, theme: 'light', file: 'docs/screenshot.png' } as const;
const USAGE = 'usage: npm run screenshots -- [--only NAME,...] [--out DIR] [--docs]';

interface Args {
  out: string;
  only: string[];
  docs: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { out: 'screenshots', only: [], docs: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--docs') args.docs = true;
    else if (arg === '--out' || arg === '--only') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      if (arg === '--out') args.out = value;
      else args.only = value.split(',').filter((name) => name !== '');
    } else return `unknown argument "${String(arg)}"`;
  }
  return args;
}

async function shoot(
  browser: Browser,
  url: string,
  view: View,
  size: { width: number; height: number },
  theme: 'light' | 'dark',
  path: string,
): Promise<void> {
  const page = await browser.newPage({ viewport: { width: size.width, height: view.height ?? size.height } });
  try {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto(`${url}${view.query}`);
    await page.locator('.workspace').waitFor({ timeout: 30_000 });
    await page.locator(`html[data-theme="${theme}"]`).waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await view.prepare?.(page, size.width);
    if (view.target === undefined) {
      await drawnThroughout(page);
      await page.screenshot({ path, fullPage: true, animations: 'disabled' });
    } else {
      const target = view.target(page);
      await settledInView(target);
      await target.screenshot({ path, animations: 'disabled' });
    }
  } finally {
    await page.close();
  }
}

/**
 * Scrolls the page from top to bottom and back, and waits until no part is still loading: a whole-page
 * picture then shows every part drawn, as a reader scrolling down sees it, not the boxes that hold the
 * place of parts whose code is fetched when they come near the viewport.
 */
async function drawnThroughout(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()?.height ?? 800;
  for (let y = 0; y < height; y += step) {
    await page.evaluate((top) => {
      window.scrollTo(0, top);
    }, y);
    await page.waitForTimeout(100);
  }
  await page.locator('.on-demand-loading').first().waitFor({ state: 'detached', timeout: 15_000 });
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}

/**
 * Scrolls a part into view and waits until its box stops moving: parts further down draw their
 * content once they come near the viewport, which moves what follows them.
 */
async function settledInView(target: Locator): Promise<void> {
  let last = '';
  for (let tries = 0; tries < 40; tries += 1) {
    await target.scrollIntoViewIfNeeded();
    await target.page().waitForTimeout(150);
    const box = JSON.stringify(await target.boundingBox());
    if (box === last) return;
    last = box;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`screenshots: ${args}\n${USAGE}`);
    return 2;
  }
  const dataset = JSON.parse(await readFile(join(ROOT, 'public/data/dataset.json'), 'utf8')) as Dataset;
  const all = viewsOf(dataset);
  const views =
    args.only.length === 0 ? all : all.filter((v) => args.only.some((name) => v.name.startsWith(name)));
  if (views.length === 0) {
    console.error(`screenshots: no view starts with ${args.only.join(' or ')}; the views are:`);
    console.error(all.map((v) => `  ${v.name}`).join('\n'));
    return 2;
  }
  if (!chromiumStatus().ok) await ensureBrowser(ROOT);
  const status = chromiumStatus();
  if (!status.ok) {
    console.error(`screenshots: ${status.reason}`);
    return 1;
  }

  console.error(`building the app into ${DIST}/`);
  await buildApp(ROOT, DIST);
  const server = await serveStatic({ root: join(ROOT, DIST), base: '/aidline/' });
  const browser = await launchChromium();
  const out = resolve(ROOT, args.out);
  await mkdir(out, { recursive: true });
  let failed = 0;
  try {
    for (const view of views)
      for (const size of SIZES)
        for (const theme of THEMES) {
          const path = join(out, `${view.name}-${size.width}-${theme}.png`);
          try {
            await shoot(browser, server.url, view, size, theme, path);
            console.log(relative(ROOT, path));
          } catch (error) {
            failed++;
            const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
            console.error(`screenshots: ${view.name} at ${size.width}px, ${theme}: ${message ?? ''}`);
          }
        }
    const docs = all.find((v) => v.name === DOCS_PICTURE.view);
    if (args.docs && docs !== undefined) {
      const size = { width: DOCS_PICTURE.width, height: 900 };
      await shoot(browser, server.url, docs, size, DOCS_PICTURE.theme, join(ROOT, DOCS_PICTURE.file));
      console.log(DOCS_PICTURE.file);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (failed > 0) console.error(`screenshots: ${failed} could not be taken`);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
