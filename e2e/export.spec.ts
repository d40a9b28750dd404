import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { readCsv } from '../src/test/readCsv';
import { axeViolations, expect, test, useTheme, waitForApp } from './fixtures';

/** A file the app offered for download: its suggested name and its bytes. */
interface Saved {
  name: string;
  bytes: Buffer;
}

const MENU_NAMES = {
  timeline: 'Export timeline',
  figures: 'Export figures chart',
  'figures-time': 'Export figures over time chart',
  dashboard: 'Export dashboard',
} as const;
type Target = keyof typeof MENU_NAMES;

const menuButton = (page: Page, target: Target): Locator =>
  page.getByRole('button', { name: MENU_NAMES[target], exact: true });

/** Opens a menu and downloads a data file from it. */
async function exportFile(page: Page, target: Target, item: RegExp): Promise<Saved> {
  await menuButton(page, target).click();
  return saved(page, page.getByRole('menuitem', { name: item }));
}

async function saved(page: Page, control: Locator): Promise<Saved> {
  const [download] = await Promise.all([page.waitForEvent('download'), control.click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Opens the publish dialog of a chart from its export menu; waits for the preview. */
async function openDialog(page: Page, target: Target): Promise<Locator> {
  await menuButton(page, target).click();
  await page.getByRole('menuitem', { name: /Image \(PNG, SVG\)/ }).click();
  return dialogShown(page);
}

async function dialogShown(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img')).toBeVisible({ timeout: 20_000 });
  return dialog;
}

/** Downloads the SVG from the open dialog, once the preview shows the current settings. */
async function dialogSvg(page: Page, dialog: Locator): Promise<Saved & { text: string }> {
  const file = await saved(page, dialog.getByRole('button', { name: 'Download SVG' }));
  return { ...file, text: file.bytes.toString('utf8') };
}

/** Width and height from a PNG's IHDR chunk (bytes 16..24), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes a PNG in the page and measures how much its pixels vary (0 for a blank image). */
async function pixelStats(page: Page, png: Buffer) {
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
    const background = Math.max(...counts.values());
    return {
      width: bitmap.width,
      height: bitmap.height,
      lumaStd: Math.sqrt(sumSq / n - (sum / n) ** 2),
      colours: counts.size,
      nonBackgroundShare: 1 - background / n,
      corner: [data[0], data[1], data[2]],
    };
  }, png.toString('base64'));
}

/** A hash of the pixels in the headline's band (the top 60 CSS pixels) of a PNG. */
async function headlineBand(page: Page, png: Buffer): Promise<string> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, Math.min(bitmap.height, 180));
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) hash = (hash * 31 + (data[i] ?? 0)) | 0;
    return String(hash);
  }, png.toString('base64'));
}

/**
 * Parses SVG text in the page, as a browser would open the file. The embedded font's <style> is left
 * out: a document parsed in the page falls under the page's CSP, which a file opened on its own does not.
 */
