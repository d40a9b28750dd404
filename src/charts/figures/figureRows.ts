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
  /** The dataset's flags about this figure (not those that only compare another with it). */
  flags: readonly Flag[];
  /** Each flag in a short plain sentence (see flagSummary): what a screen reader hears. */
  flagNotes: readonly string[];
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

/** What a figure without flags holds: one list shared by every such row, as most are. */
const NONE: readonly never[] = [];

/** Builds a row for each amount, in the order given. */
export function buildFigureRows(amounts: readonly Amount[], dataset: LeanDataset): FigureRow[] {
  const builder = figureRowBuilder(dataset);
  builder.add(amounts);
  return builder.finish();
}

/**
 * `buildFigureRows`, a slice of `sliceSize` amounts at a time with `pause()` awaited between slices, so
 * that a page with a million events stays responsive while it reads their 230,000 figures.
 */
export async function buildFigureRowsInSlices(
  amounts: readonly Amount[],
  dataset: LeanDataset,
  sliceSize: number,
  pause: () => Promise<void>,
): Promise<FigureRow[]> {
  const builder = figureRowBuilder(dataset);
  for (let from = 0; from < amounts.length; from += sliceSize) {
    if (from > 0) await pause();
    builder.add(amounts.slice(from, from + sliceSize));
  }
  return builder.finish();
}

/** Rows added in order, then finished with their flags' notes, which may name figures added later. */
function figureRowBuilder(dataset: LeanDataset) {
  const lookups = datasetLookups(dataset);
  // Figures share dates: each date is read and written once (at 230,000 figures, most of the time here).
  const monthYear = byDate(formatMonthYear);
  const timeOf = byDate(parseIsoDate);
  // The figures that flags name (what they are about and what they compare it with), found on the way:
  // a second pass over every id would hash each again.
  const named = new Map<string, Amount>();
  const rows: FigureRow[] = [];
  return {
    add(amounts: readonly Amount[]): void {
      for (const amount of amounts) {
        let flags: readonly Flag[] = NONE;
        if (lookups.flagsNaming.has(amount.id)) {
          named.set(amount.id, amount);
          flags = lookups.flagsAbout.get(amount.id) ?? NONE;
        }
        rows.push({
          id: amount.id,
          amount,
          title: figureTitle(amount, monthYear),
          donorName: actorName(lookups, amount.donor),
          recipientName: amount.recipient === null ? null : actorName(lookups, amount.recipient),
          time: timeOf(amount.date),
          usdHigh: usdHigh(amount),
          flags,
          flagNotes: NONE,
        });
      }
    },
    finish(): FigureRow[] {
      for (const row of rows) {
        if (row.flags.length > 0) row.flagNotes = row.flags.map((f) => flagSummary(f, named));
      }
      return rows;
    },
  };
}

/**
 * `read`, remembering its result for each date. Figures come mostly in date order, so the last date
 * answers most calls without hashing the string.
 */
function byDate<T>(read: (date: string) => T): (date: string) => T {
  const known = new Map<string, T>();
  let lastDate: string | null = null;
  let last = undefined as T;
  return (date) => {
    if (date === lastDate) return last;
    let value = known.get(date);
    if (value === undefined) {
      value = read(date);
      known.set(date, value);
    }
    lastDate = date;
    last = value;
    return value;
  };
}

/** One line that says what a figure is, for accessible names: "US military aid package, Apr 2023: $325M; announced package". */
export function figureSummary(row: FigureRow, valueText: string): string {
  const flags = row.flagNotes.length > 0 ? `; flagged: ${row.flagNotes.join('; ')}` : '';
  return `${row.title}: ${valueText}; ${row.amount.stage} ${row.amount.kind}${flags}`;
}
