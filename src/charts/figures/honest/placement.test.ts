import { bundled } from '../../../test/bundledDataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMOUNT_KINDS, AMOUNT_STAGES } from '../../../data/vocabulary';
import { buildFigureRows, type FigureRow } from '../figureRows';
import { byUsdDescending, partOfText, placeFigures, type Placement, type PlaceableRow } from './placement';
import { placeFiguresIndexed, placementIndex } from './placementIndex';
import { sectionOf } from './sections';

const dataset = bundled;
const datasetRows = buildFigureRows(dataset.amounts, dataset);

interface Row extends PlaceableRow {
  time: number;
}

/** Asserts the placement rules over `rows` in view, with `all` the whole dataset. */
function checkPlacement<R extends PlaceableRow>(
  placement: Placement<R>,
  rows: readonly R[],
  all: readonly R[],
) {
  const byId = new Map(all.map((r) => [r.id, r]));
  const inView = new Set(rows.map((r) => r.id));
  const seen = new Map<string, number>();
  for (const section of placement.sections) {
    const stack: string[] = [];
    const ranked: R[] = [];
    for (const [i, entry] of section.entries.entries()) {
      seen.set(entry.row.id, (seen.get(entry.row.id) ?? 0) + 1);
      // A well-formed tree in reading order: each part sits directly below its family's rows.
      expect(entry.depth).toBeLessThanOrEqual(i === 0 ? 0 : (section.entries[i - 1]?.depth ?? 0) + 1);
      stack.length = entry.depth;
      expect(entry.parent?.id ?? null).toBe(entry.depth === 0 ? null : stack[entry.depth - 1]);
      stack.push(entry.row.id);
      if (entry.depth === 0) {
        ranked.push(entry.row);
        // Only figures of the section's own kind are ranked in it: no running total among single figures.
        expect(sectionOf(entry.row.amount)).toBe(section.info.id);
      } else {
        expect(entry.root).toBe(stack[0]);
      }
      // The whole is named from the dataset even when the filters hide it.
      const wholeId = entry.row.amount.partOf ?? null;
      expect(entry.whole?.id ?? null).toBe(wholeId === null ? null : (byId.get(wholeId)?.id ?? null));
      if (wholeId !== null && byId.has(wholeId))
        expect(partOfText(entry)).toBe(`part of ${byId.get(wholeId)?.amount.label ?? ''}`);
      // A whole in view is an ancestor of its part in the same block, never a peer ranked beside it.
      if (wholeId !== null && inView.has(wholeId) && entry.wholeDrawn) {
        expect(stack.slice(0, -1)).toContain(wholeId);
      }
    }
    // No figure ranked at the top level is the whole of another top-level figure.
    const rankedIds = new Set(ranked.map((r) => r.id));
    for (const r of ranked) {
      const wholeId = r.amount.partOf ?? null;
      if (wholeId !== null && rankedIds.has(wholeId)) {
        // Only a figure whose chain of wholes loops back to itself may be cut loose this way.
        expect(loopsBack(r, byId)).toBe(true);
      }
    }
  }
  return seen;
}

function loopsBack(row: PlaceableRow, byId: ReadonlyMap<string, PlaceableRow>): boolean {
  const seen = new Set<string>();
  for (
    let id = row.amount.partOf ?? null;
    id !== null && !seen.has(id);
    id = byId.get(id)?.amount.partOf ?? null
  ) {
    if (id === row.id) return true;
    seen.add(id);
  }
  return false;
}

const byUsd = (a: FigureRow, b: FigureRow) => byUsdDescending(a, b);

