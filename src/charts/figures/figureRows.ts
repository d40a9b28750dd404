/** The figures the charts draw: each amount with its title, donor name, time and flags, derived once. */
import type { Amount, Flag } from '../../data/schema';
import type { LeanDataset } from '../../data/leanDataset';
import { usdHigh } from '../../model/money';
import { formatMonthYear, parseIsoDate } from '../../model/dates';
import { actorName, datasetLookups } from '../../model/lookups';
import { flagSummary } from '../../model/flagSummary';

export interface FigureRow {
  id: string;
  amount: Amount;
  /** Who gave or spent what and when: "US military aid package, Apr 2023". */
  title: string;
  donorName: string;
  recipientName: string | null;
  /** Start of the figure's date, ms since the epoch (UTC). */
  time: number;
  /** USD at the upper end of a range, or null. */
  usdHigh: number | null;
  /** LeanDataset flags that name this figure. */
  flags: Flag[];
  /** Each flag in a short plain sentence (see flagSummary): what a screen reader hears. */
  flagNotes: string[];
}

/** Whether a label already says when (it names the year of the date): "US package (April 2023)". */
export function labelHasDate(amount: Pick<Amount, 'label' | 'date'>): boolean {
  return amount.label.includes(amount.date.slice(0, 4));
}

/**
 * The title of a figure: its label and month ("US military aid package, Apr 2023"), unless the label has
 * it; a figure no curator has reviewed says so ("…, Apr 2023 (draft)") wherever its title is shown.
 */
export function figureTitle(
  amount: Pick<Amount, 'label' | 'date' | 'draft'>,
  monthYear: (date: string) => string = formatMonthYear,
): string {
  const title = labelHasDate(amount) ? amount.label : `${amount.label}, ${monthYear(amount.date)}`;
  return amount.draft === true ? `${title} (draft)` : title;
}

/** Builds a row for each amount, in the order given. */
export function buildFigureRows(amounts: readonly Amount[], dataset: LeanDataset): FigureRow[] {
  const lookups = datasetLookups(dataset);
  // Figures share dates: each date is read and written once (at 230,000 figures, most of the time here).
  const monthYear = byDate(formatMonthYear);
  const timeOf = byDate(parseIsoDate);
  return amounts.map((amount) => {
    const flags = [...(lookups.flagsByRef.get(amount.id) ?? [])];
    return {
      id: amount.id,
      amount,
      title: figureTitle(amount, monthYear),
      donorName: actorName(lookups, amount.donor),
      recipientName: amount.recipient === null ? null : actorName(lookups, amount.recipient),
      time: timeOf(amount.date),
      usdHigh: usdHigh(amount),
      flags,
      flagNotes: flags.map((f) => flagSummary(f, lookups.flaggedAmounts)),
    };
  });
}

/** `read`, remembering its result for each date. */
function byDate<T>(read: (date: string) => T): (date: string) => T {
  const known = new Map<string, T>();
  return (date) => {
    if (known.has(date)) return known.get(date) as T;
    const value = read(date);
    known.set(date, value);
    return value;
  };
}

/** One line that says what a figure is, for accessible names: "US military aid package, Apr 2023: $325M; announced package". */
export function figureSummary(row: FigureRow, valueText: string): string {
  const flags = row.flagNotes.length > 0 ? `; flagged: ${row.flagNotes.join('; ')}` : '';
  return `${row.title}: ${valueText}; ${row.amount.stage} ${row.amount.kind}${flags}`;
}
