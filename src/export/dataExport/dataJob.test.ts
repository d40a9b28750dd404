import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFilters } from '../../state/filtersSlice';
import { exploreDataset } from '../../state/selectors';
import { defaultView } from '../../state/viewSlice';
import { bundled } from '../../test/bundledDataset';
import { toCsv } from '../csv';
import { eventsTable } from '../dataTables';
import { shippedFilesText } from '../../data/shippedFiles';
import { textOfEvents } from '../../data/eventText';
import { encodeText } from '../../data/textFile';
import { csvInSteps, runDataJob, type DataJob, type DataProgress } from './dataJob';

const text = readFileSync('public/data/dataset.json', 'utf8');
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('csvInSteps', () => {
  it('writes what toCsv writes for the whole table, with the BOM, whatever the step', async () => {
    const header = ['a', 'b'];
    const rows = [
      ['=SUM(A1)', 1],
      ['x, "y"', null],
      ['+1', true],
    ];
    const seen: number[] = [];
    const blob = csvInSteps(header, rows, (done) => seen.push(done), 2);
    expect(seen).toEqual([2, 3]);
    const bytes = await bytesOf(blob);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(toCsv(header, rows));
    expect(toCsv(header, rows)).toContain("'=SUM(A1)");
  });
});

describe('runDataJob', () => {
  it('reads the dataset itself, keeps the filtered rows, and reports progress to the end', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(text)));
    const filters = { ...emptyFilters, from: '2023-09-01', to: '2023-12-31' };
    const steps: DataProgress[] = [];
    const { blob, count } = await runDataJob(
      {
        file: { kind: 'csv', table: 'events' },
        datasetUrl: 'https://example.test/data/dataset.json',
        shipped: null,
        filters,
        target: 'timeline',
        view: defaultView,
        exportedAt: '2026-01-01T00:00:00.000Z',
      },
      (p) => steps.push(p),
    );
    const shown = exploreDataset(bundled, filters, textOfEvents(bundled.events));
    const events = bundled.events.filter((_, i) => shown.keptEvents[i] === 1);
    const table = eventsTable(bundled, events, shown.view.amounts);
    expect(count).toBe(events.length);
    expect(table.rows.some((row) => typeof row[5] === 'string' && row[5] !== '')).toBe(true);
    expect(new TextDecoder().decode((await bytesOf(blob)).subarray(3))).toBe(toCsv(table.header, table.rows));
    expect(steps.at(-1)).toMatchObject({ done: 100, total: 100 });
  });

  it('fails with the URL when the dataset cannot be read', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 404 })));
    const job = {
      file: { kind: 'json' as const },
      datasetUrl: 'https://example.test/x.json',
      shipped: null,
      filters: emptyFilters,
      target: 'dashboard' as const,
      view: defaultView,
      exportedAt: '2026-01-01T00:00:00.000Z',
    };
    await expect(runDataJob(job, () => undefined)).rejects.toThrow('https://example.test/x.json');
  });

  describe('the dataset the app ships with', () => {
    const COLUMNS = 'https://example.test/data/dataset.columns.json';
    const TEXT = 'https://example.test/data/dataset.text.json';
    const JSON_URL = 'https://example.test/data/dataset.json';
    const shipped = shippedFilesText(bundled);
    const job: DataJob = {
      file: { kind: 'csv', table: 'events' },
      datasetUrl: JSON_URL,
      shipped: { columns: COLUMNS, text: TEXT },
      filters: emptyFilters,
      target: 'timeline',
      view: defaultView,
      exportedAt: '2026-01-01T00:00:00.000Z',
    };
    const expected = () => {
      const table = eventsTable(bundled, bundled.events, bundled.amounts);
      return toCsv(table.header, table.rows);
    };
    const serve = (files: Record<string, Response>) => {
      const asked: string[] = [];
      vi.stubGlobal('fetch', (url: string) => {
        asked.push(url);
        return Promise.resolve(files[url] ?? new Response('gone', { status: 404 }));
      });
      return asked;
    };

    it('is read from its columns and text files, summaries and quotes included, and dataset.json is not fetched', async () => {
      const asked = serve({ [COLUMNS]: new Response(shipped.columns), [TEXT]: new Response(shipped.text) });
      const { blob } = await runDataJob(job, () => undefined);
      const csv = new TextDecoder().decode((await bytesOf(blob)).subarray(3));
      expect(csv).toBe(expected());
      const summary = bundled.events.find((e) => e.summary.length > 20)?.summary ?? '';
      expect(csv).toContain(summary.slice(0, 20));
      expect(asked).toEqual([COLUMNS, TEXT]);
    });

    it('is read from dataset.json when the text file is missing, stale or not one', async () => {
      const other = { ...bundled, events: bundled.events.map((e) => ({ ...e, summary: `${e.summary}!` })) };
      const stale = JSON.stringify(encodeText(other));
      for (const textFile of [
        new Response('gone', { status: 404 }),
        new Response(stale),
        new Response('[]'),
      ]) {
        const asked = serve({
          [COLUMNS]: new Response(shipped.columns),
          [TEXT]: textFile,
          [JSON_URL]: new Response(text),
        });
        const { blob } = await runDataJob(job, () => undefined);
        expect(new TextDecoder().decode((await bytesOf(blob)).subarray(3))).toBe(expected());
        expect(asked).toEqual([COLUMNS, TEXT, JSON_URL]);
      }
    });

    it('is read from dataset.json when the columns file is missing or not one', async () => {
      for (const columns of [new Response('gone', { status: 404 }), new Response('{"events": []}')]) {
        const asked = serve({ [COLUMNS]: columns, [JSON_URL]: new Response(text) });
        const { blob } = await runDataJob(job, () => undefined);
        expect(new TextDecoder().decode((await bytesOf(blob)).subarray(3))).toBe(expected());
        expect(asked).toEqual([COLUMNS, JSON_URL]);
      }
    });
  });
});
