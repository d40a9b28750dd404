import type { Locator, Page } from '@playwright/test';
import type { Actor, AidEvent, Dataset } from '../src/data/schema';
import { axeViolations, expect, test, useTheme, waitForApp } from './fixtures';

// Expectations come from the dataset the app serves (read once per worker, from the server under
// test), so they hold whatever ids and counts the compiler produced.
let dataset: Dataset;

function actorNamed(part: string) {
  const actor = dataset.actors.find((a) => a.name.includes(part));
  if (actor === undefined) throw new Error(`data/dataset.json has no actor named like "${part}"`);
  return actor;
}

let zelensky: Actor;
let shapps: Actor;
let stoltenberg: Actor;

test.beforeAll(async ({ playwright }, info) => {
  const request = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
  dataset = (await (await request.get('data/dataset.json')).json()) as Dataset;
  await request.dispose();
  zelensky = actorNamed('Zelensky');
  shapps = actorNamed('Shapps');
  stoltenberg = actorNamed('Stoltenberg');
});

/** The figures that follow a set of events. */
const figuresOf = (events: AidEvent[]) => {
  const ids = new Set(events.map((e) => e.id));
  return dataset.amounts.filter((a) => ids.has(a.eventId));
};

const withActors = (ids: string[], all: boolean) =>
  dataset.events.filter((e) =>
    all ? ids.every((id) => e.actors.includes(id)) : ids.some((id) => e.actors.includes(id)),
  );

