import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Amount, Dataset } from '../src/data/schema';
import { formatAmountLabel, formatMoney } from '../src/model/money';
import { withoutSourceIds } from '../src/model/provenance';
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
 * are not running totals or state budgets, leaving out any figure whose whole (or whole's whole) is itself added.
 */
function expectedDonorSums(): Map<string, number> {
  const byId = new Map(amounts.map((a) => [a.id, a]));
  // Running totals and state budgets are never added (see grouping.ts).
  const summable = (a: Amount) => !a.cumulative && a.kind !== 'budget';
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

/** The section a figure is drawn in: the section of the top whole of its family (see placement.ts). */
function homeSection(a: Amount): 'totals' | 'single' | 'budgets' {
  const byId = new Map(amounts.map((x) => [x.id, x]));
  let top = a;
  for (let next = byId.get(top.partOf ?? ''); next !== undefined; next = byId.get(next.partOf ?? ''))
    top = next;
  if (top.cumulative || top.kind === 'total' || top.stage === 'cumulative') return 'totals';
  if (top.kind === 'budget' || top.stage === 'budgeted') return 'budgets';
  return 'single';
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
  test('the default chart: linear bars from $0, one per figure in its section, labelled in both currencies', async ({
    page,
  }) => {
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.length).toBeLessThanOrEqual(40);
    await openApp(page);
    await expect(barChart(page)).toHaveAttribute('data-scale', 'linear');
    await expect(barChart(page).locator('.fig-scale-statement')).toContainText('Linear scale from $0');
    await expect(barChart(page).locator('g.fig-bar')).toHaveCount(amounts.length);
    for (const amount of amounts) {
      const mark = barChart(page).locator(
        `g.fig-section[data-section="${homeSection(amount)}"] g.fig-bar[data-amount-id="${amount.id}"]`,
      );
      await expect(mark, amount.id).toHaveCount(1);
      await expect(mark).toHaveAttribute('data-mark', 'bar');
      const value = mark.locator('.fig-value');
      await expect(value).toHaveText(formatAmountLabel(amount));
      await expect(value).toContainText(formatMoney(amount.value, amount.currency));
      await expect(value).toContainText(formatMoney(amount.usd, 'USD'));
      await expect(mark.locator('.fig-value-bar')).toHaveCount(1);
    }
    // A bar's length is proportional to its value: width / usd is the same for every figure.
    const ratios: number[] = [];
    for (const amount of amounts) {
      const width = Number(await bar(page, amount.id).locator('.fig-value-bar').getAttribute('width'));
      if (width > 20) ratios.push(width / amount.usd);
    }
    expect(ratios.length).toBeGreaterThan(2);
    for (const r of ratios) expect(r / (ratios[0] ?? 1)).toBeCloseTo(1, 1);
  });

  test('a part is drawn under its whole and says "part of …"', async ({ page }) => {
    await openApp(page);
    const parts = amounts.filter((a) => a.partOf != null);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      const whole = findAmount((a) => a.id === part.partOf, `whole of ${part.id}`);
      const mark = bar(page, part.id);
      await expect(mark).toHaveAttribute('data-part-of', whole.id);
      await expect(mark.locator('.fig-part-of')).toContainText(`part of ${whole.label}`);
      const ids = await barChart(page)
        .locator('g.fig-bar')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-amount-id')));
      expect(ids.indexOf(whole.id)).toBeLessThan(ids.indexOf(part.id));
    }
  });

  test('the log scale draws dots, no bar whose length encodes value, and is kept in the URL', async ({
    page,
  }) => {
    await openApp(page);
    await panel(page).getByRole('group', { name: 'Scale' }).getByRole('button', { name: 'Log' }).click();
    await expect(page).toHaveURL(/scale=log/);
    await expect(barChart(page)).toHaveAttribute('data-scale', 'log');
    await expect(barChart(page).locator('.fig-scale-statement')).toContainText('Log scale');
    const ticks = await barChart(page)
      .locator('g.fig-section')
      .first()
      .locator('.fig-tick')
      .allTextContents();
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of ticks) expect(tick).toMatch(/^\$(1|10|100)[KMBT]$/);
    await expect(barChart(page).locator('g.fig-bar[data-mark="dot"]')).toHaveCount(amounts.length);
    // The only rectangles left are the full-width hit areas, focus rings and selection boxes.
    await expect(
      barChart(page).locator('rect:not(.fig-hit):not(.fig-focus-ring):not(.fig-selection)'),
    ).toHaveCount(0);

    await page.goto('./?figview=time&scale=log');
    await waitForApp(page);
    const time = page.locator('svg[data-export="figures-time"]');
    await expect(time.locator('g.fig-stem[data-mark="dot"]')).toHaveCount(amounts.length);
    await expect(time.locator('g.fig-stem .fig-stem-line')).toHaveCount(0);
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
    }
    await expect(barChart(page).locator('.fig-block-label').first()).toContainText('figure');
    const orders = firmOrders();
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
    // Each flag reads as its message, with the articles it compares named by outlet, not by id.
    const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const flag of flags)
      await expect(card.locator('[data-step="flags"]')).toContainText(
        withoutSourceIds(flag.message, sourcesById),
      );
    for (const source of dataset.sources)
      await expect(card.locator('[data-step="flags"]')).not.toContainText(source.id);
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

  test('the stage legend filters figures by stage, and its counts follow the other filters', async ({
    page,
  }) => {
    await openApp(page);
    const budgeted = amounts.filter((a) => a.stage === 'budgeted');
    expect(budgeted.length).toBeGreaterThan(0);
    const chip = panel(page).locator('.fig-stage-chip[data-stage="budgeted"]');
    await expect(chip).toHaveAttribute('data-count', String(budgeted.length));
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(barChart(page).locator('g.fig-bar')).toHaveCount(budgeted.length);
    await expect(page).toHaveURL(/stages=budgeted/);
    await panel(page).getByRole('button', { name: 'All stages' }).click();
    await expect(barChart(page).locator('g.fig-bar')).toHaveCount(amounts.length);

    // Figures dated in April 2023 only: the budget (September) counts 0, the announced ones fewer.
    await page.goto('./?from=2023-04-01&to=2023-04-30');
    await waitForApp(page);
    const events = new Map(dataset.events.map((e) => [e.id, e]));
    const inApril = amounts.filter((a) => events.get(a.eventId)?.date.startsWith('2023-04') === true);
    const announced = inApril.filter((a) => a.stage === 'announced').length;
    expect(inApril.length).toBeLessThan(amounts.length);
    await expect(chip).toHaveAttribute('data-count', '0');
    await expect(panel(page).locator('.fig-stage-chip[data-stage="announced"]')).toHaveAttribute(
      'data-count',
      String(announced),
    );
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

  test('figures over time: stems from $0, every figure reachable, following the timeline window', async ({
    page,
  }) => {
    await openApp(page, '?figview=time');
    const chart = page.locator('svg[data-export="figures-time"]');
    await expect(chart.locator('g.fig-stem[data-mark="stem"]')).toHaveCount(amounts.length);
    await expect(chart.locator('.fig-scale-statement')).toContainText('Linear scale from $0');
    for (const amount of amounts) {
      await expect(chart.locator(`g.fig-stem[data-amount-id="${amount.id}"]`)).toHaveAttribute(
        'aria-label',
        new RegExp(formatMoney(amount.usd, 'USD').replace('$', '\\$')),
      );
    }
    const inSeptember = amounts.filter((a) => a.date >= '2023-09-01' && a.date <= '2023-09-30');
    expect(inSeptember.length).toBeGreaterThan(0);
    await page.goto('./?figview=time&window=2023-09-01,2023-10-01');
    await waitForApp(page);
    await expect(chart.locator('g.fig-stem')).toHaveCount(inSeptember.length);
    // A section with no figure in the window gets no empty panel, only a note naming it.
    await expect(chart.locator('.fig-panel[data-section="totals"]')).toHaveCount(0);
    await expect(panel(page).locator('.fig-not-drawn')).toHaveText(
      /^Not drawn: running totals \(\d+ figures?\), (all )?dated outside this window\.$/,
    );
    const ticks = await chart.locator('.fig-time-tick').allTextContents();
    expect(new Set(ticks).size).toBe(ticks.length);
    await expect(panel(page).locator('.fig-window-note')).toContainText('visible window');
    await panel(page).getByRole('button', { name: 'Show all dates' }).click();
    await expect(chart.locator('g.fig-stem')).toHaveCount(amounts.length);
    await page.goto('./?figview=time&window=2020-01-01,2020-01-08');
    await waitForApp(page);
    await expect(panel(page).locator('.fig-empty')).toHaveText(
      `No figures in this window: the ${amounts.length} figures shown are dated outside it.`,
    );
    await expect(chart).toHaveCount(0);
  });

  test('the table lists every figure in the page, sorts with aria-sort and searches', async ({ page }) => {
    await openApp(page, '?figures=table');
    const table = panel(page).locator('table');
    const rows = table.locator('tr[data-amount-id]');
    await expect(rows).toHaveCount(amounts.length);
    // Full length in the page: nothing between the table and the page scrolls.
    const scrollBoxes = await table.evaluate((node) => {
      let count = 0;
      for (let n = node.parentElement; n !== null && n !== document.body; n = n.parentElement) {
        const { overflowY } = getComputedStyle(n);
        if ((overflowY === 'auto' || overflowY === 'scroll') && n.scrollHeight > n.clientHeight) count++;
      }
      return count;
    });
    expect(scrollBoxes).toBe(0);
    const contracts = findAmount(
      (a) => a.currency === 'EUR' && a.value === 2.4e9,
      'EUR 2.4 billion contracts',
    );
    await expect(table.locator(`tr[data-amount-id="${contracts.id}"]`)).toContainText('USD 2.53 billion');
    // A figure dated with an event known to the week is given that week, never a day.
    const events = new Map(dataset.events.map((e) => [e.id, e]));
    const weekly = findAmount(
      (a) => events.get(a.eventId)?.datePrecision === 'week' && events.get(a.eventId)?.date === a.date,
      'a figure of an event known to the week',
    );
    await expect(table.locator(`tr[data-amount-id="${weekly.id}"] td[data-label="Date"]`)).toHaveText(
      /^week\sof\s\d{1,2}\s[A-Z][a-z]{2}\s\d{4}$/,
    );
    // "week of" may wrap above the date, but the date itself stays on one line.
    const dateLines = await table
      .locator(`tr[data-amount-id="${weekly.id}"] td[data-label="Date"] .fig-date`)
      .evaluate((node) => node.getClientRects().length);
    expect(dateLines).toBe(1);

    const usd = table.getByRole('columnheader', { name: /USD/ }).first();
    await expect(usd).toHaveAttribute('aria-sort', 'descending');
    const single = table.locator('tbody[data-section="single"] tr[data-amount-id][data-depth="0"]');
    const singleUsd = async () =>
      (await single.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-amount-id')))).map(
        (id) => amounts.find((a) => a.id === id)?.usd ?? NaN,
      );
    const before = await singleUsd();
    expect(before.length).toBeGreaterThan(1);
    expect(before).toEqual([...before].sort((a, b) => b - a));
    const sortMenu = panel(page).getByRole('combobox', { name: 'Sort' });
    await sortMenu.selectOption({ label: 'by USD value, smallest first' });
    await expect(usd).toHaveAttribute('aria-sort', 'ascending');
    expect(await singleUsd()).toEqual([...before].sort((a, b) => a - b));
    await sortMenu.selectOption({ label: 'by date, oldest first' });
    await expect(table.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(usd).toHaveAttribute('aria-sort', 'none');

    await panel(page).getByRole('searchbox', { name: 'Search figures' }).fill('RUB');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-amount-id', russiaBudget().id);
    await panel(page).getByRole('searchbox', { name: 'Search figures' }).fill('no such figure');
    await expect(rows).toHaveCount(0);
    await expect(panel(page).locator('.fig-empty')).toBeVisible();
  });

  // Two views per test, with a slow test's time: axe over the whole page takes up to 30 s on two cores.
  const AXE_VIEWS = [
    ['the bars, linear and log', ['', '?scale=log&group=donor']],
    ['over time and the table', ['?figview=time', '?figures=table&group=donor']],
  ] as const;
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, queries] of AXE_VIEWS) {
      test(`axe finds no violations in ${name}, ${theme} theme`, async ({ page }) => {
        test.slow();
        await useTheme(page, theme);
        const compared = `?compare=${russiaBudget().id},${usPackage().id}&amount=${firmOrders().id}`;
        for (const query of queries) {
          const url = query === '' ? compared : `${query}&compare=${russiaBudget().id},${usPackage().id}`;
          await openApp(page, url);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await panel(page).locator('g.fig-bar, tr[data-amount-id]').first().focus();
          expect(await axeViolations(page), url).toEqual([]);
        }
      });
    }
  }

  test('the marks key lists the encodings drawn, and only those, in every view and width', async ({
    page,
  }) => {
    const keyIds = () =>
      panel(page)
        .locator('[data-testid="marks-key"] li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-key')));
    const cases = [
      { width: 1440, query: '', whole: '.fig-whole' },
      { width: 1440, query: '?stages=announced,committed', whole: '.fig-whole' },
      { width: 1440, query: '?figview=time', whole: '.fig-part-link' },
      { width: 375, query: '?figview=time', whole: '.fig-part-link' },
    ];
    for (const { width, query, whole } of cases) {
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, query);
      const stages = new URLSearchParams(query).get('stages')?.split(',');
      const shown = amounts.filter((a) => stages === undefined || stages.includes(a.stage));
      const chart = panel(page).locator('svg[data-export^="figures"]');
      await expect(chart).toBeVisible();
      const ids = await keyIds();
      const what = `${width} px ${query || 'defaults'}`;
      expect(ids.includes('whole'), `whole entry at ${what}`).toBe((await chart.locator(whole).count()) > 0);
      for (const bound of ['lower', 'upper', 'approximate'] as const) {
        expect(ids.includes(`bound-${bound}`), `${bound} entry at ${what}`).toBe(
          shown.some((a) => a.bound === bound),
        );
      }
      expect(
        ids.some((id) => id?.startsWith('stage-')),
        `stage entries at ${what}`,
      ).toBe(false);
    }
  });

  test('at 1440 px beside the filters, the table fits its panel and its sources read in lines, not words', async ({
    page,
  }) => {
    await openApp(page, '?figures=table');
    const table = panel(page).locator('table.fig-data-table');
    const { overflow, source } = await table.evaluate((t) => ({
      overflow: t.getBoundingClientRect().width - (t.parentElement?.getBoundingClientRect().width ?? 0),
      source:
        [...t.querySelectorAll('thead th')]
          .find((th) => th.textContent.includes('Source'))
          ?.getBoundingClientRect().width ?? 0,
    }));
    expect(overflow).toBeLessThanOrEqual(0.5);
    expect(source).toBeGreaterThanOrEqual(140);
  });

  test('at 375 px: no horizontal scroll in any figures view, and no table cell cut', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const query of ['', '?scale=log', '?group=donor', '?figview=time', '?figures=table']) {
      await openApp(page, query);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `overflow with ${query || 'defaults'}`).toBeLessThanOrEqual(0);
    }
    const cut = await panel(page)
      .locator('table tr[data-amount-id] > *')
      .evaluateAll(
        (cells) =>
          cells.filter((c) => {
            const box = c.getBoundingClientRect();
            return box.right > window.innerWidth + 0.5 || c.scrollWidth > c.clientWidth + 1;
          }).length,
      );
    expect(cut).toBe(0);
  });
});
