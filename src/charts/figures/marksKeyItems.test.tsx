import { describe, expect, it } from 'vitest';
import { screenPaint } from '../../model/colors';
import { buildFigureRows } from './figureRows';
import { bundled } from '../../test/bundledDataset';
import { marksKeyItems } from './marksKeyItems';

const paint = screenPaint;
const rows = buildFigureRows(bundled.amounts, bundled);
const flagged = rows.filter((r) => r.flags.length > 0);

const flagEntries = (list: typeof rows) =>
  marksKeyItems(list, 'stem', { wholes: false, prefix: 'k', paint, flagsExplained: 'in the notes' })
    .filter((k) => k.id.startsWith('flag'))
    .map((k) => ({ id: k.id, label: k.label, severity: (k.swatch.props as { severity: string }).severity }));

describe('marksKeyItems', () => {
  it('draws the flag in the colour the marks take, their first flag’s severity', () => {
    expect(flagged.length).toBeGreaterThan(0);
    const severity = flagged[0]?.flags[0]?.severity;
    expect(flagEntries(flagged)).toEqual([{ id: 'flag', label: 'flagged: see the notes', severity }]);
  });

  it('has one entry per colour when marks of two severities are drawn', () => {
    const [first] = flagged;
    if (first === undefined) throw new Error('no flagged figure');
    const warned = {
      ...first,
      id: 'warned',
      flags: first.flags.map((f) => ({ ...f, severity: 'warning' as const })),
    };
    expect(flagEntries([first, warned]).map((e) => [e.id, e.severity])).toEqual([
      ['flag-error', 'error'],
      ['flag-warning', 'warning'],
    ]);
  });

  it('has no flag entry when no drawn figure is flagged', () => {
    expect(flagEntries(rows.filter((r) => r.flags.length === 0))).toEqual([]);
  });
});
