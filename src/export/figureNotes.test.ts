import { describe, expect, it } from 'vitest';
import { figureNotes } from './figureNotes';
import { fixtureDataset } from '../test/exportDataset';
import type { Amount } from '../data/schema';

const first = (): Amount => {
  const amount = fixtureDataset.amounts[0];
  if (amount === undefined) throw new Error('the fixture has no figure');
  return amount;
};

describe('figureNotes', () => {
  it('has one note per figure, largest first, and says how many were left out', () => {
    const amounts = fixtureDataset.amounts;
    const notes = figureNotes(fixtureDataset, amounts, 1);
    const largest = [...amounts].sort((a, b) => b.usd - a.usd)[0];
    expect(notes[0]).toContain(largest?.label ?? '');
    expect(notes[0]).toContain('USD basis:');
    if (amounts.length > 1)
      expect(notes.at(-1)).toBe(`…and ${amounts.length - 1} more figures: see the CSV export.`);
  });

  it('names the flags of a flagged figure', () => {
    const amount = first();
    const dataset = {
      ...fixtureDataset,
      flags: [{ id: 'f1', severity: 'error' as const, message: 'Conversion disagrees.', refs: [amount.id] }],
    };
    const note = figureNotes(dataset, [amount]).join('\n');
    expect(note).toContain('Flagged: Conversion disagrees.');
  });
});
