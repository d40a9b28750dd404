import { textOfEvents } from '../../data/eventText';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/bundledDataset';
import { emptyFilters } from '../../state/filtersSlice';
import { datasetFacets, monthCounts } from './datasetFacets';
import type { Dataset } from '../../data/schema';

const months = datasetFacets(bundled).months.map(({ month }) => month);
const count = (counts: number[], month: string) => counts[months.indexOf(month)] ?? 0;

describe('monthCounts', () => {
  it('counts every event of the bundled dataset in its month with no filter set', () => {
    const counts = monthCounts(bundled, emptyFilters, textOfEvents(bundled.events));
    const dayPrecise = bundled.events.filter((e) => e.datePrecision !== 'year').length;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(dayPrecise);
    const september = bundled.events.filter((e) => e.date.startsWith('2023-09')).length;
    expect(count(counts, '2023-09')).toBe(september);
  });

  it('follows the actor, kind and text filters', () => {
    const kind = bundled.events[0]?.kind ?? 'visit';
    const byKind = monthCounts(bundled, { ...emptyFilters, kinds: [kind] }, textOfEvents(bundled.events));
    expect(byKind.reduce((a, b) => a + b, 0)).toBe(bundled.events.filter((e) => e.kind === kind).length);
    const none = monthCounts(
      bundled,
      { ...emptyFilters, text: 'no event has this text zqx' },
      textOfEvents(bundled.events),
    );
    expect(none.every((n) => n === 0)).toBe(true);
  });

  it('follows the drafts filter', () => {
    const [first, ...rest] = bundled.events;
    if (first === undefined) throw new Error('the bundled dataset has no events');
    const withDraft: Dataset = { ...bundled, events: [{ ...first, draft: true }, ...rest] };
    const month = first.date.slice(0, 7);
    const all = count(monthCounts(withDraft, emptyFilters, textOfEvents(withDraft.events)), month);
    const hidden = count(
      monthCounts(withDraft, { ...emptyFilters, drafts: 'hide' }, textOfEvents(withDraft.events)),
      month,
    );
    const only = monthCounts(withDraft, { ...emptyFilters, drafts: 'only' }, textOfEvents(withDraft.events));
    expect(hidden).toBe(all - 1);
    expect(count(only, month)).toBe(1);
    expect(only.reduce((a, b) => a + b, 0)).toBe(1);
  });
});