/** First and last day (ISO) an event's date covers: a month, a year, or a Monday-to-Sunday week. */
function span(event: AidEvent): [string, string] {
  const { date, datePrecision } = event;
  const lastOfMonth = (ym: string) => {
    const [y, m] = ym.split('-').map(Number) as [number, number];
    return `${ym}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  if (date.length === 4 || datePrecision === 'year')
    return [`${date.slice(0, 4)}-01-01`, `${date.slice(0, 4)}-12-31`];
  if (date.length === 7 || datePrecision === 'month')
    return [`${date.slice(0, 7)}-01`, lastOfMonth(date.slice(0, 7))];
  if (datePrecision === 'week') {
    const day = new Date(`${date}T00:00:00Z`);
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
  }
  return [date, date];
}

const inRange = (from: string, to: string) => (e: AidEvent) => {
  const [start, end] = span(e);
  return end >= from && start <= to;
};

const countsText = (events: number, figures: number) =>
  `${events} of ${dataset.events.length} events, ${figures} of ${dataset.amounts.length} figures`;

const summary = (page: Page) => page.getByTestId('filter-summary');
const filters = (page: Page) => page.locator('.filters-panel');
const actorBox = (page: Page, name: string) =>
  filters(page).getByRole('checkbox', { name: new RegExp(`^${name},`) });

/** Asserts on the timeline's table when the timeline shows one: it lists exactly the expected events. */
async function expectTimelineRows(page: Page, expected: AidEvent[]) {
  const card = page.locator('section.card', {
    has: page.getByRole('heading', { name: 'Timeline', exact: true }),
  });
  const table = card.locator('table');
  if ((await table.count()) === 0) return;
  const body = table.first().locator('tbody');
  await expect(body.locator('tr')).toHaveCount(expected.length);
  const titles = new Set(expected.map((e) => e.title));
  for (const title of titles) await expect(body).toContainText(title);
  for (const other of dataset.events) {
    if (!titles.has(other.title)) await expect(body).not.toContainText(other.title);
  }
}

/** Presses Tab until the target has focus, proving it is reachable in the keyboard order. */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

test.describe('exploring with filters', () => {
  test('filtering by Zelensky shows exactly his events; adding Shapps in "all" mode narrows it', async ({
    page,
  }) => {
    await page.goto('./?timeline=table');
    await waitForApp(page);
    await expect(summary(page)).toContainText(countsText(dataset.events.length, dataset.amounts.length));

    const his = withActors([zelensky.id], false);
    expect(his.length).toBeGreaterThan(0);
    await actorBox(page, zelensky.name).check();
    await expect(summary(page)).toContainText(countsText(his.length, figuresOf(his).length));
    await expect(summary(page)).toContainText(`actors: ${zelensky.name.split(' ').at(-1) ?? ''}`);
    await expectTimelineRows(page, his);

    await filters(page).getByRole('button', { name: 'All', exact: true }).click();
    await actorBox(page, shapps.name).check();
    const both = withActors([zelensky.id, shapps.id], true);
    expect(both.length).toBeLessThan(his.length);
    await expect(summary(page)).toContainText(countsText(both.length, figuresOf(both).length));
    await expect(summary(page)).toContainText('actors (all of)');
    await expectTimelineRows(page, both);
    await expect(page).toHaveURL(new RegExp(`actors=${zelensky.id},${shapps.id}&match=all`));
  });

  test('the actor search finds aliases and the counts follow the other filters', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    const search = filters(page).getByRole('searchbox', { name: 'Find an actor by name or alias' });
    await search.fill('Zelenskyy');
    const actorBoxes = filters(page).locator('.facet-group input[type=checkbox]');
    await expect(actorBoxes).toHaveCount(1);
    await expect(actorBox(page, zelensky.name)).toBeVisible();
    await search.fill('');

    // With a kind chosen, an actor's count is the number of its events of that kind.
    const kind = 'statement';
    await filters(page)
      .getByRole('checkbox', { name: /^Statement,/ })
      .check();
    const expected = dataset.events.filter(
      (e) => e.kind === kind && e.actors.includes(stoltenberg.id),
    ).length;
    await expect(actorBox(page, stoltenberg.name)).toHaveAccessibleName(
      new RegExp(`^${stoltenberg.name}, ${expected} events?,`),
    );
  });

  test('Stoltenberg in September 2023, in three clicks, shared as a link that reproduces the view', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    await actorBox(page, stoltenberg.name).check();
    await filters(page).getByLabel('Month', { exact: true }).selectOption('2023-09');
    const events = withActors([stoltenberg.id], false).filter(inRange('2023-09-01', '2023-09-30'));
    const text = `${countsText(events.length, figuresOf(events).length)}; actors: Stoltenberg; Sep 2023`;
    await expect(summary(page)).toHaveText(text);
    await expect(page).toHaveURL(/from=2023-09-01&to=2023-09-30/);

    const shared = await context.newPage();
    await shared.goto(page.url());
    await waitForApp(shared);
    await expect(summary(shared)).toHaveText(text);
    await expect(actorBox(shared, stoltenberg.name)).toBeChecked();
    await expect(filters(shared).getByLabel('From', { exact: true })).toHaveValue('2023-09-01');
  });

  test('a date range keeps events whose imprecise dates overlap it', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await filters(page).getByLabel('From', { exact: true }).fill('2023-09-15');
    await filters(page).getByLabel('To', { exact: true }).fill('2023-10-01');
    const events = dataset.events.filter(inRange('2023-09-15', '2023-10-01'));
    await expect(summary(page)).toContainText(countsText(events.length, figuresOf(events).length));
    await expect(summary(page)).toContainText('15 Sep – 1 Oct 2023');
  });

  test('dates zoom the timeline, and the visible range can become the date filter', async ({ page }) => {
    await page.goto('./?window=2023-09-01,2023-10-01');
    await waitForApp(page);
    const dates = filters(page).locator('.filter-section', { hasText: 'Dates' });
    await expect(dates).toContainText('The timeline shows Sep 2023.');
    await dates.getByRole('button', { name: 'Filter to the visible range' }).click();
    await expect(page).toHaveURL(/from=2023-09-01&to=2023-09-30&window=2023-09-01,2023-10-01$/);
    await expect(summary(page)).toContainText('Sep 2023');
    await expect(dates.getByRole('button', { name: 'Filter to the visible range' })).toBeDisabled();

    await dates.getByRole('button', { name: 'Clear dates' }).click();
    await expect(page).not.toHaveURL(/from=|window=/);
    await filters(page).getByLabel('Month', { exact: true }).selectOption('2023-04');
    await expect(page).toHaveURL(/from=2023-04-01&to=2023-04-30&window=2023-04-01,2023-05-01$/);
  });

  test('a link with dates and no window opens the timeline on those dates', async ({ page }) => {
    await page.goto('./?from=2023-09-01&to=2023-09-30');
    await waitForApp(page);
    const dates = filters(page).locator('.filter-section', { hasText: 'Dates' });
    await expect(dates).toContainText('The timeline shows Sep 2023.');
    await expect(dates.getByRole('button', { name: 'Filter to the visible range' })).toBeDisabled();
    // A view that fits everything although dates are set says so in its link.
    await page.getByRole('button', { name: /^Fit/ }).first().click();
    await expect(page).toHaveURL(/from=2023-09-01&to=2023-09-30&window=all$/);
  });

  test('back and forward restore the filters', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await actorBox(page, zelensky.name).check();
    const his = withActors([zelensky.id], false);
    await expect(summary(page)).toContainText(countsText(his.length, figuresOf(his).length));
    await filters(page)
      .getByRole('checkbox', { name: /^Meeting,/ })
      .check();
    const meetings = his.filter((e) => e.kind === 'meeting');
    await expect(summary(page)).toContainText(countsText(meetings.length, figuresOf(meetings).length));

    await page.goBack();
    await expect(summary(page)).toContainText(countsText(his.length, figuresOf(his).length));
    await expect(filters(page).getByRole('checkbox', { name: /^Meeting,/ })).not.toBeChecked();
    await page.goBack();
    await expect(summary(page)).toContainText(countsText(dataset.events.length, dataset.amounts.length));
    await expect(actorBox(page, zelensky.name)).not.toBeChecked();
    await page.goForward();
    await page.goForward();
    await expect(summary(page)).toContainText(countsText(meetings.length, figuresOf(meetings).length));
    await expect(filters(page).getByRole('checkbox', { name: /^Meeting,/ })).toBeChecked();
  });

  test('an empty result says so and offers to take back the last change', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await actorBox(page, zelensky.name).check();
    const search = filters(page).getByRole('searchbox', { name: 'Search text' });
    await search.fill('nosuchwordanywhere');
    await search.press('Enter');
    await expect(summary(page)).toContainText('Nothing matches these filters');
    await page.getByRole('button', { name: 'Clear the search text' }).click();
    const his = withActors([zelensky.id], false);
    await expect(summary(page)).toContainText(countsText(his.length, figuresOf(his).length));
    await expect(search).toHaveValue('');
    await page.getByRole('button', { name: 'Clear all' }).first().click();
    await expect(summary(page)).toContainText(countsText(dataset.events.length, dataset.amounts.length));
  });

  test('text search ignores case and accents', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    const term = 'KYÏV';
    const matching = dataset.events.filter((e) =>
      [e.title, e.summary, ...e.citations.map((c) => c.quote)].join('\n').toLowerCase().includes('kyiv'),
    );
    const search = filters(page).getByRole('searchbox', { name: 'Search text' });
    await search.fill(term);
    await expect(summary(page)).toContainText(countsText(matching.length, figuresOf(matching).length));
    await expect(page).toHaveURL(/q=KY%C3%8FV/);
  });

  test('malformed parameters are ignored and the dataset parameter is kept', async ({ page, problems }) => {
    await page.goto(
      './?dataset=data/dataset.json&actors=nobody,%3Cscript%3Ealert(1)%3C/script%3E&from=2023-02-30&kinds=party&match=x&window=a,b&q=%00',
    );
    await waitForApp(page);
    await expect(summary(page)).toContainText(countsText(dataset.events.length, dataset.amounts.length));
    await expect(page).toHaveURL(/\?dataset=data\/dataset\.json$/);
    await actorBox(page, zelensky.name).check();
    await expect(page).toHaveURL(new RegExp(`\\?dataset=data/dataset\\.json&actors=${zelensky.id}$`));
    expect(problems.consoleErrors).toEqual([]);
  });

  test('copy link confirms, and falls back to a selected field without the Clipboard API', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await waitForApp(page);
    await actorBox(page, zelensky.name).check();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    const fallback = await context.newPage();
    await fallback.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await fallback.goto(page.url());
    await waitForApp(fallback);
    await fallback.getByRole('button', { name: 'Copy link' }).click();
    const field = fallback.getByLabel('Copy this link:');
    await expect(field).toHaveValue(page.url());
    expect(
      await field.evaluate((el: HTMLInputElement) => (el.selectionEnd ?? 0) - (el.selectionStart ?? 0)),
    ).toBe(page.url().length);
  });

  test('every filter works from the keyboard alone', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);

    const text = filters(page).getByRole('searchbox', { name: 'Search text' });
    await tabTo(page, text);
    await page.keyboard.type('kyiv');
    await page.keyboard.press('Enter');
    await expect(summary(page)).toContainText('text “kyiv”');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await expect(summary(page)).not.toContainText('text “');

    const actorSearch = filters(page).getByRole('searchbox', { name: 'Find an actor by name or alias' });
    await tabTo(page, actorSearch);
    await page.keyboard.type('zelenskiy');
    await tabTo(page, actorBox(page, zelensky.name));
    await page.keyboard.press('Space');
    await expect(actorBox(page, zelensky.name)).toBeChecked();
    await tabTo(page, filters(page).getByRole('button', { name: 'All', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/match=all/);
    await tabTo(page, filters(page).getByRole('button', { name: 'All actors' }));
    await page.keyboard.press('Enter');
    await expect(actorBox(page, zelensky.name)).not.toBeChecked();
    await tabTo(page, filters(page).getByRole('button', { name: `Only ${zelensky.name}` }));
    await page.keyboard.press('Enter');
    await expect(actorBox(page, zelensky.name)).toBeChecked();

    const meeting = filters(page).getByRole('checkbox', { name: /^Meeting,/ });
    await tabTo(page, meeting);
    await page.keyboard.press('Space');
    await expect(meeting).toBeChecked();

    await tabTo(page, filters(page).getByLabel('From', { exact: true }));
    await page.keyboard.type('09152023');
    await expect(page).toHaveURL(/from=2023-09-15/);
    const month = filters(page).getByLabel('Month', { exact: true });
    await tabTo(page, month);
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-01&to=/);

    const firstStage = filters(page)
      .locator('.filter-section', { hasText: 'Stages of figures' })
      .getByRole('checkbox')
      .first();
    await tabTo(page, firstStage);
    await page.keyboard.press('Space');
    await expect(firstStage).toBeChecked();
    await expect(page).toHaveURL(/stages=/);

    await tabTo(page, page.locator('.summary-bar').getByRole('button', { name: 'Clear all' }));
    await page.keyboard.press('Enter');
    await expect(summary(page)).toContainText(countsText(dataset.events.length, dataset.amounts.length));
  });

  test('on a narrow screen the filters fold behind a disclosure that counts active filters', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`./?actors=${zelensky.id}&kinds=meeting`);
    await waitForApp(page);
    const disclosure = page.getByRole('button', { name: 'Filters (2 active)' });
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await expect(filters(page).getByRole('searchbox', { name: 'Search text' })).toBeHidden();
    await disclosure.press('Enter');
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    await expect(actorBox(page, zelensky.name)).toBeChecked();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations with filters active and in the empty state, ${theme}`, async ({ page }) => {
      // Three whole-page axe scans: each takes up to 20 s on a busy 2-core machine.
      test.slow();
      await useTheme(page, theme);
      await page.goto(`./?actors=${zelensky.id}&kinds=meeting&from=2023-01-01`);
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto('./?q=nosuchwordanywhere');
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(summary(page)).toContainText('Nothing matches');
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 375, height: 800 });
      await page.getByRole('button', { name: /^Filters/ }).click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
