/**
 * Two figures side by side: their USD ratio in words ("… is about 340 times …"), and the caveats that
 * keep the ratio honest (different stages or years, bounds, running totals, parts of wholes).
 */
import type { Amount, Bound } from '../../data/schema';
import { formatAmountLabel } from '../../model/money';
import { figureYear, formatMonthYear } from '../../model/dates';
import { labelHasDate } from './figureRows';
import { STAGE_DESCRIPTIONS } from '../../model/stages';

type ComparedAmount = Pick<
  Amount,
  | 'id'
  | 'label'
  | 'date'
  | 'period'
  | 'value'
  | 'valueHigh'
  | 'currency'
  | 'usd'
  | 'usdBasis'
  | 'bound'
  | 'stage'
  | 'cumulative'
  | 'partOf'
>;

const twoDigits = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/** USD of `a` divided by USD of `b`, or null when `b` is zero. */
export function usdRatio(a: Pick<Amount, 'usd'>, b: Pick<Amount, 'usd'>): number | null {
  return b.usd > 0 ? a.usd / b.usd : null;
}

/** "about 340 times", "about 2.5 times", "about the same as", "about 29% of". */
export function ratioWords(ratio: number): string {
  if (ratio >= 1.05) return `about ${twoDigits.format(ratio)} times`;
  if (ratio > 0.95) return 'about the same as';
  return `about ${twoDigits.format(ratio * 100)}% of`;
}

/**
 * "label (aside)"; a label that already ends in parentheses takes the aside inside them: "US package
 * (April 2023, $325M)", never "(April 2023) ($325M)".
 */
export function withAside(label: string, aside: string): string {
  return label.endsWith(')') ? `${label.slice(0, -1)}, ${aside})` : `${label} (${aside})`;
}

function describe(amount: ComparedAmount): string {
  const when = labelHasDate(amount) ? '' : `, ${formatMonthYear(amount.date)}`;
  return withAside(amount.label, `${formatAmountLabel(amount)}${when}`);
}

/** "Russian military budget for 2024 (≈ ₽10.8T ≈ $111B, Sep 2023) is about 340 times US …". */
export function comparisonSentence(a: ComparedAmount, b: ComparedAmount): string {
  const ratio = usdRatio(a, b);
  if (ratio === null)
    return `${describe(b)} is zero in USD, so ${a.label} cannot be expressed as a multiple of it.`;
  return `${describe(a)} is ${ratioWords(ratio)} ${describe(b)}.`;
}

/** Which way a bound moves the ratio a/b: a lower bound on a (or an upper bound on b) means "at least". */
function ratioBound(a: Bound, b: Bound): Bound {
  if (a === 'approximate' || b === 'approximate') return 'approximate';
  const atLeast = a === 'lower' || b === 'upper';
  const atMost = a === 'upper' || b === 'lower';
  if (atLeast && atMost) return 'approximate';
  if (atLeast) return 'lower';
  if (atMost) return 'upper';
  return 'exact';
}

const BOUND_NOTES: Record<Exclude<Bound, 'exact'>, string> = {
  approximate: 'the ratio is approximate too',
  lower: 'the real ratio may be higher',
  upper: 'the real ratio may be lower',
};

function boundName(bound: Bound): string {
  if (bound === 'lower') return 'a lower bound (“more than”)';
  if (bound === 'upper') return 'an upper bound (“less than”)';
  return 'approximate';
}

/** The reasons to read a ratio with care; empty when the two figures are alike. */
export function comparisonCaveats(a: ComparedAmount, b: ComparedAmount): string[] {
  const caveats: string[] = [];
  if (a.stage !== b.stage) {
    caveats.push(
      `Different stages of money: ${a.label} is ${STAGE_DESCRIPTIONS[a.stage]} (${a.stage}); ` +
        `${b.label} is ${STAGE_DESCRIPTIONS[b.stage]} (${b.stage}).`,
    );
  }
  const yearA = figureYear(a);
  const yearB = figureYear(b);
  if (yearA !== yearB) caveats.push(`Different years: ${yearA} against ${yearB}.`);
  const bound = ratioBound(a.bound, b.bound);
  if (bound !== 'exact') {
    const which = [a, b]
      .filter((f) => f.bound !== 'exact')
      .map((f) => `${f.label} is ${boundName(f.bound)}`)
      .join('; ');
    caveats.push(`${which}, so ${BOUND_NOTES[bound]}.`);
  }
  if (a.cumulative !== b.cumulative) {
    const total = a.cumulative ? a : b;
    caveats.push(`${total.label} is a running total over time, the other a single figure.`);
  }
  if (a.partOf === b.id || b.partOf === a.id) {
    const [part, whole] = a.partOf === b.id ? [a, b] : [b, a];
    caveats.push(`${part.label} is part of ${whole.label}.`);
  }
  if (a.usdBasis !== b.usdBasis) {
    caveats.push(
      'Their USD values come from different bases: one written in the text, one at a published rate.',
    );
  }
  return caveats;
}

/** Adds a figure to the pair being compared (dropping the older one), or removes it if already there. */
export function toggleCompared(current: readonly string[], id: string): string[] {
  if (current.includes(id)) return current.filter((x) => x !== id);
  return [...current, id].slice(-2);
}
