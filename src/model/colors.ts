import type { AmountStage } from '../data/schema';

/**
 * Colours of data marks, as CSS custom properties so they follow the theme. The eight Okabe-Ito based
 * colours are told apart with the common colour-vision deficiencies; marks never rely on colour alone
 * (shapes, patterns and labels carry the same meaning).
 */
export const DATA_COLORS = [
  'var(--data-1)',
  'var(--data-2)',
  'var(--data-3)',
  'var(--data-4)',
  'var(--data-5)',
  'var(--data-6)',
  'var(--data-7)',
  'var(--data-8)',
] as const;

/** A stable colour per actor: the actor's position in the dataset's actor list, cycled over the palette. */
export function actorColor(actorIds: readonly string[], actorId: string): string {
  const index = actorIds.indexOf(actorId);
  return DATA_COLORS[(index < 0 ? DATA_COLORS.length - 1 : index) % DATA_COLORS.length] ?? 'var(--data-8)';
}

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