async function parseSvgInPage(page: Page, svg: string) {
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
async function flagNotes(page: Page, svg: string): Promise<{ marks: number; lines: string[] }> {
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

function expectInert(svg: string) {
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/\son[a-z]+=/i);
  expect(svg).not.toMatch(/href="http/i);
  expect(svg).not.toMatch(/url\(["']?http/i);
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).not.toContain('var(--');
}

/** The "N of M figures" count the summary bar shows for the current filters. */
async function shownFigures(page: Page): Promise<number> {
  const text = (await page.locator('.summary-bar').textContent()) ?? '';
  const match = /(\d+) of \d+ figures/.exec(text);
  if (match === null) throw new Error(`no figure count in "${text}"`);
  return Number(match[1]);
}

function column(rows: string[][], name: string): string[] {
  const index = (rows[0] ?? []).indexOf(name);
  expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[index] ?? '');
}

test.describe('export', () => {
  // Asking for `problems` here starts recording before each test: console errors and CSP violations.
  test.beforeEach(async ({ page, problems }) => {
    expect(problems.cspViolations).toEqual([]);
    await useTheme(page, 'light');
  });

  test.afterEach(({ problems }) => {
    expect(problems.cspViolations, 'CSP violations').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });

  test('the menu and the dialog work from the keyboard and return focus', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page, 30_000);
    const button = menuButton(page, 'dashboard');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    const items = menu.getByRole('menuitem');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const dialog = await dialogShown(page);
    await expect(dialog.getByRole('textbox', { name: 'Headline' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    expect(new URL(page.url()).searchParams.has('publish')).toBe(false);
  });

  for (const [theme, width] of [
    ['light', 1440],
    ['dark', 375],
  ] as const) {
    test(`the dialog passes axe and fits a ${width} px page in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./?publish=figures');
      await waitForApp(page, 30_000);
      const dialog = await dialogShown(page);
      const box = await dialog.boundingBox();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the headline typed in the dialog is in the SVG and the PNG, at width × scale pixels', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForApp(page, 30_000);
    const dialog = await openDialog(page, 'figures');
    await dialog.getByRole('textbox', { name: 'Headline' }).fill('Aid <pledged> & “delivered”');
    await dialog.getByRole('radio', { name: '800 px' }).check();
    await dialog.getByRole('radio', { name: '3x' }).check();
    await expect(dialog.getByRole('img')).toHaveAccessibleName(/Aid <pledged> & “delivered”/);
    const svgFile = await dialogSvg(page, dialog);
    expectInert(svgFile.text);
    const svg = await parseSvgInPage(page, svgFile.text);
    expect(svg.parseError).toBeNull();
    expect(svg.lines.headline).toBe('Aid <pledged> & “delivered”');
    expect(svg.width).toBe(800);
    expect(svgFile.text).toContain("@font-face{font-family:'Inter Variable'");

    const png = await saved(page, dialog.getByRole('button', { name: 'Download PNG' }));
    expect(png.name).toMatch(/\.png$/);
    const size = pngSize(png.bytes);
    expect(size).toEqual({ width: 800 * 3, height: svg.height * 3 });
    const stats = await pixelStats(page, png.bytes);
    expect(stats.nonBackgroundShare).toBeGreaterThan(0.02);
    // The headline is drawn in the PNG: its band differs from the same image with another headline.
    const band = await headlineBand(page, png.bytes);
    await dialog.getByRole('textbox', { name: 'Headline' }).fill('Another title');
    await expect(dialog.getByRole('img')).toHaveAccessibleName(/Another title/);
    const other = await saved(page, dialog.getByRole('button', { name: 'Download PNG' }));
    expect(await headlineBand(page, other.bytes)).not.toBe(band);
    expect(new URL(page.url()).searchParams.get('headline')).toBe('Another title');
  });

  test('a download right after an edit saves the edited image, not the previous preview', async ({
    page,
  }) => {
    await page.goto('./?publish=timeline');
    await waitForApp(page, 30_000);
    const dialog = await dialogShown(page);
    await dialog.getByRole('textbox', { name: 'Headline' }).fill('Typed just before saving');
    const svg = await parseSvgInPage(page, (await dialogSvg(page, dialog)).text);
    expect(svg.lines.headline).toBe('Typed just before saving');
  });

  test('the key names the stages drawn, and no export names a source id', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page, 30_000);
    const json = JSON.parse(
      (await exportFile(page, 'dashboard', /Download data \(JSON\)/)).bytes.toString('utf8'),
    ) as {
      sources: { id: string }[];
      amounts: { stage: string }[];
      events: { kind: string }[];
    };
    const ids = json.sources.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(0);
    const dialog = await openDialog(page, 'dashboard');
    await dialog.getByRole('checkbox', { name: /full provenance/ }).check();
    const file = await dialogSvg(page, dialog);
    const svg = await parseSvgInPage(page, file.text);
    for (const id of ids) expect(file.text.includes(id), `source id ${id} in the SVG`).toBe(false);
    const stages = new Set(json.amounts.map((a) => a.stage));
    expect(new Set(svg.keys.filter((k) => k.startsWith('stage-')))).toEqual(
      new Set([...stages].map((s) => `stage-${s}`)),
    );
    const kinds = new Set(json.events.map((e) => `kind-${e.kind}`));
    const keyKinds = svg.keys.filter((k) => k.startsWith('kind-') && kinds.has(k));
    expect(keyKinds.length).toBeGreaterThan(0);
    expect(svg.lines.heading).toContain('Timeline of events');
    expect(svg.lines.source).toMatch(/^Sources: .+ · \d+ articles · Aidline$/);
    expect(svg.text).toContain('USD basis');
  });

  test('caption and file name say the window and the figures drawn in it', async ({ page }) => {
    await page.goto('./?figview=time&window=2023-09-25,2023-10-01&publish=figures-time');
    await waitForApp(page, 30_000);
    const dialog = await dialogShown(page);
    const file = await dialogSvg(page, dialog);
    const svg = await parseSvgInPage(page, file.text);
    const count = Number(/(\d+) figures?/.exec(svg.lines.description)?.[1]);
    expect(count).toBeGreaterThan(0);
    // The window ends at the start of 1 Oct: it shows 25 to 30 September.
    expect(svg.lines.description).toContain('25–30 Sep 2023');
    expect(file.name).toBe(`aidline-figures-time-2023-09-25_2023-09-30-${count}-figures.svg`);
    // A section with no figure in the window is not drawn as an empty panel; a note names it.
    expect(svg.text).not.toMatch(/· 0 figures/);
    expect(svg.lines.notes).toMatch(
      /Not drawn: running totals \(\d+ figures?\), (all )?dated outside this window\./,
    );
    // Each flag drawn is explained inside the image, after its mark, in plain words; bounded at 600 px.
    const flags = await flagNotes(page, file.text);
    expect(flags.marks).toBeGreaterThan(0);
    expect(flags.marks).toBeLessThanOrEqual(3);
    expect(flags.lines.length).toBeLessThanOrEqual(2 * flags.marks);
    expect(flags.lines.join(' ')).toContain('written as $1.54B');
    expect(flags.lines.join(' ')).not.toMatch(/implies|USD\/|see the CSV|"/);
  });

  test('the timeline image titles every event on its own at each width', async ({ page }) => {
    for (const width of [600, 800, 1200]) {
      await page.goto(`./?publish=timeline&pw=${width}`);
      await waitForApp(page, 30_000);
      const dialog = await dialogShown(page);
      const file = await dialogSvg(page, dialog);
      const svg = await parseSvgInPage(page, file.text);
      const events = Number(/^(\d+) events/.exec(svg.lines.description)?.[1]);
      expect(events, `${width} px`).toBeGreaterThan(20);
      expect(svg.lines.notes, `${width} px`).not.toContain('Named one by one');
      expect(svg.keys, `${width} px`).not.toContain('cluster');
      await page.keyboard.press('Escape');
    }
  });

  test('a dashboard in a window dates the events it follows, not the figures it does not', async ({
    page,
  }) => {
    await page.goto('./?window=2023-09-25,2023-10-01&publish=dashboard');
    await waitForApp(page, 30_000);
    const dialog = await dialogShown(page);
    const file = await dialogSvg(page, dialog);
    const svg = await parseSvgInPage(page, file.text);
    expect(svg.lines.description).toMatch(
      /^\d+ events from 25–30 Sep 2023, and \d+ figures in US dollars, of all dates\.$/,
    );
    // The headline dates each part as drawn: the events in the window, the figures over their own dates.
    expect(svg.lines.headline).toMatch(/^Events, 25–30 Sep 2023, and military aid figures, \S.* \d{4}$/);
  });

  test('a filtered export says so in its caption and file name', async ({ page }) => {
    await page.goto('./?from=2023-01-01&to=2023-12-31&publish=figures');
    await waitForApp(page, 30_000);
    const dialog = await dialogShown(page);
    const file = await dialogSvg(page, dialog);
    expect(file.name).toMatch(/^aidline-figures-2023-\d\d-\d\d_2023-\d\d-\d\d-filtered-\d+-figures\.svg$/);
    const svg = await parseSvgInPage(page, file.text);
    expect(svg.lines.description).toMatch(/Filtered to .*2023/);
  });

  test('a link reproduces the dialog’s settings: width, dark colours, text', async ({ page }) => {
    await page.goto('./?timeline=table&publish=dashboard&pw=1200&ptheme=dark&byline=Graphic%3A+A.+Writer');
    await waitForApp(page, 30_000);
    const dialog = await dialogShown(page);
    await expect(dialog.getByRole('radio', { name: '1200 px' })).toBeChecked();
    const file = await dialogSvg(page, dialog);
    const svg = await parseSvgInPage(page, file.text);
    expect(svg.width).toBe(1200);
    expect(svg.background).toBe('#161b22');
    expect(svg.text).toContain('Graphic: A. Writer');
    // The timeline shows its table on the page; the image still draws it.
    expect(svg.lines.heading).toContain('Timeline of events');
  });

  test('the events CSV and the JSON hold the shown events and figures with citations', async ({ page }) => {
    await page.goto('./?from=2023-01-01&to=2023-12-31');
    await waitForApp(page, 30_000);
    const summary = (await page.locator('.summary-bar').textContent()) ?? '';
    const shownEvents = Number(/(\d+) of \d+ events/.exec(summary)?.[1] ?? NaN);

    const events = await exportFile(page, 'dashboard', /Download events \(CSV\)/);
    expect(events.name).toBe('aidline-events-2023-01-01_2023-12-31.csv');
    const rows = readCsv(events.bytes.toString('utf8'));
    expect(rows.length - 1).toBe(shownEvents);
    for (const cell of column(rows, 'citations')) expect(cell).toMatch(/: “.+”/s);

    const json = await exportFile(page, 'dashboard', /Download data \(JSON\)/);
    expect(json.name).toBe('aidline-data-2023-01-01_2023-12-31.json');
    const data = JSON.parse(json.bytes.toString('utf8')) as {
      filters: { from: string; to: string };
      events: { id: string; citations: unknown[] }[];
      amounts: { id: string; citations: unknown[] }[];
    };
    expect(data.filters).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
    expect(data.events.map((e) => e.id)).toEqual(column(rows, 'id'));
    expect(data.amounts).toHaveLength(await shownFigures(page));
    for (const item of [...data.events, ...data.amounts]) expect(item.citations.length).toBeGreaterThan(0);
  });

  test('copy image puts a PNG on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?publish=timeline');
    await waitForApp(page, 30_000);
    const dialog = await dialogShown(page);
    await dialog.getByRole('button', { name: 'Copy image' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/Copied the image/);
    const types = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      return items.flatMap((item) => item.types);
    });
    expect(types).toContain('image/png');
  });
});
