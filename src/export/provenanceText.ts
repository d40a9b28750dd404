import { provenanceSteps } from '../charts/figures/provenance';
import type { Amount, Dataset } from '../data/schema';
import { formatOriginal, formatUsd } from '../model/money';

/** The flags that concern a figure. */
function flagsOf(dataset: Dataset, amount: Amount) {
  return dataset.flags.filter((f) => f.refs.includes(amount.id));
}

/**
 * A figure's provenance as one line of text, the same steps the details card shows: the quoted value, how
 * it was read, how it became US dollars, and any flags. For CSV cells and the notes of image exports.
 */
export function provenanceText(dataset: Dataset, amount: Amount): string {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return provenanceSteps(amount, sources, flagsOf(dataset, amount))
    .map((step) =>
      step.id === 'quote' ? `${step.title}: “${step.text}” (${step.source})` : `${step.title}: ${step.text}`,
    )
    .join(' → ');
}

/** The flags of a figure, in words, or an empty string. */
export function flagsText(dataset: Dataset, amount: Amount): string {
  return flagsOf(dataset, amount)
    .map((f) => `${f.severity}: ${f.message}`)
    .join('\n');
}

export const MAX_FIGURE_NOTES = 40;

/**
 * Notes under an exported figures chart: for each shown figure, largest first, its value and how its USD
 * value was obtained, and its flags, so a printed chart can still be checked.
 */
export function figureNotes(
  dataset: Dataset,
  amounts: readonly Amount[],
  limit = MAX_FIGURE_NOTES,
): string[] {
  const largest = [...amounts].sort((a, b) => b.usd - a.usd || a.id.localeCompare(b.id));
  const notes = largest.slice(0, limit).map((amount) => {
    const steps = provenanceSteps(amount, new Map(), flagsOf(dataset, amount));
    const conversion = steps.find((s) => s.id === 'conversion')?.text ?? '';
    const flags = flagsOf(dataset, amount);
    const value =
      amount.currency === 'USD' ? formatUsd(amount) : `${formatOriginal(amount)} ≈ ${formatUsd(amount)}`;
    const flagged = flags.length > 0 ? ` Flagged: ${flags.map((f) => f.message).join(' ')}` : '';
    return `${amount.label} (${amount.date}, ${amount.stage}): ${value}; USD basis: ${conversion}.${flagged}`;
  });
  if (amounts.length > limit) notes.push(`…and ${amounts.length - limit} more figures: see the CSV export.`);
  return notes;
}
