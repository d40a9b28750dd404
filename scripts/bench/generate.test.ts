import { describe, expect, it } from 'vitest';
import '../../src/data/zodConfig';
import { DATE_PRECISIONS, EVENT_KINDS } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { generateDataset } from './generate';

const thousand = generateDataset({ events: 1000, seed: 7 });

describe('generateDataset', () => {
  it('produces a dataset that passes the schema and the cross-reference checks', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(generateDataset({ events: 10_000, seed: 3 }))));
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
  });

  it('gives the same dataset for the same seed and a different one for another seed', () => {
    expect(JSON.stringify(generateDataset({ events: 1000, seed: 7 }))).toBe(JSON.stringify(thousand));
    expect(JSON.stringify(generateDataset({ events: 1000, seed: 8 }))).not.toBe(JSON.stringify(thousand));
  });

  it.each([1, 999, 1000, 12_345])('makes exactly %i events', (count) => {
    expect(generateDataset({ events: count, seed: 1 }).events).toHaveLength(count);
  });

  it('makes the number of actors asked for, with activity along a power law', () => {
    expect(thousand.actors).toHaveLength(150);
    const activity = new Map<string, number>();
    for (const event of thousand.events)
      for (const actor of event.actors) activity.set(actor, (activity.get(actor) ?? 0) + 1);
    const counts = [...activity.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(counts[0]).toBeGreaterThan(20 * median);
  });

  it('sorts events by date and clusters them on busy days', () => {
    const dates = thousand.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const perDay = new Map<string, number>();
    for (const d of generateDataset({ events: 10_000, seed: 2 }).events)
      if (d.datePrecision === 'day') perDay.set(d.date, (perDay.get(d.date) ?? 0) + 1);
    const counts = [...perDay.values()].sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(counts[counts.length - 1]).toBeGreaterThan(8 * median);
  });

  it('uses every kind of event and every date precision', () => {
    expect(new Set(thousand.events.map((e) => e.kind))).toEqual(new Set(EVENT_KINDS));
    expect(new Set(thousand.events.map((e) => e.datePrecision))).toEqual(new Set(DATE_PRECISIONS));
    for (const event of thousand.events) {
      const length = { day: 10, week: 10, month: 7, year: 4 }[event.datePrecision];
      expect(event.date).toHaveLength(length);
    }
  });

  it('has figures over six orders of magnitude in several currencies, some cumulative, some parts', () => {
    const usd = thousand.amounts.map((a) => a.usd);
    expect(Math.max(...usd) / Math.min(...usd)).toBeGreaterThan(1e6);
    const currencies = new Set(thousand.amounts.map((a) => a.currency));
    for (const code of ['USD', 'EUR', 'GBP', 'RUB', 'UAH', 'JPY']) expect(currencies).toContain(code);
    expect(thousand.amounts.some((a) => a.cumulative && a.kind === 'total')).toBe(true);
    const byId = new Map(thousand.amounts.map((a) => [a.id, a]));
    const parts = thousand.amounts.filter((a) => a.partOf != null);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      const whole = byId.get(part.partOf ?? '');
      expect(whole?.currency).toBe(part.currency);
      expect(part.value).toBeLessThan(whole?.value ?? 0);
    }
  });

  it('cites sources at offsets that match the quotes and marks the money mention inside them', () => {
    const citations = [...thousand.events, ...thousand.amounts].flatMap((item) => item.citations);
    for (const c of citations) expect(c.end - c.start).toBe(c.quote.length);
    for (const amount of thousand.amounts) {
      const quote = amount.citations[0]?.quote ?? '';
      const mention = quote.slice(amount.mention?.start, amount.mention?.end);
      expect(mention).toMatch(/^(\$|€|£|¥|[A-Z]{3} )[\d.,]+( (million|billion|trillion))?$/);
    }
  });
});

describe('the text of generated events', () => {
  it('has a long tail of rare words, as news text does', () => {
    const words = new Map<string, number>();
    for (const event of generateDataset({ events: 10_000, seed: 4 }).events) {
      const text = [event.title, event.summary, ...event.citations.map((c) => c.quote)].join(' ');
      for (const word of text.toLowerCase().split(/\s+/)) words.set(word, (words.get(word) ?? 0) + 1);
    }
    expect(words.size).toBeGreaterThan(8_000);
    const once = [...words.values()].filter((n) => n === 1).length;
    expect(once / words.size).toBeGreaterThan(0.3);
  });
});
