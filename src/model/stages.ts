/**
 * The stages of money (announced, committed, contracted...) and the kinds of figure (package, contract,
 * budget, running total): their words, shared by the charts, legends, groupings and details. Their marks
 * are in stageGlyphs.ts, which only the figures chart loads.
 */
import type { AmountKind, AmountStage } from '../data/schema';

/** What each stage of money means, in a reader's words. */
export const STAGE_DESCRIPTIONS: Record<AmountStage, string> = {
  announced: 'a package or pledge that was announced',
  committed: 'a framework contract or firm commitment',
  contracted: 'signed contracts',
  ordered: 'firm orders placed',
  allocated: 'money allocated to a purpose',
  delivered: 'aid delivered',
  disbursed: 'money paid out',
  budgeted: 'a planned state budget',
  cumulative: 'a running total over time',
};

/** What each kind of figure is, and how its bar is drawn. */
export const AMOUNT_KIND_DESCRIPTIONS: Record<AmountKind, string> = {
  package: 'single package (solid bar)',
  contract: 'contract (striped bar)',
  budget: 'state budget (dotted bar)',
  total: 'running total (outlined, hatched bar)',
};

/** How a group of figures of one kind is headed. */
export const AMOUNT_KIND_GROUPS: Record<AmountKind, string> = {
  package: 'Packages',
  contract: 'Contracts',
  budget: 'Budgets',
  total: 'Running totals',
};

/** A stage as a heading: "Announced". */
export function stageHeading(stage: AmountStage): string {
  return stage.charAt(0).toUpperCase() + stage.slice(1);
}
