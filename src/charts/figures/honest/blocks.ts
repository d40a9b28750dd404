/**
 * Grouping inside a section (by donor, kind or stage): consecutive blocks of whole families, each under
 * a heading with its number of figures (and of the parts of other groups it holds). Blocks come in the section's order (the first block holds the
 * section's first-ranked family), and a family is never split: a part stays under its whole even when
 * its own donor or stage differs. Sums are not drawn in the chart, where a sum would be ranked beside
 * the figures it adds up; the totals list under the chart states them with how they were built.
 */
import type { FigureGroup } from '../../../state/viewSlice';
import type { FigureRow } from '../figureRows';
import type { PlacedFigure, PlacedSection } from './placement';
import { plural } from '../../../model/counts';

export interface FigureBlock {
  key: string;
  /**
   * "NATO · 3 figures", and "+ 1 part (United States)" for parts of another group kept under their whole; null when the
   * section is not grouped.
   */
  label: string | null;
  entries: PlacedFigure<FigureRow>[];
}

const KIND_NAMES: Record<string, string> = {
  package: 'Packages',
  contract: 'Contracts',
  budget: 'Budgets',
  total: 'Running totals',
};

function groupOf(row: FigureRow, by: Exclude<FigureGroup, 'all'>): { key: string; name: string } {
  switch (by) {
    case 'donor':
      return { key: `donor:${row.amount.donor}`, name: row.donorName };
    case 'kind':
      return { key: `kind:${row.amount.kind}`, name: KIND_NAMES[row.amount.kind] ?? row.amount.kind };
    case 'stage':
      return {
        key: `stage:${row.amount.stage}`,
        name: row.amount.stage.charAt(0).toUpperCase() + row.amount.stage.slice(1),
      };
  }
}

/** The blocks of a section: one unlabelled block, or one per group of the family's top figure. */
export function sectionBlocks(section: PlacedSection<FigureRow>, by: FigureGroup): FigureBlock[] {
  if (by === 'all') return [{ key: section.info.id, label: null, entries: section.entries }];
  const blocks = new Map<string, { name: string; entries: PlacedFigure<FigureRow>[] }>();
  let current: { name: string; entries: PlacedFigure<FigureRow>[] } | undefined;
  for (const entry of section.entries) {
    if (entry.depth === 0) {
      const { key, name } = groupOf(entry.row, by);
      current = blocks.get(key);
      if (current === undefined) {
        current = { name, entries: [] };
        blocks.set(key, current);
      }
    }
    current?.entries.push(entry);
  }
  return [...blocks].map(([key, b]) => {
    // A part kept under its whole counts apart when its own group differs, which is named: "Committed ·
    // 1 figure + 1 part (ordered)" for a committed contract with an order under it, never "2 figures"
    // the stage chips deny.
    const own = b.entries.filter((e) => groupOf(e.row, by).key === key).length;
    const others = b.entries.length - own;
    const otherNames = new Set(
      b.entries.map((e) => groupOf(e.row, by)).flatMap((g) => (g.key === key ? [] : [g.name])),
    );
    const named = [...otherNames].map((name) => (by === 'donor' ? name : name.toLowerCase())).join(', ');
    const parts = others === 0 ? '' : ` + ${plural(others, 'part')} (${named})`;
    return {
      key: `${section.info.id}/${key}`,
      label: `${b.name} · ${plural(own, 'figure')}${parts}`,
      entries: b.entries,
    };
  });
}
