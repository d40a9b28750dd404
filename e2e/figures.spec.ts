import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Amount, Dataset } from '../src/data/schema';
import { formatAmountLabel, formatMoney } from '../src/model/money';
import { axeViolations, expect, test, useTheme, waitForApp } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const amounts = dataset.amounts;

function findAmount(test: (a: Amount) => boolean, what: string): Amount {
  const found = amounts.find(test);
  if (found === undefined) throw new Error(`The dataset has no ${what}.`);
  return found;
}

const russiaBudget = () =>
  findAmount((a) => a.currency === 'RUB' && Math.abs(a.value - 10.8e12) < 1e9, 'RUB 10.8 trillion budget');
const usPackage = () =>
  findAmount((a) => a.currency === 'USD' && a.value === 325e6, 'USD 325 million package');
const firmOrders = () =>
  findAmount(
    (a) => a.currency === 'EUR' && a.value === 1e9 && a.stage === 'ordered',
    'EUR 1 billion firm orders',
  );

/**
 * The honest sum for a donor, computed here from the dataset and independently of the app: figures that
 * are not running totals, leaving out any figure whose whole (or whole's whole) is itself added.
 */
function expectedDonorSums(): Map<string, number> {
  const byId = new Map(amounts.map((a) => [a.id, a]));
  const summable = (a: Amount) => !a.cumulative;
  const hasSummedAncestor = (a: Amount): boolean => {
    const seen = new Set<string>();
    for (let id = a.partOf ?? null; id !== null && !seen.has(id); id = byId.get(id)?.partOf ?? null) {
      seen.add(id);
      const whole = byId.get(id);
      if (whole?.donor === a.donor && summable(whole)) return true;
    }
    return false;
  };
  const sums = new Map<string, number>();
  for (const a of amounts) {
    if (!sums.has(a.donor)) sums.set(a.donor, 0);
    if (summable(a) && !hasSummedAncestor(a)) sums.set(a.donor, (sums.get(a.donor) ?? 0) + a.usd);
  }
  return sums;
}

const panel = (page: Page) => page.locator('section.figures-panel');
const barChart = (page: Page) => page.locator('svg[data-export="figures"]');
const bar = (page: Page, id: string) => barChart(page).locator(`g.fig-bar[data-amount-id="${id}"]`);

async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await waitForApp(page);
  await expect(panel(page).locator('svg[data-export], table').first()).toBeVisible();
}

