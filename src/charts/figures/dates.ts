/** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as UTC times and short labels. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The start of a partial ISO date in ms since the epoch (UTC). */
export function partialDateMs(date: string): number {
  const [year = 'NaN', month = '1', day = '1'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

/** `Apr 2023` for a day or month, `2024` for a year. */
export function monthYear(date: string): string {
  const [year = '', month] = date.split('-');
  if (month === undefined) return year;
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** The year a figure is about: its period when it has one (a budget for 2024), else its date. */
export function figureYear(amount: { date: string; period?: string | undefined }): string {
  return (amount.period ?? amount.date).slice(0, 4);
}
