import { describe, expect, it } from 'vitest';
import type { Amount, Source } from '../data/schema';
import { fixtureDataset } from '../test/exportDataset';
import { datasetLookups } from './lookups';
import {
  withoutSourceIds,
  findValueInQuote,
  flagsText,
  mentionInQuote,
  provenanceSteps,
  provenanceText,
  sourceLine,
  splitQuote,
} from './provenance';
import { bundled, figures, testAmount } from '../test/bundledDataset';
const found = (quote: string, value: number) => {
  const span = findValueInQuote(quote, value);
  return span === null ? null : quote.slice(span.start, span.end);
};

describe('findValueInQuote', () => {
  it('finds a value with its scale word and currency', () => {
    expect(found('framework contracts in place for 2.4 billion euros (USD 2.53 billion)', 2.4e9)).toBe(
      '2.4 billion euros',
    );
    expect(found('a new package of $325 million in military aid', 325e6)).toBe('$325 million');
    expect(found('almost 10.8 trillion rubles ($111.15 billion)', 10.8e12)).toBe('10.8 trillion rubles');
    expect(found('will provide USD 128 million in new security assistance', 128e6)).toBe('USD 128 million');
    expect(found('€2,4 billion of orders', 2.4e9)).toBe('€2,4 billion');
    expect(found('worth 2,400,000,000 euros', 2.4e9)).toBe('2,400,000,000 euros');
  });

  it('does not match inside a longer number', () => {
    expect(found('a total of 21 billion euros, of which 1 billion euros', 1e9)).toBe('1 billion euros');
    expect(found('spent 11.5 billion', 1.5e9)).toBeNull();
  });

  it('returns null when the value is not written', () => {
    expect(found('a large package of aid', 325e6)).toBeNull();
  });
});

describe('mentionInQuote', () => {
  it('uses recorded offsets when they fit the quote', () => {
    const orders = figures.natoOrders;
    const quote = orders.citations[0]?.quote ?? '';
    const span = mentionInQuote(orders);
    expect(span).toEqual(orders.mention);
    expect(span === null ? '' : quote.slice(span.start, span.end)).toBe('1 billion euros');
    const pointed = testAmount({ ...orders, mention: { start: 27, end: 43 } });
    expect(mentionInQuote(pointed)).toEqual({ start: 27, end: 43 });
    const unrecorded = testAmount({ ...orders, mention: undefined });
    expect(mentionInQuote(unrecorded)).toEqual(orders.mention);
  });

  it('searches the quote when offsets are missing or out of range', () => {
    const amount = testAmount({
      id: 'x',
      value: 325e6,
      mention: { start: 0, end: 999 },
      citations: [{ source: 's', quote: 'a package of $325 million', start: 0, end: 25 }],
    });
    expect(mentionInQuote(amount)).toEqual({ start: 13, end: 25 });
  });

  it('splits a quote around the mention', () => {
    expect(splitQuote('a $5 gift', { start: 2, end: 4 })).toEqual({
      before: 'a ',
      mention: '$5',
      after: ' gift',
    });
    expect(splitQuote('plain', null)).toEqual({ before: 'plain', mention: '', after: '' });
  });
});

const sources = new Map(bundled.sources.map((s) => [s.id, s]));
const sourceOf = (amount: { citations: { source: string }[] }): Source => {
  const source = sources.get(amount.citations[0]?.source ?? '');
  if (source === undefined) throw new Error('the figure cites no known source');
  return source;
};