describe('placeFigures on the bundled dataset', () => {
  const byId = new Map(datasetRows.map((r) => [r.id, r]));
  const placement = placeFigures(datasetRows, { compare: byUsd, lookup: (id) => byId.get(id) });
  const find = (text: string) => {
    const row = datasetRows.find((r) => r.id.includes(text));
    if (row === undefined) throw new Error(`no figure with "${text}" in its id`);
    return row;
  };
  const entryOf = (id: string) =>
    placement.sections
      .flatMap((s) => s.entries.map((e) => ({ ...e, section: s.info.id })))
      .find((e) => e.row.id === id);

  it('draws every amount exactly once, each part under its whole', () => {
    const seen = checkPlacement(placement, datasetRows, datasetRows);
    expect([...seen.keys()].sort()).toEqual(datasetRows.map((r) => r.id).sort());
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    for (const row of datasetRows) {
      const entry = entryOf(row.id);
      if (row.amount.partOf != null) {
        expect(entry?.parent?.id, row.id).toBe(row.amount.partOf);
        expect(entry?.depth, row.id).toBeGreaterThan(0);
      } else expect(entry?.depth, row.id).toBe(0);
    }
  });

  it('marks the $325M package on the $35.4B running total it is part of', () => {
    const pkg = find('us-package');
    const total = find('us-military-aid-total');
    expect(pkg.amount.partOf).toBe(total.id);
    const entry = entryOf(pkg.id);
    expect(entry?.section).toBe('totals');
    expect(entry?.ownSection).toBe('single');
    expect(partOfText(entry ?? { row: pkg, whole: null })).toBe(`part of ${total.amount.label}`);
    const single = placement.sections.find((s) => s.info.id === 'single');
    expect(single?.elsewhere.map((e) => e.row.id)).toEqual([pkg.id]);
  });

  it('puts the EUR 1B firm orders inside the EUR 2.4B framework contracts', () => {
    const orders = find('firm-orders');
    const framework = find('framework-contracts');
    const single = placement.sections.find((s) => s.info.id === 'single');
    const ids = single?.entries.map((e) => e.row.id) ?? [];
    expect(ids.indexOf(orders.id)).toBe(ids.indexOf(framework.id) + 1);
    expect(entryOf(orders.id)?.depth).toBe(1);
  });

  it('keeps the three sections apart and ranks only whole figures in each', () => {
    expect(placement.sections.map((s) => s.info.id)).toEqual(['totals', 'single', 'budgets']);
    for (const section of placement.sections) {
      const ranked = section.entries.filter((e) => e.depth === 0).map((e) => e.row);
      expect(ranked).toEqual(ranked.slice().sort(byUsd));
    }
  });

  it('still names a whole the filters hide, and draws the part at the top of its section', () => {
    const pkg = find('us-package');
    const onlyPackages = datasetRows.filter((r) => r.amount.kind === 'package');
    const p = placeFigures(onlyPackages, { compare: byUsd, lookup: (id) => byId.get(id) });
    checkPlacement(p, onlyPackages, datasetRows);
    const entry = p.sections.flatMap((s) => s.entries).find((e) => e.row.id === pkg.id);
    expect(entry?.depth).toBe(0);
    expect(entry?.wholeDrawn).toBe(false);
    expect(entry?.whole?.id).toBe(pkg.amount.partOf);
  });

  it('keeps whole families when a limit cuts the list, largest top figure first', () => {
    const p = placeFigures(datasetRows, { compare: byUsd, lookup: (id) => byId.get(id), limit: 3 });
    expect(p.shown).toBe(3);
    expect(p.total).toBe(datasetRows.length);
    const drawn = p.sections.flatMap((s) => s.entries);
    for (const entry of drawn)
      if (entry.parent !== null) expect(drawn.map((e) => e.row.id)).toContain(entry.parent.id);
    expect(drawn[0]?.row.id).toBe(find('nato-support-total').id);
  });
});

/** Generated figures: any kind, stage and value; `partOf` pointing anywhere, including loops and unknown ids. */
function figuresArbitrary(acyclic: boolean, maxLength = 40) {
  return fc
    .array(
      fc.record({
        kind: fc.constantFrom(...AMOUNT_KINDS),
        stage: fc.constantFrom(...AMOUNT_STAGES),
        cumulative: fc.boolean(),
        usd: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e13, noNaN: true })),
        partOf: fc.option(fc.nat({ max: maxLength }), { freq: 2 }),
        inView: fc.boolean(),
      }),
      { minLength: 1, maxLength },
    )
    .map((specs) => {
      const all: Row[] = specs.map((spec, i) => {
        // Acyclic: a figure is part of one listed after it; otherwise any index, or one past the end.
        const target = spec.partOf === null ? null : acyclic ? i + 1 + (spec.partOf % 5) : spec.partOf;
        const partOf =
          target === null ? null : target < specs.length ? `f${target}` : acyclic ? null : 'missing';
        const amount: Row['amount'] = {
          id: `f${i}`,
          label: `Figure ${i}`,
          usd: spec.usd,
          partOf,
          cumulative: spec.cumulative,
          kind: spec.kind,
          stage: spec.stage,
        };
        return { id: amount.id, amount, time: i };
      });
      const rows = all.filter((_, i) => specs[i]?.inView ?? false);
      return { all, rows };
    });
}

