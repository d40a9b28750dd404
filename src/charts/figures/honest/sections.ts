/**
 * The three kinds of number the figures charts keep apart, because they answer different questions:
 *
 * - running totals: money added up over time ("US military aid since February 2022");
 * - single figures: one package, contract, order, allocation, delivery or payment;
 * - state budgets: what a state plans to spend over a period.
 *
 * The rule, from the dataset's fields alone, first match wins:
 * 1. `cumulative` is true, or the kind is `total`, or the stage is `cumulative`: a running total. A sum
 *    over time is never a peer of the single figures it adds up, whatever else it is.
 * 2. the kind is `budget` or the stage is `budgeted`: a state budget.
 * 3. anything else: a single figure.
 */
import type { Amount } from '../../../data/schema';

export type SectionId = 'totals' | 'single' | 'budgets';

export interface SectionInfo {
  id: SectionId;
  /** The section's heading in the chart, the table and the exports. */
  heading: string;
  /** One line under the heading: what the figures in it are, and what not to do with them. */
  note: string;
}

/** Sections in the order they are drawn. */
export const SECTIONS: readonly SectionInfo[] = [
  {
    id: 'totals',
    heading: 'Running totals',
    note: 'Sums over time, each from its own start date: not comparable with single figures, never added up.',
  },
  {
    id: 'single',
    heading: 'Single packages, contracts and orders',
    note: 'One package, contract or order each.',
  },
  {
    id: 'budgets',
    heading: 'State budgets',
    note: 'Planned spending of a state over a period, not aid.',
  },
];

const SECTION_INFO = new Map(SECTIONS.map((s) => [s.id, s]));

/** The heading and note of a section. */
export function sectionInfo(id: SectionId): SectionInfo {
  const info = SECTION_INFO.get(id);
  if (info === undefined) throw new Error(`Unknown figures section "${id}"`);
  return info;
}

export type SectionFields = Pick<Amount, 'kind' | 'stage' | 'cumulative'>;

/** Which section a figure belongs to by its own fields (see the rule at the top of this file). */
export function sectionOf(amount: SectionFields): SectionId {
  if (amount.cumulative || amount.kind === 'total' || amount.stage === 'cumulative') return 'totals';
  if (amount.kind === 'budget' || amount.stage === 'budgeted') return 'budgets';
  return 'single';
}

/** Whether a figure is a running total (a sum over time that is never added to another figure). */
export function isRunningTotal(amount: SectionFields): boolean {
  return sectionOf(amount) === 'totals';
}
