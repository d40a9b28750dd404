import type { Amount } from '../data/schema';
import type { LeanDataset } from '../data/leanDataset';
import { datasetLookups } from '../model/lookups';
import { formatOriginal, formatUsd, usdBasisText } from '../model/money';
import { withoutSourceIds } from '../model/provenance';

export const MAX_FIGURE_NOTES = 40;

/**
 * Notes under an exported figures chart: for each shown figure, largest first, its value and how its USD
 * value was obtained, and its flags, so a printed chart can still be checked.
 */
export function figureNotes(
  dataset: LeanDataset,
  amounts: readonly Amount[],
  limit = MAX_FIGURE_NOTES,
): string[] {
  const { flagsAbout, sourcesById } = datasetLookups(dataset);
  const largest = [...amounts].sort((a, b) => b.usd - a.usd || a.id.localeCompare(b.id));
  const notes = largest.slice(0, limit).map((amount) => {
    const flags = flagsAbout.get(amount.id) ?? [];
    const value =
      amount.currency === 'USD' ? formatUsd(amount) : `${formatOriginal(amount)} ≈ ${formatUsd(amount)}`;
    const flagged =
      flags.length > 0
        ? ` Flagged: ${flags.map((f) => withoutSourceIds(f.message, sourcesById)).join(' ')}`
        : '';
    return `${amount.label} (${amount.date}, ${amount.stage}): ${value}; USD basis: ${usdBasisText(amount)}.${flagged}`;
  });
  if (amounts.length > limit) notes.push(`…and ${amounts.length - limit} more figures: see the CSV export.`);
  return notes;
}