test.describe('figures', () => {
  test('every figure has exactly one bar in "all figures", labelled in both currencies', async ({ page }) => {
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.length).toBeLessThanOrEqual(40);
    await openApp(page);
    await expect(barChart(page).locator('g.fig-bar')).toHaveCount(amounts.length);
    for (const amount of amounts) {
      await expect(bar(page, amount.id)).toHaveCount(1);
      const value = bar(page, amount.id).locator('.fig-value');
      await expect(value).toHaveText(formatAmountLabel(amount));
      await expect(value).toContainText(formatMoney(amount.value, amount.currency));
      await expect(value).toContainText(formatMoney(amount.usd, 'USD'));
    }
  });

  test('the scale toggle switches between a log and a linear axis', async ({ page }) => {
    await openApp(page);
    const ticks = barChart(page).locator('.fig-tick');
    await expect(panel(page).locator('.fig-scale-note')).toContainText('Log scale');
    const logTicks = await ticks.allTextContents();
    expect(logTicks.length).toBeGreaterThanOrEqual(3);
    for (const tick of logTicks) expect(tick).toMatch(/^\$(1|10|100)[KMBT]$/);

    await panel(page).getByRole('group', { name: 'Scale' }).getByRole('button', { name: 'Linear' }).click();
    await expect(panel(page).locator('.fig-scale-note')).toContainText('Linear scale');
    await expect(ticks.first()).toHaveText('$0');
    expect(await ticks.allTextContents()).not.toEqual(logTicks);
    await expect(page).toHaveURL(/scale=linear/);
  });

  test('grouping by donor shows honest sums and how they were built', async ({ page }) => {
    await openApp(page);
    await panel(page).getByRole('group', { name: 'Group' }).getByRole('button', { name: 'Donor' }).click();
    const sums = expectedDonorSums();
    expect(sums.size).toBeGreaterThan(1);
    for (const [donor, usd] of sums) {
      const item = panel(page).locator(`.fig-totals li[data-group-key="donor:${donor}"]`);
      await expect(item).toHaveCount(1);
      expect(Number(await item.getAttribute('data-sum-usd'))).toBeCloseTo(usd, 0);
      if (usd > 0)
        await expect(item.locator('.fig-total-value')).toHaveText(
          new RegExp(`\\$?${formatMoney(usd, 'USD').replace('$', '\\$')}$`),
        );
      const row = barChart(page).locator(`g.fig-group[data-group-key="donor:${donor}"]`);
      await expect(row).toHaveCount(1);
      expect(Number(await row.getAttribute('data-sum-usd'))).toBeCloseTo(usd, 0);
    }
    const orders = firmOrders();
    const ordersBar = barChart(page).locator(`g.fig-bar[data-amount-id="${orders.id}"]`);
    await expect(ordersBar).toHaveAttribute('data-in-sum', 'false');
    await expect(panel(page).locator(`.fig-totals li[data-group-key="donor:${orders.donor}"]`)).toContainText(
      orders.label,
    );
  });

  test('clicking a bar selects the figure and its event', async ({ page }) => {
    await openApp(page);
    const amount = usPackage();
    await bar(page, amount.id).click();
    await expect(bar(page, amount.id)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(new RegExp(`amount=${amount.id}`));
    await expect(page).toHaveURL(new RegExp(`event=${amount.eventId}`));
    await expect(page.locator('.details-panel')).toContainText(amount.label);
  });

  test('the provenance card of the EUR 1B firm orders shows its quote, conversion and flag', async ({
    page,
  }) => {
    const orders = firmOrders();
    await openApp(page, `?amount=${orders.id}&event=${orders.eventId}`);
    const card = page.locator(`.amount-details[data-amount-id="${orders.id}"]`);
    await expect(card).toBeVisible();
    await expect(card.locator('.provenance-quote mark')).toHaveText(/1 billion euros/);
    const conversion = card.locator('[data-step="conversion"]');
    await expect(conversion).toContainText('written in the text:');
    await expect(conversion).toContainText('USD 1.54 billion');
    const flags = dataset.flags.filter((f) => f.refs.includes(orders.id));
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) await expect(card.locator('[data-step="flags"]')).toContainText(flag.message);
    await expect(card).toContainText('Part of');
    await expect(bar(page, orders.id).locator('.fig-flag')).toHaveCount(1);
  });

  test('comparing the RUB 10.8T budget with the USD 325M package shows a ratio and caveats', async ({
    page,
  }) => {
    const budget = russiaBudget();
    const pkg = usPackage();
    await openApp(page, '?figures=table');
    const table = panel(page).locator('table');
    await table
      .locator(`tr[data-amount-id="${budget.id}"]`)
      .getByRole('button', { name: /^Compare/ })
      .click();
    await table
      .locator(`tr[data-amount-id="${pkg.id}"]`)
      .getByRole('button', { name: /^Compare/ })
      .click();
    const note = panel(page).locator('.fig-compare-box');
    const ratio = Math.round(budget.usd / pkg.usd);
    expect(ratio).toBeGreaterThan(300);
    await expect(note).toContainText(/is about 3\d0 times/);
    await expect(note).toContainText('Different stages of money');
    await expect(note).toContainText('Different years');
    await expect(note).toContainText('approximate');
    await panel(page)
      .getByRole('group', { name: 'Show figures as' })
      .getByRole('button', { name: 'Chart' })
      .click();
    await expect(barChart(page).locator(`g.fig-reference[data-reference-id="${pkg.id}"]`)).toBeVisible();
    await note.getByRole('button', { name: 'Swap' }).click();
    await expect(note).toContainText(/is about 0\.\d+% of/);
  });

  test('the stage legend filters figures by stage', async ({ page }) => {
    await openApp(page);
    const budgeted = amounts.filter((a) => a.stage === 'budgeted');
    expect(budgeted.length).toBeGreaterThan(0);
    const chip = panel(page).locator('.fig-stage-chip[data-stage="budgeted"]');
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(barChart(page).locator('g.fig-bar')).toHaveCount(budgeted.length);
    await expect(page).toHaveURL(/stages=budgeted/);
    await panel(page).getByRole('button', { name: 'All stages' }).click();
    await expect(barChart(page).locator('g.fig-bar')).toHaveCount(amounts.length);
  });

  test('works by keyboard alone: bars, tooltip, selection, comparison and stage legend', async ({ page }) => {
    await openApp(page);
    const bars = barChart(page).locator('g.fig-bar');
    await expect(bars.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
    await bars.first().focus();
    await expect(bars.first()).toBeFocused();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(bars.nth(1)).toBeFocused();
    const second = await bars.nth(1).getAttribute('data-amount-id');
    const amount = findAmount((a) => a.id === second, `figure ${second ?? ''}`);
    await expect(page.getByRole('tooltip')).toContainText(amount.citations[0]?.quote.slice(0, 40) ?? '');
    await page.keyboard.press('Enter');
    await expect(bars.nth(1)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('c');
    await expect(panel(page).locator('.fig-compare-box')).toContainText('Comparing');
    await page.keyboard.press('End');
    await expect(bars.last()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);

    // Tab moves out of the chart in one step, and back in with Shift+Tab.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(bars.last()).toBeFocused();

    const chip = panel(page).locator('.fig-stage-chip').first();
    await chip.focus();
    await page.keyboard.press('Space');
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
  });

  test('figures over time follow the timeline window', async ({ page }) => {
    await openApp(page, '?figview=time');
    const chart = page.locator('svg[data-export="figures-time"]');
    await expect(chart.locator('g.fig-stem')).toHaveCount(amounts.length);
    await expect(panel(page).locator('.fig-scale-note')).toContainText('Log scale');
    const inSeptember = amounts.filter((a) => a.date >= '2023-09-01' && a.date <= '2023-09-30');
    expect(inSeptember.length).toBeGreaterThan(0);
    await page.goto('./?figview=time&window=2023-09-01,2023-10-01');
    await waitForApp(page);
    await expect(chart.locator('g.fig-stem')).toHaveCount(inSeptember.length);
    await expect(panel(page).locator('.fig-window-note')).toContainText('visible window');
    await panel(page).getByRole('button', { name: 'Show all dates' }).click();
    await expect(chart.locator('g.fig-stem')).toHaveCount(amounts.length);
  });

  test('the table lists every figure with its basis and source', async ({ page }) => {
    await openApp(page, '?figures=table');
    const rows = panel(page).locator('tbody tr');
    await expect(rows).toHaveCount(amounts.length);
    const contracts = findAmount(
      (a) => a.currency === 'EUR' && a.value === 2.4e9,
      'EUR 2.4 billion contracts',
    );
    await expect(panel(page).locator(`tr[data-amount-id="${contracts.id}"]`)).toContainText(
      'USD 2.53 billion',
    );
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the figures views, ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      const budget = russiaBudget();
      const pkg = usPackage();
      await openApp(page, `?compare=${budget.id},${pkg.id}&amount=${firmOrders().id}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await barChart(page).locator('g.fig-bar').first().focus();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto('./?figview=time&group=donor');
      await waitForApp(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto('./?figures=table&group=donor');
      await waitForApp(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('has no horizontal scroll at 375 px in any figures view', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const query of ['', '?group=donor', '?figview=time', '?figures=table']) {
      await openApp(page, query);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `overflow with ${query || 'defaults'}`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('figures screenshots', () => {
  mkdirSync('e2e/screenshots', { recursive: true });
  for (const width of [1440, 375] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`figures at ${width}px, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await useTheme(page, theme);
        const budget = russiaBudget();
        const pkg = usPackage();
        const orders = firmOrders();
        await openApp(page, `?compare=${budget.id},${pkg.id}&amount=${orders.id}&event=${orders.eventId}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await bar(page, orders.id).focus();
        await panel(page).screenshot({ path: `e2e/screenshots/figures-${width}-${theme}.png` });
        await page
          .locator('.details-panel')
          .screenshot({ path: `e2e/screenshots/figure-details-${width}-${theme}.png` });
        await page.goto('./?group=donor');
        await waitForApp(page);
        await panel(page).screenshot({ path: `e2e/screenshots/figures-donor-${width}-${theme}.png` });
        await page.goto('./?figview=time');
        await waitForApp(page);
        await panel(page).screenshot({ path: `e2e/screenshots/figures-time-${width}-${theme}.png` });
        await page.goto('./?figures=table');
        await waitForApp(page);
        await panel(page).screenshot({ path: `e2e/screenshots/figures-table-${width}-${theme}.png` });
      });
    }
  }
});
