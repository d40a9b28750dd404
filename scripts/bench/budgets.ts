import { readFile } from 'node:fs/promises';
import type { BenchResult, Unit } from './results';

export type BudgetStat = 'median' | 'p95' | 'max';

export interface Budget {
  id: string;
  stat: BudgetStat;
  /** The measure must stay strictly under this. */
  limit: number;
  unit: Unit;
  /** The target as the issue states it. */
  target: string;
}

export type BudgetOutcome =
  | { budget: Budget; status: 'met'; value: number; over: number }
  | { budget: Budget; status: 'missed'; value: number; over: number }
  | { budget: Budget; status: 'not-measured'; reason: string };

const STATS: readonly BudgetStat[] = ['median', 'p95', 'max'];
const UNITS: readonly Unit[] = ['ms', 'bytes', 'MB', 'elements'];

/** Reads bench/budgets.json and names the entry and field of anything wrong in it. */
export function parseBudgets(text: string, file = 'bench/budgets.json'): Budget[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const list = (json as { budgets?: unknown } | null)?.budgets;
  if (!Array.isArray(list)) throw new Error(`${file}: expected an object with a "budgets" array.`);
  return list.map((entry: unknown, i) => {
    const where = `${file}: budgets[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where} must be an object.`);
    const e = entry as Record<string, unknown>;
    if (typeof e.id !== 'string' || e.id === '') throw new Error(`${where}.id must be a non-empty string.`);
    if (!STATS.includes(e.stat as BudgetStat))
      throw new Error(`${where}.stat must be one of ${STATS.join(', ')}.`);
    if (typeof e.limit !== 'number' || !(e.limit > 0))
      throw new Error(`${where}.limit must be a positive number.`);
    if (!UNITS.includes(e.unit as Unit)) throw new Error(`${where}.unit must be one of ${UNITS.join(', ')}.`);
    if (typeof e.target !== 'string') throw new Error(`${where}.target must be a string.`);
    return { id: e.id, stat: e.stat as BudgetStat, limit: e.limit, unit: e.unit as Unit, target: e.target };
  });
}

export async function loadBudgets(path: string, label: string): Promise<Budget[]> {
  return parseBudgets(await readFile(path, 'utf8'), label);
}

/** Compares each budget with its measure: met, missed (and by how much), or not measured (and why). */
export function checkBudgets(budgets: readonly Budget[], results: readonly BenchResult[]): BudgetOutcome[] {
  return budgets.map((budget) => {
    const result = results.find((r) => r.id === budget.id);
    if (result === undefined)
      return { budget, status: 'not-measured', reason: 'no such measure in this run' };
    if (result.status === 'not-measured') return { budget, status: 'not-measured', reason: result.reason };
    if (result.unit !== budget.unit)
      throw new Error(`Budget ${budget.id} is in ${budget.unit} but the measure is in ${result.unit}.`);
    const value = result.stats[budget.stat];
    if (value === undefined)
      return { budget, status: 'not-measured', reason: `the measure has no ${budget.stat}` };
    const over = value - budget.limit;
    return value < budget.limit
      ? { budget, status: 'met', value, over }
      : { budget, status: 'missed', value, over };
  });
}

/** `--check` passes only when every budget was measured and met. */
export function allMet(outcomes: readonly BudgetOutcome[]): boolean {
  return outcomes.every((o) => o.status === 'met');
}
