import { mkdirSync } from 'node:fs';
import { expect, test, useTheme, waitForApp } from './fixtures';

// Screenshots of every view, light and dark, at 1440 px and 375 px, written to e2e/screenshots/ for review.
const widths = [1440, 375] as const;
const themes = ['light', 'dark'] as const;

test.describe('screenshots', () => {
  mkdirSync('e2e/screenshots', { recursive: true });
  for (const width of widths) {
    for (const theme of themes) {
      test(`app at ${width}px, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await useTheme(page, theme);
        await page.goto('./');
        await waitForApp(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.screenshot({ path: `e2e/screenshots/app-${width}-${theme}.png`, fullPage: true });
      });
    }
  }
});
