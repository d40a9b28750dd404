/** The mark of each stage of money, drawn by the figures chart and its key (words: stages.ts). */
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
import type { AmountStage } from '../data/schema';

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
