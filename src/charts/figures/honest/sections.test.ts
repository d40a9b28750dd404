import { bundled } from '../../../test/bundledDataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMOUNT_KINDS, AMOUNT_STAGES } from '../../../data/vocabulary';
import { isRunningTotal, SECTIONS, sectionInfo, sectionOf } from './sections';

const dataset = bundled;

describe('sectionOf', () => {
  it('puts every running total of the bundled dataset in "Running totals", and nothing else there', () => {
    expect(dataset.amounts.length).toBeGreaterThan(0);
    for (const amount of dataset.amounts) {
      const section = sectionOf(amount);
      expect(section === 'totals', amount.id).toBe(amount.cumulative || amount.kind === 'total');
      if (amount.kind === 'budget') expect(section, amount.id).toBe('budgets');
      if (amount.kind === 'package' || amount.kind === 'contract')
        expect(section, amount.id).toBe(amount.cumulative ? 'totals' : 'single');
    }
  });

  it('files the bundled figures as a reader would: totals, single figures, a budget', () => {
    const by = (text: string) => {
      const amount = dataset.amounts.find((a) => a.id.includes(text));
      if (amount === undefined) throw new Error(`no figure with "${text}" in its id`);
      return sectionOf(amount);
    };
    expect(by('us-military-aid-total')).toBe('totals');
    expect(by('nato-support-total')).toBe('totals');
    expect(by('us-package')).toBe('single');
    expect(by('firm-orders')).toBe('single');
    expect(by('russia-military-budget')).toBe('budgets');
  });

  it('is decided by the fields alone: a cumulative figure is a running total whatever its kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AMOUNT_KINDS),
        fc.constantFrom(...AMOUNT_STAGES),
        fc.boolean(),
        (kind, stage, cumulative) => {
          const section = sectionOf({ kind, stage, cumulative });
          const total = cumulative || kind === 'total' || stage === 'cumulative';
          expect(section === 'totals').toBe(total);
          expect(isRunningTotal({ kind, stage, cumulative })).toBe(total);
          if (!total) expect(section === 'budgets').toBe(kind === 'budget' || stage === 'budgeted');
        },
      ),
    );
  });

  it('has a heading and a note for each section, in drawing order', () => {
    expect(SECTIONS.map((s) => s.id)).toEqual(['totals', 'single', 'budgets']);
    for (const s of SECTIONS) {
      expect(sectionInfo(s.id)).toBe(s);
      expect(s.heading.length).toBeGreaterThan(0);
      expect(s.note.length).toBeGreaterThan(0);
    }
  });
});
