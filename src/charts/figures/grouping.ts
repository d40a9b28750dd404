/**
 * Sums of figures that are honest to add up: only figures that are not running totals or state budgets
 * (a country's spending on its own forces is not aid, and budgets of different years or countries do not
 * add up to anything), and never a part together with its whole (a part is left out when its whole, or
 * its whole's whole, is summed).
 */
import type { Bound } from '../../data/schema';
import type { FigureGroup as GroupBy } from '../../state/viewSlice';
import { AMOUNT_KIND_GROUPS, stageHeading } from '../../model/stages';
import type { FigureRow } from './figureRows';

export type NotAddedReason = 'cumulative' | 'budget' | 'part-of-whole';

export interface NotAdded {
  row: FigureRow;
  reason: NotAddedReason;
  /** For a part: the whole that is in the sum. */
  whole: FigureRow | null;
}

export interface FigureSum {
  /** Sum of the added figures in USD; 0 when nothing could be added. */
  usd: number;
  /** Sum in the original currency when every added figure shares one, else null. */
  value: number | null;
  currency: string | null;
  bound: Bound;
  added: FigureRow[];
  notAdded: NotAdded[];
  /** The distinct stages of the added figures (a sum that mixes pledges and contracts says so). */
  stages: string[];
}

export interface GroupOfFigures {
  key: string;
  label: string;
  rows: FigureRow[];
  sum: FigureSum;
}

function combineBounds(bounds: readonly Bound[]): Bound {
  if (bounds.includes('approximate')) return 'approximate';
  const lower = bounds.includes('lower');
  const upper = bounds.includes('upper');
  if (lower && upper) return 'approximate';
  if (lower) return 'lower';
  if (upper) return 'upper';
  return 'exact';
}

/**
 * Sums rows under the rules above. `wholeOf` maps an amount id to the id of the amount it is part of,
 * for the whole dataset, so a chain of parts is followed even through figures outside `rows`.
 */
export function sumFigures(
  rows: readonly FigureRow[],
  wholeOf: ReadonlyMap<string, string | null>,
): FigureSum {
  const candidates = new Map<string, FigureRow>();
  for (const row of rows) if (!row.amount.cumulative && !isBudget(row)) candidates.set(row.id, row);
  const added: FigureRow[] = [];
  const notAdded: NotAdded[] = [];
  const currencies = new Set<string>();
  const bounds = new Set<Bound>();
  const stages = new Set<string>();
  let usd = 0;
  let value = 0;
  for (const row of rows) {
    if (row.amount.cumulative) {
      notAdded.push({ row, reason: 'cumulative', whole: null });
      continue;
    }
    if (isBudget(row)) {
      notAdded.push({ row, reason: 'budget', whole: null });
      continue;
    }
    const whole = (wholeOf.get(row.id) ?? null) === null ? null : summedAncestor(row.id, wholeOf, candidates);
    if (whole !== null) {
      notAdded.push({ row, reason: 'part-of-whole', whole });
      continue;
    }
    added.push(row);
    usd += row.amount.usd;
    value += row.amount.value;
    currencies.add(row.amount.currency);
    bounds.add(row.amount.bound);
    stages.add(row.amount.stage);
  }
  const currency = currencies.size === 1 ? ([...currencies][0] ?? null) : null;
  return {
    usd,
    value: currency === null ? null : value,
    currency,
    bound: combineBounds([...bounds]),
    added,
    notAdded,
    stages: [...stages],
  };
}

const isBudget = (row: FigureRow) => row.amount.kind === 'budget';

/** The top-most ancestor of `id` that is itself summed, or null. Cycles in bad data stop the walk. */
function summedAncestor(
  id: string,
  wholeOf: ReadonlyMap<string, string | null>,
  candidates: ReadonlyMap<string, FigureRow>,
): FigureRow | null {
  let found: FigureRow | null = null;
  const seen = new Set([id]);
  for (let parent = wholeOf.get(id) ?? null; parent !== null; parent = wholeOf.get(parent) ?? null) {
    if (seen.has(parent)) break;
    seen.add(parent);
    found = candidates.get(parent) ?? found;
  }
  return found;
}

/** `partOf` of every figure that is part of another, by id, for `sumFigures`. */
export function wholeIndex(
  rows: readonly { amount: { id: string; partOf?: string | null } }[],
): ReadonlyMap<string, string | null> {
  // Only the parts: most figures are not one, and a figure the map does not hold has no whole.
  const wholeOf = new Map<string, string>();
  for (const { amount } of rows) if (amount.partOf != null) wholeOf.set(amount.id, amount.partOf);
  return wholeOf;
}

function groupKey(row: FigureRow, by: Exclude<GroupBy, 'all'>): { key: string; label: string } {
  switch (by) {
    case 'donor':
      return { key: `donor:${row.amount.donor}`, label: row.donorName };
    case 'kind':
      return { key: `kind:${row.amount.kind}`, label: AMOUNT_KIND_GROUPS[row.amount.kind] };
    case 'stage':
      return { key: `stage:${row.amount.stage}`, label: stageHeading(row.amount.stage) };
  }
}

/** Groups rows by donor, kind or stage, each with its honest sum; largest first. */
export function groupFigures(
  rows: readonly FigureRow[],
  by: Exclude<GroupBy, 'all'>,
  wholeOf: ReadonlyMap<string, string | null>,
): GroupOfFigures[] {
  const groups = new Map<string, { label: string; rows: FigureRow[] }>();
  for (const row of rows) {
    const { key, label } = groupKey(row, by);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { label, rows: [row] });
    else group.rows.push(row);
  }
  const result = [...groups].map(([key, g]) => ({
    key,
    label: g.label,
    rows: g.rows,
    sum: sumFigures(g.rows, wholeOf),
  }));
  return result.sort((a, b) => groupSize(b) - groupSize(a) || a.label.localeCompare(b.label));
}

function groupSize(group: GroupOfFigures): number {
  if (group.sum.added.length > 0) return group.sum.usd;
  return group.rows.reduce((max, r) => Math.max(max, r.amount.usd), 0);
}
