import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../data/schema';
import { emptyFilters } from '../state/filtersSlice';
import { toCsv } from './csv';
import { eventsTable, figuresTable } from './dataTables';
import { fixtureDataset as ds } from '../test/exportDataset';
import { readCsv } from '../test/readCsv';
import { toJson } from './toJson';
import { defined } from '../test/defined';

function column(rows: string[][], name: string): string[] {
  const index = defined(rows[0], 'a header row').indexOf(name);
  expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => defined(r[index], `a ${name} cell`));
}

describe('figuresTable', () => {
  const table = figuresTable(ds, ds.amounts);
  const rows = readCsv(toCsv(table.header, table.rows));

  it('has one row per figure after the header', () => {
    expect(rows).toHaveLength(ds.amounts.length + 1);
    expect(column(rows, 'id')).toEqual(ds.amounts.map((a) => a.id));
  });

  it('gives the original value and currency beside the USD value', () => {
    expect(column(rows, 'value')).toEqual(['325000000', '2400000000']);
    expect(column(rows, 'currency')).toEqual(['USD', 'EUR']);
    expect(column(rows, 'usd')).toEqual(['325000000', '2530000000']);
    expect(column(rows, 'usd_rate')).toEqual(['', '1.054']);
  });

  it('keeps ISO dates, actor names and verbatim citations', () => {
    expect(column(rows, 'date')).toEqual(['2023-04-17', '2024-01']);
    expect(column(rows, 'donor')).toEqual(['United States', 'NATO']);
    expect(column(rows, 'citations')[1]).toBe(
      'Contracts <signed> & "firm" orders: “€2.4 billion, "firm" orders”',
    );
  });

  it('guards a label that starts like a formula', () => {
    expect(column(rows, 'label')[1]).toBe("'@NATO framework contracts");
  });
});

describe('eventsTable', () => {
  const table = eventsTable(ds, ds.events, ds.amounts.slice(0, 1));
  const rows = readCsv(toCsv(table.header, table.rows));

  it('has one row per event, with its shown figures', () => {
    expect(column(rows, 'id')).toEqual(['ev-visit', 'ev-contract']);
    expect(column(rows, 'figure_ids')).toEqual(['fig-package', '']);
  });

  it('keeps line breaks, quotes and non-ASCII text, and guards formulas', () => {
    expect(column(rows, 'summary')).toEqual([
      'The NATO chief meets Zelensky, "unannounced", in Kyiv.',
      'Line one\nline two – naïve café',
    ]);
    expect(column(rows, 'title')[1]).toBe('\'=HYPERLINK("http://evil") contracts, signed');
    expect(column(rows, 'citations')[1]).toBe(
      'Contracts <signed> & "firm" orders: “€2.4 billion, "firm" orders”\nStoltenberg in Kyiv: “+ more”',
    );
    expect(column(rows, 'actors')[0]).toBe('NATO; Ukraine');
  });
});

describe('toJson', () => {
  const json = toJson({
    dataset: ds,
    events: ds.events.slice(0, 1),
    amounts: ds.amounts.slice(0, 1),
    filters: { ...emptyFilters, kinds: ['visit'] },
    caption: 'Filters: event kind visit. Dates: all dates.',
    exportedAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
  });
  const parsed = JSON.parse(json) as Record<string, unknown>;

  it('holds the shown events and figures with their citations, and the filters', () => {
    expect(parsed.events).toEqual(ds.events.slice(0, 1));
    expect(parsed.amounts).toEqual(ds.amounts.slice(0, 1));
    expect(parsed.filters).toMatchObject({ kinds: ['visit'] });
    expect(parsed.exportedAt).toBe('2025-01-02T03:04:05.000Z');
  });

  it('keeps only the sources and actors it refers to, and reads as a dataset', () => {
    expect((parsed.sources as { id: string }[]).map((s) => s.id)).toEqual(['src-a']);
    expect((parsed.actors as { id: string }[]).map((a) => a.id)).toEqual([
      'nato',
      'united-states',
      'ukraine',
    ]);
    expect(datasetSchema.safeParse({ ...parsed, flags: [] }).success).toBe(true);
  });
});
