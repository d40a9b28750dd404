import { expect, it } from 'vitest';
import { measureDrafts, measureReport } from './measureDrafts';

// The numbers `npx tsx scripts/add/measureDrafts.ts` reports, held to the goals of the drafting tool.
it('drafts at least 95% of the curated figures and 80% of the curated events of the seeds, once', async () => {
  const measure = await measureDrafts({ published: true });
  const report = measureReport(measure, true);
  expect(measure.figures.matched / measure.figures.curated, report).toBeGreaterThanOrEqual(0.95);
  expect(measure.events.matched / measure.events.curated, report).toBeGreaterThanOrEqual(0.8);
  expect(measure.secondRunWrites, report).toBe(0);
}, 300_000);
