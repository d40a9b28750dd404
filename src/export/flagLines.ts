import type { Amount, Flag } from '../data/schema';
import type { LeanDataset } from '../data/leanDataset';
import { flagSummary } from '../model/flagSummary';
import { datasetLookups } from '../model/lookups';

/** Most flags explained under a chart; the rest are counted ("and 2 more flags"). */
export const MAX_FLAG_LINES = 3;

/** One line of the notes: a flag explained, drawn after its mark, or the count of those left out. */
export interface FlagLine {
  text: string;
  /** The severity of the flag the line explains (its mark is drawn first); null for the count. */
  severity: Flag['severity'] | null;
}

const SEVERITY_ORDER: Record<Flag['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * The notes that explain the flags of the drawn figures: every flag on a drawn figure once, errors first,
 * each in a short plain sentence in the values the labels show, named by its figure (a note wraps
 * rather than lose the name: several flagged bars carry the same mark); at most `limit` notes, then how
 * many more there are and where they are explained.
 */
export function flagLines(
  dataset: LeanDataset,
  amounts: readonly Amount[],
  options: { appendix: boolean; limit?: number },
): FlagLine[] {
  const { flagsAbout, amountsById } = datasetLookups(dataset);
  const flags = new Map<string, { flag: Flag; amount: Amount }>();
  for (const amount of amounts) {
    for (const flag of flagsAbout.get(amount.id) ?? []) {
      if (!flags.has(flag.id))
        flags.set(flag.id, { flag, amount: amountsById.get(flag.refs[0] ?? '') ?? amount });
    }
  }
  const all = [...flags.values()].sort(
    (a, b) => SEVERITY_ORDER[a.flag.severity] - SEVERITY_ORDER[b.flag.severity],
  );
  const limit = options.limit ?? MAX_FLAG_LINES;
  // A last line that would only say "1 more flag" might as well explain it.
  const shown = all.length > limit ? all.slice(0, limit - 1) : all;
  const lines = shown.map(({ flag, amount }): FlagLine => ({
    text: `${amount.label}: ${flagSummary(flag, amountsById)}.`,
    severity: flag.severity,
  }));
  const more = all.length - shown.length;
  if (more > 0) {
    const where = options.appendix ? 'the appendix' : 'the CSV export';
    lines.push({ text: `…and ${more} more flags, explained in ${where}.`, severity: null });
  }
  return lines;
}