describe('provenanceSteps', () => {
  it('goes from quote to USD for a conversion written in the text', () => {
    const contracts = figures.natoContracts;
    const source = sourceOf(contracts);
    const line = `${source.title} — ${source.outlet ?? ''}, ${source.published ?? ''}`;
    const steps = provenanceSteps(contracts, sources, []);
    expect(steps.map((s) => s.id)).toEqual(['quote', 'parsed', 'conversion', 'usd']);
    expect(steps[0]?.quote?.mention).toBe('2.4 billion euros');
    expect(steps[0]?.source).toBe(line);
    expect(steps[1]?.text).toBe('€2.4B = EUR 2,400,000,000; exact');
    expect(steps[2]?.text).toBe(`written in the text: ${contracts.conversion?.text ?? ''}`);
    expect(steps[2]?.source).toBe(`the same quote (${line})`);
    expect(steps[3]?.text).toBe('$2.53B = USD 2,530,000,000');
  });

  it('names the rate, date and series for a rate-based figure, and its bound', () => {
    const total = figures.natoTotal;
    const conversion = total.conversion;
    if (conversion == null) throw new Error('the NATO total has no recorded conversion');
    const steps = provenanceSteps(total, sources, []);
    expect(steps[1]?.text).toBe('> €150B = EUR 150,000,000,000; a lower bound (“more than”)');
    expect(steps[2]?.text).toBe(
      `rate ${conversion.rate} USD per EUR on ${conversion.rateDate ?? ''} (${conversion.series})`,
    );
    expect(steps[2]?.source).toBe(conversion.series);
  });

  it('ends with the flags that concern the figure', () => {
    const orders = figures.natoOrders;
    const flags = bundled.flags.filter((f) => f.refs.includes(orders.id));
    const steps = provenanceSteps(orders, sources, flags);
    expect(steps.at(-1)).toMatchObject({ id: 'flags', title: flags.length === 1 ? 'Flag' : 'Flags' });
    expect(steps.at(-1)?.text).toBe(flags.map((f) => withoutSourceIds(f.message, sources)).join(' '));
    // The messages name the articles they compare by outlet, never by id.
    for (const source of bundled.sources) expect(steps.at(-1)?.text).not.toContain(source.id);
  });

  it('names a source it cannot find by its id', () => {
    expect(sourceLine(undefined, 'src-x')).toBe('source src-x');
  });
});

const first = (): Amount => {
  const amount = fixtureDataset.amounts[0];
  if (amount === undefined) throw new Error('the fixture has no figure');
  return amount;
};

describe('provenanceText', () => {
  it('walks from the quote to the USD value', () => {
    const amount = first();
    const text = provenanceText(amount, datasetLookups(fixtureDataset));
    expect(text).toContain(`“${amount.citations[0]?.quote ?? ''}”`);
    expect(text).toMatch(/Quote: .* → Parsed value: .* → USD conversion: .* → USD value: /);
  });
});

describe('flagsText', () => {
  it('is empty for a figure without flags and lists the flags otherwise', () => {
    const dataset = { ...fixtureDataset, flags: [] };
    expect(flagsText(first(), datasetLookups(dataset))).toBe('');
    const flagged = {
      ...fixtureDataset,
      flags: [{ id: 'f1', severity: 'warning' as const, message: 'Odd rate.', refs: [first().id] }],
    };
    expect(flagsText(first(), datasetLookups(flagged))).toBe('warning: Odd rate.');
  });
});

describe('withoutSourceIds', () => {
  const { sourcesById } = datasetLookups(fixtureDataset);
  const [named, unnamed] = fixtureDataset.sources;

  it('puts the outlet where a text names a source id, and "an article" where there is none', () => {
    if (named === undefined || unnamed === undefined) throw new Error('The fixture has two sources');
    const byId = new Map(sourcesById);
    byId.set(unnamed.id, { ...unnamed, outlet: null });
    expect(withoutSourceIds(`"1 billion euros" (${named.id}) implies 1.54`, byId)).toBe(
      `"1 billion euros" (${named.outlet ?? ''}) implies 1.54`,
    );
    expect(withoutSourceIds(`see (${unnamed.id}); ${named.id}-draft stays`, byId)).toBe(
      `see (an article); ${named.id}-draft stays`,
    );
  });

  it('leaves no id of the bundled flags in the details and CSV text', () => {
    const lookups = datasetLookups(bundled);
    for (const flag of bundled.flags) {
      const text = withoutSourceIds(flag.message, lookups.sourcesById);
      for (const source of bundled.sources) expect(text).not.toContain(source.id);
    }
  });
});
