import { describe, expect, it } from 'vitest';
import type { Flag } from '../data/schema';
import { bundled } from '../test/bundledDataset';
import { defined } from '../test/defined';
import { flagSummary } from './flagSummary';

const byId = new Map(bundled.amounts.map((a) => [a.id, a]));
const flag = (prefix: string) =>
  defined(
    bundled.flags.find((f) => f.id.startsWith(prefix)),
    prefix,
  );

describe('flagSummary', () => {
  it('says a conversion disagrees with the published rate in the values the chart shows', () => {
    expect(flagSummary(flag('conversion-vs-rate-nato-ammunition-firm-orders'), byId)).toBe(
      '€1B written as $1.54B; the published rate of 1.054 gives $1.05B',
    );
  });

  it('says which conversion of the same day disagrees, and what the other rate gives', () => {
    expect(flagSummary(flag('conversion-vs-same-day-nato-ammunition-firm-orders'), byId)).toBe(
      '€1B written as $1.54B; the same day €2.4B is written as $2.53B, a rate that gives $1.05B',
    );
  });

  it('never repeats the raw note: no quotes, ids or rate units', () => {
    for (const f of bundled.flags) {
      const text = flagSummary(f, byId);
      expect(text).not.toMatch(/"|USD\/|implies|\d{3}[a-z]?-[a-z]+-/);
      for (const s of bundled.sources) expect(text).not.toContain(s.id);
    }
  });

  it('keeps a flag of another kind in its own words only when they are short and plain', () => {
    const amount = defined(bundled.amounts[0], 'a figure');
    const other: Flag = {
      id: 'other',
      severity: 'warning',
      message: 'The rate is not stated.',
      refs: [amount.id],
    };
    expect(flagSummary(other, byId)).toMatch(/: the rate is not stated$/);
    const raw = { ...other, message: '"1 billion" (001-cnn-stoltenberg) implies 1.54 USD/EUR.' };
    expect(flagSummary(raw, byId)).toMatch(/ is flagged: the CSV export says why$/);
  });

  it('explains part and whole flags from the figures they name', () => {
    const part = defined(
      bundled.amounts.find((a) => a.partOf !== null),
      'a part',
    );
    const whole = defined(byId.get(part.partOf ?? ''), 'its whole');
    const parts: Flag = {
      id: `parts-exceed-total-${whole.id}`,
      severity: 'error',
      message: 'the compiler’s own words',
      refs: [whole.id, part.id],
    };
    expect(flagSummary(parts, byId)).toMatch(/^the parts of \S+ add up to more: \$/);
    const larger: Flag = { ...parts, id: `part-exceeds-whole-${part.id}`, refs: [part.id, whole.id] };
    expect(flagSummary(larger, byId)).toMatch(/ is more than .*, the whole it is part of$/);
  });
});
