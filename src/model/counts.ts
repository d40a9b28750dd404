/** Counts in words and in a few characters. */

const grouped = new Intl.NumberFormat('en-US');

/** A whole count with thousands grouped ("1,993"), so two counts side by side never read as one. */
export function wholeNumber(count: number): string {
  return grouped.format(count);
}

/** "1 event", "3 events", "1,993 events". */
export function plural(count: number, noun: string): string {
  return `${wholeNumber(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** A count in at most four characters, never rounded up: "7", "137", "1.2k", "12k", "1.2M". */
export function formatCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toString()}k`;
  if (count < 1_000_000) return `${Math.floor(count / 1000).toString()}k`;
  return `${(Math.floor(count / 100_000) / 10).toString()}M`;
}
