import { generateDataset } from '../scripts/bench/generate';
import { expect, test, waitForApp } from './fixtures';

const EVENTS = 100_000;
const body = JSON.stringify(generateDataset({ events: EVENTS, seed: 1 }));
/** Grouped thousands, as en-US writes them: "7", "1,993", "12,410". */
const GROUPED = /^\d{1,3}(,\d{3})*$/;

interface Box {
  left: number;
  right: number;
  text: string;
}

test.describe('filter counts with 100,000 events', () => {
  // Loading, validating and indexing 100k events takes many seconds on a busy 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('are grouped by thousands and never touch the name or each other', async ({ page }) => {
    await page.route('**/bench-data/100k.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('./?dataset=bench-data/100k.json');
    await waitForApp(page, 180_000);
    const rows = page.locator('.facet-option');
    await expect(rows.first()).toBeVisible();
    const measured = await rows.evaluateAll((items) =>
      items
        .filter((item) => item.getClientRects().length > 0)
        .map((item) => {
          const box = (el: Element): Box => {
            // The text's own extent: a Range over the element's contents, not the element's box.
            const range = document.createRange();
            range.selectNodeContents(el);
            const rect = range.getBoundingClientRect();
            return { left: rect.left, right: rect.right, text: el.textContent };
          };
          const name = item.querySelector('.facet-name');
          return {
            name: name === null ? null : box(name),
            counts: [...item.querySelectorAll('.facet-count')].map(box),
          };
        }),
    );
    expect(measured.length).toBeGreaterThan(10);
    const counts = measured.flatMap((row) => row.counts.map((c) => c.text));
    expect(counts.filter((text) => !GROUPED.test(text))).toEqual([]);
    // Large enough that ungrouped counts of adjacent columns could run together.
    expect(counts.some((text) => text.length >= 5)).toBe(true);
    const touching: string[] = [];
    for (const row of measured) {
      const boxes = row.name === null ? row.counts : [row.name, ...row.counts];
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1], boxes[i]];
        if (a !== undefined && b !== undefined && b.left - a.right < 4)
          touching.push(`"${a.text}" | "${b.text}": ${(b.left - a.right).toFixed(1)} px apart`);
      }
    }
    expect(touching).toEqual([]);
  });
});