describe('placeFigures on generated figures', () => {
  const usd = (a: Row, b: Row) => byUsdDescending(a, b);

  it('draws every figure in view once, each part with its whole, no whole among its parts', () => {
    fc.assert(
      fc.property(figuresArbitrary(true), ({ all, rows }) => {
        const byId = new Map(all.map((r) => [r.id, r]));
        const placement = placeFigures(rows, { compare: usd, lookup: (id) => byId.get(id) });
        const seen = checkPlacement(placement, rows, all);
        expect(seen.size).toBe(rows.length);
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        const entries = placement.sections.flatMap((s) => s.entries);
        for (const entry of entries) {
          // The nearest whole up the chain that is in view is the one it is drawn under.
          let expected: string | null = null;
          for (
            let id = entry.row.amount.partOf ?? null;
            id !== null;
            id = byId.get(id)?.amount.partOf ?? null
          ) {
            if (rows.some((r) => r.id === id)) {
              expected = id;
              break;
            }
          }
          expect(entry.parent?.id ?? null).toBe(expected);
          if (entry.wholeDrawn) expect(entry.parent?.id).toBe(entry.row.amount.partOf);
        }
      }),
    );
  });

  it('survives loops and unknown wholes: every figure in view is drawn once, in a well-formed tree', () => {
    fc.assert(
      fc.property(figuresArbitrary(false), ({ all, rows }) => {
        const byId = new Map(all.map((r) => [r.id, r]));
        const placement = placeFigures(rows, { compare: usd, lookup: (id) => byId.get(id) });
        const seen = checkPlacement(placement, rows, all);
        expect(seen.size).toBe(rows.length);
        expect(placement.shown).toBe(rows.length);
      }),
    );
  });

  it('never draws more than the limit, and never a part without the figure it sits under', () => {
    fc.assert(
      fc.property(figuresArbitrary(true), fc.nat({ max: 45 }), ({ all, rows }, limit) => {
        const byId = new Map(all.map((r) => [r.id, r]));
        const placement = placeFigures(rows, { compare: usd, lookup: (id) => byId.get(id), limit });
        const entries = placement.sections.flatMap((s) => s.entries);
        expect(entries.length).toBe(Math.min(limit, rows.length));
        expect(placement.shown).toBe(entries.length);
        const drawn = new Set(entries.map((e) => e.row.id));
        for (const e of entries) if (e.parent !== null) expect(drawn.has(e.parent.id)).toBe(true);
        checkPlacement(placement, rows, all);
        const totals = placement.sections.reduce((n, s) => n + s.total, 0);
        expect(totals).toBe(rows.length);
      }),
    );
  });

  it('lists each part drawn in another section under its own section as shown elsewhere', () => {
    fc.assert(
      fc.property(figuresArbitrary(true), ({ all, rows }) => {
        const byId = new Map(all.map((r) => [r.id, r]));
        const placement = placeFigures(rows, { compare: usd, lookup: (id) => byId.get(id) });
        for (const section of placement.sections) {
          for (const e of section.elsewhere) expect(sectionOf(e.row.amount)).toBe(section.info.id);
          for (const e of section.entries) {
            if (e.ownSection !== section.info.id) {
              const home = placement.sections.find((s) => s.info.id === e.ownSection);
              expect(home?.elsewhere).toContain(e);
            }
          }
        }
      }),
    );
  });

  it('places the same with the dataset read once into an index, loops and unknown wholes included', () => {
    const byTime = (a: Row, b: Row) => a.time - b.time || byUsdDescending(a, b);
    fc.assert(
      fc.property(
        // Few figures, so that loops among those in view and hidden wholes between two in view are common.
        fc.boolean().chain((acyclic) => figuresArbitrary(acyclic, 10)),
        fc.nat({ max: 10 }),
        fc.boolean(),
        ({ all, rows }, limit, byValue) => {
          const byId = new Map(all.map((r) => [r.id, r]));
          const options = { compare: byValue ? usd : byTime, lookup: (id: string) => byId.get(id), limit };
          const index = placementIndex([...byId.values()]);
          expect(placeFiguresIndexed(rows, options, index)).toEqual(placeFigures(rows, options));
        },
      ),
      { numRuns: 500 },
    );
  });
});
