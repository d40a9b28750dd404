import { describe, expect, it } from 'vitest';
import { figureNotes, flagsText, provenanceText } from './provenanceText';
import { fixtureDataset } from '../test/exportDataset';
import type { Amount } from '../data/schema';

const first = (): Amount => {
  const amount = fixtureDataset.amounts[0];
  if (amount === undefined) throw new Error('the fixture has no figure');
  return amount;
};

describe('provenanceText', () => {
  it('walks from the quote to the USD value', () => {
    const amount = first();
    const text = provenanceText(fixtureDataset, amount);
    expect(text).toContain(`“${amount.citations[0]?.quote ?? ''}”`);
    expect(text).toMatch(/Quote: .* → Parsed value: .* → USD conversion: .* → USD value: /);
  });
});

describe('flagsText', () => {
  it('is empty for a figure without flags and lists the flags otherwise', () => {
    const dataset = { ...fixtureDataset, flags: [] };
    expect(flagsText(dataset, first())).toBe('');
    const flagged = {
      ...fixtureDataset,
      flags: [{ id: 'f1', severity: 'warning' as const, message: 'Odd rate.', refs: [first().id] }],
    };
    expect(flagsText(flagged, first())).toBe('warning: Odd rate.');
  });
});

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
