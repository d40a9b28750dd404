/** Words and marks for the stage and kind of a figure, shared by the charts, legends and details. */
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
import type { AmountKind, AmountStage } from '../../data/schema';

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

export const KIND_DESCRIPTIONS: Record<AmountKind, string> = {
  package: 'single package (solid bar)',
  contract: 'contract (striped bar)',
  budget: 'state budget (dotted bar)',
  total: 'running total (outlined, hatched bar)',
};

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
