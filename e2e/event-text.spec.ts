import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { foldText } from '../src/state/searchText';
import { expect, test, waitForApp } from './fixtures';

// Expectations come from the dataset the app loads, so they hold as the data is recompiled.
const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const TEXT = '**/data/dataset.text.json';
const words = (text: string) => foldText(text).split(/\s+/);

/** An event with a summary and a quote, and a word of its summary that no title holds. */
function eventWithSummaryWord() {
  const inTitles = new Set(dataset.events.flatMap((e) => words(e.title)));
  for (const event of dataset.events) {
    const word = words(event.summary).find((w) => w.length > 4 && /^[a-z]+$/.test(w) && !inTitles.has(w));
    if (word !== undefined && event.citations.length > 0) return { event, word };
  }
  throw new Error('No event has a summary word that no title holds');
}

const { event, word } = eventWithSummaryWord();
const holdingWord = dataset.events.filter((e) =>
  words([e.title, e.summary, ...e.citations.map((c) => c.quote)].join(' ')).some((w) => w.includes(word)),
);

/** Whether the page itself has fetched the text file. */
const textFetched = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((e) => new URL(e.name).pathname.endsWith('/dataset.text.json')),
  );

/** Holds every request for the text file until the returned function is called. */
async function holdTextFile(page: Page): Promise<() => void> {
  let answer: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    answer = resolve;
  });
  await page.route(TEXT, async (route) => {
    await held;
    await route.continue();
  });
  return () => {
    answer();
  };
}

test.describe('the summaries and quotes, read when first needed', () => {
  test('are not read for the first view, and an event’s details show its summary and quotes', async ({
    page,
    problems,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('aidline:dataset-settled', 'mark').length))
      .toBe(1);
    expect(await textFetched(page)).toBe(false);

    await page.goto(`./?event=${event.id}`);
    const details = page.locator(`.event-details[data-event-id="${event.id}"]`);
    await expect(details.locator('.ev-summary')).toHaveText(event.summary);
    const quote = event.citations[0]?.quote ?? '';
    await expect(details.locator('.ev-quote').first()).toContainText(quote.slice(0, 40));
    await expect(details.getByRole('button', { name: /^Read in source/ }).first()).toBeVisible();
    expect(await textFetched(page)).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('say they are loading in the details, and then show, when the text file is slow', async ({ page }) => {
    const answer = await holdTextFile(page);
    await page.goto(`./?event=${event.id}`);
    const details = page.locator(`.event-details[data-event-id="${event.id}"]`);
    await expect(details.getByRole('status')).toHaveText('Loading the summary and quotes…');
    answer();
    await expect(details.locator('.ev-summary')).toHaveText(event.summary);
  });

  test('are searched: a word only in a summary finds its event, after a note while they load', async ({
    page,
  }) => {
    const answer = await holdTextFile(page);
    await page.goto('./');
    await waitForApp(page);
    const search = page.locator('.filters-panel').getByRole('searchbox', { name: 'Search text' });
    await search.fill(word);
    await expect(page.locator('.filters-panel')).toContainText(
      'Titles only until the summaries and quotes have loaded.',
    );
    await expect(page.getByTestId('filter-summary')).toContainText('Nothing matches these filters');
    answer();
    await expect(page.getByTestId('filter-summary')).toContainText(
      `${holdingWord.length} of ${dataset.events.length} events`,
    );
    await expect(page.locator('.filters-panel')).not.toContainText('Titles only');
    expect(holdingWord.map((e) => e.id)).toContain(event.id);
  });

  test('come from dataset.json, with no error shown, when the text file is missing', async ({ page }) => {
    await page.route(TEXT, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`./?event=${event.id}`);
    const details = page.locator(`.event-details[data-event-id="${event.id}"]`);
    await expect(details.locator('.ev-summary')).toHaveText(event.summary);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
