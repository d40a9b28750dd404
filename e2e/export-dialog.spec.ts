import { axeViolations, expect, test, useTheme, waitForApp } from './fixtures';
import {
  dialogShown,
  dialogSvg,
  expectInert,
  menuButton,
  openDialog,
  parseSvgInPage,
  pngPixels,
  pngSize,
  saved,
  watchProblems,
} from './exportFiles';

test.describe('publish dialog', () => {
  watchProblems();
  test.beforeEach(async ({ page }) => {
    await useTheme(page, 'light');
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
    // The name tells this file from the other widths, colours and densities of the same view.
    expect(png.name).toMatch(/-light-800px@3x\.png$/);
    expect(svgFile.name).toMatch(/-light-800px\.svg$/);
    // The file carries its headline and alt text, and is placed at 800 px wide: 3x is 288 dpi.
    expect(png.bytes.includes(Buffer.from('iTXtTitle\0\0\0\0\0Aid <pledged> & “delivered”'))).toBe(true);
    expect(png.bytes.includes(Buffer.from('iTXtDescription\0'))).toBe(true);
    const physAt = png.bytes.indexOf('pHYs');
    expect(Math.round((png.bytes.readUInt32BE(physAt + 4) * 0.0254) / 96)).toBe(3);
    const size = pngSize(png.bytes);
    expect(size).toEqual({ width: 800 * 3, height: svg.height * 3 });
    const pixels = await pngPixels(page, png.bytes);
    expect(pixels.nonBackgroundShare).toBeGreaterThan(0.02);
    // The headline is drawn in the PNG: its band differs from the same image with another headline.
    await dialog.getByRole('textbox', { name: 'Headline' }).fill('Another title');
    await expect(dialog.getByRole('img')).toHaveAccessibleName(/Another title/);
    const other = await saved(page, dialog.getByRole('button', { name: 'Download PNG' }));
    expect((await pngPixels(page, other.bytes)).headlineBand).not.toBe(pixels.headlineBand);
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
