/**
 * The stages of money (announced, committed, contracted...) and the kinds of figure (package, contract,
 * budget, running total): their words and marks, shared by the charts, legends, groupings and details.
 */
import {
  symbol,
  symbolAsterisk,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
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

/** A shape per stage, so stage never rests on colour alone. */
const STAGE_SYMBOLS: Record<AmountStage, SymbolType> = {
  announced: symbolCircle,
  committed: symbolSquare,
  contracted: symbolTriangle,
  ordered: symbolDiamond,
  allocated: symbolCross,
  delivered: symbolStar,
  disbursed: symbolWye,
  budgeted: symbolTimes,
  cumulative: symbolAsterisk,
};

const pathCache = new Map<string, string>();

/** SVG path of the stage's shape, centred on 0,0, of about `size` square px. */
export function stageGlyphPath(stage: AmountStage, size = 64): string {
  const key = `${stage}:${size}`;
  let path = pathCache.get(key);
  if (path === undefined) {
    path = symbol(STAGE_SYMBOLS[stage], size)() ?? '';
    pathCache.set(key, path);
  }
  return path;
}

/** Shapes drawn as strokes only (they have no area to fill). */
export function stageGlyphIsStroke(stage: AmountStage): boolean {
  return stage === 'budgeted' || stage === 'cumulative';
}
