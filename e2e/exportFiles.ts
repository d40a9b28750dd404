import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A file the app offered for download: its suggested name and its bytes. */
export interface Saved {
  name: string;
  bytes: Buffer;
}

export const MENU_NAMES = {
  timeline: 'Export timeline',
  figures: 'Export figures chart',
  'figures-time': 'Export figures over time chart',
  dashboard: 'Export dashboard',
} as const;
export type Target = keyof typeof MENU_NAMES;

export const menuButton = (page: Page, target: Target): Locator =>
  page.getByRole('button', { name: MENU_NAMES[target], exact: true });

/** Opens a menu and downloads a data file from it. */
export async function exportFile(page: Page, target: Target, item: RegExp): Promise<Saved> {
  await menuButton(page, target).click();
  return saved(page, page.getByRole('menuitem', { name: item }));
}

export async function saved(page: Page, control: Locator): Promise<Saved> {
  const [download] = await Promise.all([page.waitForEvent('download'), control.click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Opens the publish dialog of a chart from its export menu; waits for the preview. */
export async function openDialog(page: Page, target: Target): Promise<Locator> {
  await menuButton(page, target).click();
  await page.getByRole('menuitem', { name: /Image \(PNG, SVG\)/ }).click();
  return dialogShown(page);
}

export async function dialogShown(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img')).toBeVisible({ timeout: 20_000 });
  return dialog;
}

/** Downloads the SVG from the open dialog, once the preview shows the current settings. */
export async function dialogSvg(page: Page, dialog: Locator): Promise<Saved & { text: string }> {
  const file = await saved(page, dialog.getByRole('button', { name: 'Download SVG' }));
  return { ...file, text: file.bytes.toString('utf8') };
}

/** Width and height from a PNG's IHDR chunk (bytes 16..24), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Decodes a PNG in the page: how much its pixels vary (0 for a blank image), and a hash of the pixels in
 * its headline's band (the top 60 CSS pixels at 3×), which changes when the headline does.
 */
export async function pngPixels(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const counts = new Map<number, number>();
    let sum = 0;
    let sumSq = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += luma;
      sumSq += luma * luma;
      const key = (r << 16) | (g << 8) | b;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let hash = 0;
    const band = bitmap.width * Math.min(bitmap.height, 180) * 4;
    for (let i = 0; i < band; i += 4) hash = (hash * 31 + (data[i] ?? 0)) | 0;
    const background = Math.max(...counts.values());
    return {
      width: bitmap.width,
      height: bitmap.height,
      lumaStd: Math.sqrt(sumSq / n - (sum / n) ** 2),
      colours: counts.size,
      nonBackgroundShare: 1 - background / n,
      corner: [data[0], data[1], data[2]],
      headlineBand: String(hash),
    };
  }, png.toString('base64'));
}

/**
 * Parses SVG text in the page, as a browser would open the file. The embedded font's <style> is left
 * out: a document parsed in the page falls under the page's CSP, which a file opened on its own does not.
 */
export async function parseSvgInPage(page: Page, svg: string) {
  return page.evaluate(
    (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const line = (role: string) =>
        [...root.querySelectorAll(`text[data-role="${role}"]`)].map((t) => t.textContent).join(' ');
      return {
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? null,
        keys: [...root.querySelectorAll('[data-legend]')].map((k) => k.getAttribute('data-legend') ?? ''),
        lines: {
          headline: line('headline'),
          description: line('description'),
          heading: line('heading'),
          source: line('source'),
          notes: line('notes'),
        },
        text: root.textContent,
      };
    },
    svg.replace(/<style>[^<]*<\/style>/, ''),
  );
}

/**
 * The notes that explain flags: how many flag marks head them, and their lines (indented after the
 * mark, a wrapped line too).
 */
export async function flagNotes(page: Page, svg: string): Promise<{ marks: number; lines: string[] }> {
  return page.evaluate(
    (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      // A flag mark is a triangle with "!" in it, drawn beside the notes rather than in a chart.
      const marks = [...root.children].filter((c) => c.tagName === 'g' && c.textContent === '!').length;
      const notes = [...root.querySelectorAll(':scope > text[data-role="notes"]')];
      const left = Math.min(...notes.map((t) => Number(t.getAttribute('x'))));
      const lines = notes.filter((t) => Number(t.getAttribute('x')) > left).map((t) => t.textContent);
      return { marks, lines };
    },
    svg.replace(/<style>[^<]*<\/style>/, ''),
  );
}

export function expectInert(svg: string) {
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/\son[a-z]+=/i);
  expect(svg).not.toMatch(/href="http/i);
  expect(svg).not.toMatch(/url\(["']?http/i);
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).not.toContain('var(--');
}

/** The "N of M figures" count the summary bar shows for the current filters. */
export async function shownFigures(page: Page): Promise<number> {
  const text = (await page.locator('.summary-bar').textContent()) ?? '';
  const match = /(\d+) of \d+ figures/.exec(text);
  if (match === null) throw new Error(`no figure count in "${text}"`);
  return Number(match[1]);
}

export function column(rows: string[][], name: string): string[] {
  const index = (rows[0] ?? []).indexOf(name);
  expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[index] ?? '');
}

/** Fails a test whose page logged a console error or broke the Content-Security-Policy. */
export function watchProblems(): void {
  // Asking for `problems` here starts recording before each test: console errors and CSP violations.
  test.beforeEach(({ problems }) => {
    expect(problems.cspViolations).toEqual([]);
  });

  test.afterEach(({ problems }) => {
    expect(problems.cspViolations, 'CSP violations').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
}
