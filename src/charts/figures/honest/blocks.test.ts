import { describe, expect, it } from 'vitest';
import { bundled } from '../../../test/bundledDataset';
import { buildFigureRows } from '../figureRows';
import { sectionBlocks } from './blocks';
import { byUsdDescending, placeFigures } from './placement';

const rows = buildFigureRows(bundled.amounts, bundled);
const byId = new Map(rows.map((r) => [r.id, r]));
const placement = placeFigures(rows, { compare: byUsdDescending, lookup: (id) => byId.get(id) });

describe('sectionBlocks', () => {
  it('counts in a block only the figures of its group, and apart the parts of others kept under their whole', () => {
    for (const section of placement.sections) {
      for (const block of sectionBlocks(section, 'stage')) {
        const stage = block.key.slice(block.key.lastIndexOf(':') + 1);
        const own = block.entries.filter((e) => e.row.amount.stage === stage).length;
        const others = block.entries.length - own;
        const name = stage.charAt(0).toUpperCase() + stage.slice(1);
        const figures = `${own} ${own === 1 ? 'figure' : 'figures'}`;
        const otherStages = [
          ...new Set(block.entries.map((e) => e.row.amount.stage).filter((s) => s !== stage)),
        ];
        const parts =
          others === 0 ? '' : ` + ${others} ${others === 1 ? 'part' : 'parts'} (${otherStages.join(', ')})`;
        expect(block.label).toBe(`${name} · ${figures}${parts}`);
      }
    }
    // The bundled data has such a block: a committed contract with an order under it, which is named.
    const labels = placement.sections.flatMap((s) => sectionBlocks(s, 'stage').map((b) => b.label));
    expect(labels).toContain('Committed · 1 figure + 1 part (ordered)');
  });

  it('leaves a section whole and unlabelled when figures are not grouped', () => {
    const section = placement.sections[0];
    if (section === undefined) throw new Error('no section');
    expect(sectionBlocks(section, 'all')).toEqual([
      { key: section.info.id, label: null, entries: section.entries },
    ]);
  });
});
