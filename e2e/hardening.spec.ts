import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { datasetMutation, mutateDataset } from '../scripts/fuzz-app/datasetMutations';
import { parseDatasetBytes } from '../src/data/datasetWorker';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { expect, test, waitForApp } from './fixtures';

const bundled = readFileSync('public/data/dataset.json', 'utf8');

/** Serves the bundled dataset, changed by `change`, at `custom/<name>.json`. */
async function serveChanged(page: Page, name: string, change: (dataset: Dataset) => void): Promise<string> {
  const dataset = JSON.parse(bundled) as Dataset;
  change(dataset);
  const url = `custom/${name}.json`;
  await page.route(`**/${url}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  return url;
}

test.describe('dataset parameter', () => {
  for (const value of ['https://evil.example/x.json', '//evil', '../../etc/passwd', 'x.JSON']) {
    test(`refuses ?dataset=${value} without any request, and shows the bundled dataset`, async ({
      page,
      problems,
    }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`./?dataset=${encodeURIComponent(value)}`);
      await waitForApp(page);
      await expect
        .poll(() =>
          page.evaluate(() => performance.getEntriesByName('aidline:dataset-settled', 'mark').length),
        )
        .toBe(1);
      await page.waitForLoadState('networkidle');
      // The bundled dataset is loaded from its columns file and checked with its text file (see
      // docs/data.md), and nothing else is requested.
      expect(requested.filter((path) => path.endsWith('.json') || path.includes('etc'))).toEqual([
        '/data/dataset.columns.json',
        '/data/dataset.text.json',
      ]);
      expect(problems.foreignRequests).toEqual([]);
      const notice = page.getByRole('status').filter({ hasText: 'was not loaded' });
      await expect(notice).toContainText(`The dataset ${value} was not loaded: it `);
      await expect(notice).toContainText('Showing the bundled dataset (data/dataset.json) instead.');
      await expect(page.getByTestId('dataset-name')).toContainText('(data/dataset.json)');
      await page.getByRole('button', { name: 'Dismiss this notice' }).click();
      await expect(notice).toHaveCount(0);
    });
  }

  test('names the dataset shown and its file', async ({ page }) => {
    const url = await serveChanged(page, 'mine', (d) => {
      d.title = 'My own file';
    });
    await page.goto(`./?dataset=${url}`);
    await waitForApp(page);
    await expect(page.getByTestId('dataset-name')).toHaveText(`Dataset: My own file (${url})`);
    await expect(page.getByText('was not loaded')).toHaveCount(0);
  });

  test('says the server sent a web page when a missing dataset is answered with index.html', async ({
    page,
  }) => {
    // The preview server, like many static hosts, answers a missing file with the app's index.html.
    const answer = await page.request.get('./data/missing.json');
    expect(answer.headers()['content-type']).toMatch(/^text\/html/);
    await page.goto('./?dataset=data/missing.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'The server returned a web page (HTML) instead of JSON at data/missing.json.',
    );
    await expect(alert).not.toContainText('Unexpected token');
  });
});

/** Cases in `npm test`; scripts/fuzz-app.ts runs more (200 by default) through AIDLINE_FUZZ_PAGE_RUNS. */
const PAGE_RUNS = Number(process.env.AIDLINE_FUZZ_PAGE_RUNS ?? 6);
const SEED = process.env.AIDLINE_FUZZ_SEED === undefined ? undefined : Number(process.env.AIDLINE_FUZZ_SEED);

test('mutated datasets never blank the page: each shows the app or an error that places the problem', async ({
  page,
  problems,
}) => {
  test.setTimeout(30_000 + PAGE_RUNS * 4_000);
  const files = fc
    .sample(datasetMutation, { numRuns: PAGE_RUNS, ...(SEED === undefined ? {} : { seed: SEED }) })
    .map((mutation) => mutateDataset(bundled, mutation));
  await page.route('**/fuzz/*.json', (route) => {
    const index = Number(/(\d+)\.json$/.exec(route.request().url())?.[1]);
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: Buffer.from(files[index] ?? []),
    });
  });
  for (const [index, bytes] of files.entries()) {
    const url = `fuzz/${index}.json`;
    const expected = parseDatasetBytes({ url, bytes: bytes.slice().buffer, contentType: 'application/json' });
    await page.goto(`./?dataset=${url}`);
    const shown = page.locator('.workspace, .gate-error');
    // Generous: a loaded machine may take a while to start the page and its worker.
    await expect(shown.first(), url).toBeVisible({ timeout: 20_000 });
    expect(await page.locator('body').innerText(), `${url}: the page is blank`).not.toBe('');
    await expect(page.getByText('ran into a problem'), `${url}: a view crashed`).toHaveCount(0);
    if (expected.ok) {
      await waitForApp(page);
      await expect(page.locator('.gate-error'), url).toHaveCount(0);
      continue;
    }
    const alert = page.locator('.gate-error');
    await expect(alert, url).toContainText('could not be loaded');
    const { kind, message, issues } = expected.error;
    // The place is the same in the browser; V8 versions may word a JSON syntax error differently.
    await expect(alert.locator('.gate-detail'), url).toContainText(message.split(': ')[0] ?? message);
    if (kind === 'invalid')
      await expect(alert.locator('code').first(), url).toHaveText(issues[0]?.path ?? '');
    if (kind === 'json') await expect(alert, url).toContainText(/line \d+, column \d+|is empty/);
  }
  expect(problems.consoleErrors).toEqual([]);
});

test.describe('long searches', () => {
  test('a 10,000-character search in a link is shown shortened, kept to 2,000 in the URL, and said to be cut', async ({
    page,
  }) => {
    // 10,000 characters: the preview server, like many, refuses request lines much longer than 16 KB.
    await page.goto(`./?q=${'kyiv+'.repeat(2000)}`);
    await waitForApp(page);
    const summary = page.getByTestId('filter-summary');
    await expect(summary).toContainText('…');
    expect((await summary.innerText()).length).toBeLessThan(200);
    expect((await summary.getAttribute('title'))?.length).toBeGreaterThan(1990);
    const box = await page.locator('.workspace-toolbar').boundingBox();
    expect(box?.height).toBeLessThan(150);
    await expect(
      page.getByRole('status').filter({ hasText: 'The search in this link was cut' }),
    ).toContainText('it had 9,999 characters, and searches are kept up to 2,000');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBe(1999);
  });

  test('a pasted 20,000-character search is cut to 2,000 with a visible note, and the link keeps it whole', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    const box = page.getByRole('searchbox', { name: 'Search text' });
    await box.fill('a'.repeat(20_000));
    await expect(page.getByText('Cut to the first 2,000 of 20,000 characters')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBe(2000);
    await expect(box).toHaveValue('a'.repeat(2000));
  });
});

test('events dated 0001 and 9999 read "Showing 0001 – 9999"', async ({ page }) => {
  const url = await serveChanged(page, 'ends', (d) => {
    const [first, last] = [d.events[0], d.events[1]];
    if (first === undefined || last === undefined) throw new Error('the bundled dataset has too few events');
    Object.assign(first, { date: '0001-01-01', datePrecision: 'day' });
    Object.assign(last, { date: '9999-12-31', datePrecision: 'day' });
  });
  await page.goto(`./?dataset=${url}`);
  await waitForApp(page);
  await expect(page.locator('.tl-window')).toHaveText('Showing 0001 – 9999');
});

test('a dataset without figures says so, not that filters hide them', async ({ page }) => {
  const url = await serveChanged(page, 'no-figures', (d) => {
    d.amounts = [];
    d.flags = [];
  });
  await page.goto(`./?dataset=${url}`);
  await waitForApp(page);
  await expect(page.locator('#main').getByText('This dataset has no figures.')).toBeVisible();
  await expect(page.getByText('No figures match the filters.')).toHaveCount(0);
});
