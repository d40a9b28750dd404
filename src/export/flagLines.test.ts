import { describe, expect, it } from 'vitest';
import type { Flag } from '../data/schema';
import { bundled } from '../test/bundledDataset';
import { flagLines } from './flagLines';

const flaggedIds = new Set(bundled.flags.flatMap((f) => f.refs));
const flagged = bundled.amounts.filter((a) => flaggedIds.has(a.id));

describe('flagLines', () => {
  it('explains every flag on a drawn figure once, each in one line with its mark', () => {
    const lines = flagLines(bundled, bundled.amounts, { appendix: false, limit: 10 });
    const drawnFlags = bundled.flags.filter((f) => f.refs.some((id) => flagged.some((a) => a.id === id)));
    expect(lines).toHaveLength(drawnFlags.length);
    expect(lines.every((l) => l.severity !== null)).toBe(true);
    expect(lines.map((l) => l.text)).toContain(
      'NATO firm ammunition orders: €1B written as $1.54B; the published rate of 1.054 gives $1.05B.',
    );
    for (const line of lines) expect(line.text).not.toMatch(/see the CSV|implies|USD\/EUR|"/);
  });

  it('names the figure of every flag, so a note never leaves the reader to guess which bar it is about', () => {
    const lines = flagLines(bundled, flagged, { appendix: false });
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      const named = flagged.filter((a) => line.text.startsWith(`${a.label}: `));
      expect(named, line.text).toHaveLength(1);
    }
  });

  it('is bounded: past the limit it counts the rest and says where they are explained', () => {
    const extra: Flag[] = Array.from({ length: 5 }, (_, i) => ({
      id: `reported-differently-extra-${String(i)}`,
      severity: 'warning',
      message: 'x',
      refs: [flagged[0]?.id ?? ''],
    }));
    const dataset = { ...bundled, flags: [...bundled.flags, ...extra] };
    const lines = flagLines(dataset, flagged, { appendix: true, limit: 3 });
    expect(lines).toHaveLength(3);
    expect(lines[2]).toEqual({
      text: `…and ${String(bundled.flags.length + 5 - 2)} more flags, explained in the appendix.`,
      severity: null,
    });
    expect(lines[0]?.severity).toBe('error');
  });

  it('is empty when no flagged figure is drawn', () => {
    const clean = bundled.amounts.filter((a) => !flaggedIds.has(a.id));
    expect(flagLines(bundled, clean, { appendix: false })).toEqual([]);
  });
});
