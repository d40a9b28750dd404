import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { datasetMutation, mutateDataset } from '../scripts/fuzz-app/datasetMutations';
import { parseDatasetBytes } from '../src/data/datasetWorker';
import { expect, test, waitForApp } from './fixtures';

const bundled = readFileSync('public/data/dataset.json', 'utf8');

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
      await page.waitForLoadState('networkidle');
      expect(requested.filter((path) => path.endsWith('.json') || path.includes('etc'))).toEqual([
        '/data/dataset.json',
      ]);
      expect(problems.foreignRequests).toEqual([]);
    });
  }

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
