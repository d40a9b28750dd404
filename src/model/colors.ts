import type { AmountStage } from '../data/schema';

/** Colours of the stages of money, as theme tokens that keep 3:1 contrast with the backgrounds. */
export const STAGE_COLORS: Record<AmountStage, string> = {
  announced: 'var(--stage-announced)',
  committed: 'var(--stage-committed)',
  contracted: 'var(--stage-contracted)',
  ordered: 'var(--stage-contracted)',
  allocated: 'var(--stage-allocated)',
  delivered: 'var(--stage-allocated)',
  disbursed: 'var(--stage-disbursed)',
  budgeted: 'var(--stage-budgeted)',
  cumulative: 'var(--stage-cumulative)',
};

/**
 * How a drawing paints a theme colour such as `var(--ink-2)`. The screen keeps the custom property, so
 * the page's stylesheet gives it the theme's colour; an exported file has no stylesheet and passes a
 * palette's resolver that writes the colour out.
 */
export type Paint = (color: string) => string;

/** The screen's paint: the colour as a custom property, which follows the page's theme. */
export const screenPaint: Paint = (color) => color;
