/**
 * Ticks of a time axis whose labels never repeat and never overlap, at any zoom. d3's multi-scale
 * format names a month once and then only days ("Sep 2023, Sep, Sep…" when weeks are formatted as
 * months, or "Apr" twice on an axis of two years): here each granularity has formats from the shortest
 * to the fullest, and the first whose labels are all different and fit is used, with fewer ticks when
 * none fits.
 */
import type { ScaleTime } from 'd3-scale';
import { utcFormat } from 'd3-time-format';

export type MeasureText = (text: string, fontSize: number) => number;

export interface TimeTick {
  value: number;
  position: number;
  label: string;
}

export interface TimeTickOptions {
  measure: MeasureText;
  fontSize: number;
  /** Room between two labels, px. */
  gap?: number;
  /** The x extent labels must stay inside (default: the scale's range). */
  bounds?: [number, number];
}

type Granularity = 'year' | 'month' | 'day' | 'minute';

/** Formats a tick from its date, its index and the tick before it. */
type TickFormat = (date: Date, previous: Date | undefined) => string;

const f = (specifier: string) => utcFormat(specifier);
const year = f('%Y');
const monthName = f('%b');
const monthYear = f('%b %Y');
const day = f('%-d');
const dayMonth = f('%-d %b');
const dayMonthYear = f('%-d %b %Y');
const time = f('%H:%M');
const dayMonthTime = f('%-d %b %H:%M');
const full = f('%-d %b %Y %H:%M');

const sameYear = (a: Date, b: Date | undefined) => a.getUTCFullYear() === b?.getUTCFullYear();
const sameMonth = (a: Date, b: Date | undefined) => sameYear(a, b) && a.getUTCMonth() === b?.getUTCMonth();
const sameDay = (a: Date, b: Date | undefined) => sameMonth(a, b) && a.getUTCDate() === b?.getUTCDate();

/** From the shortest formats to ones that name every tick in full. */
const FORMATS: Record<Granularity, TickFormat[]> = {
  year: [(d) => year(d)],
  month: [
    (d, p) =>
      sameYear(d, p) ? monthName(d) : d.getUTCMonth() === 0 && p !== undefined ? year(d) : monthYear(d),
    (d) => monthYear(d),
  ],
  day: [
    (d, p) => (sameMonth(d, p) ? day(d) : sameYear(d, p) ? dayMonth(d) : dayMonthYear(d)),
    (d, p) => (sameYear(d, p) ? dayMonth(d) : dayMonthYear(d)),
    (d) => dayMonthYear(d),
  ],
  minute: [
    (d, p) => (sameDay(d, p) ? time(d) : sameYear(d, p) ? dayMonthTime(d) : full(d)),
    (d) => dayMonthTime(d),
    (d) => full(d),
  ],
};

/** The coarsest unit every tick falls on. */
export function tickGranularity(ticks: readonly Date[]): Granularity {
  const midnight = ticks.every((d) => d.getTime() % 86_400_000 === 0);
  if (!midnight) return 'minute';
  if (!ticks.every((d) => d.getUTCDate() === 1)) return 'day';
  return ticks.every((d) => d.getUTCMonth() === 0) ? 'year' : 'month';
}

function labelsFit(
  ticks: readonly TimeTick[],
  widths: readonly number[],
  gap: number,
  [lo, hi]: [number, number],
): boolean {
  let previousEnd = -Infinity;
  for (const [i, tick] of ticks.entries()) {
    const half = (widths[i] ?? 0) / 2;
    if (tick.position - half < lo - 0.5 || tick.position + half > hi + 0.5) return false;
    if (tick.position - half < previousEnd + gap) return false;
    previousEnd = tick.position + half;
  }
  return true;
}

function label(dates: readonly Date[], format: TickFormat): string[] {
  return dates.map((d, i) => format(d, i === 0 ? undefined : dates[i - 1]));
}

/**
 * Ticks for `x` with unique labels that fit between each other and inside `bounds`. Tries the most
 * ticks first (about one per 48 px), each with the shortest format that keeps every label different.
 */
export function timeAxisTicks(x: ScaleTime<number, number>, options: TimeTickOptions): TimeTick[] {
  const { measure, fontSize, gap = 12 } = options;
  const range = x.range() as [number, number];
  const bounds = options.bounds ?? [Math.min(...range), Math.max(...range)];
  const length = Math.abs(range[1] - range[0]);
  let tried = '';
  for (let count = Math.max(1, Math.floor(length / 48)); count >= 1; count--) {
    const all = x.ticks(count);
    const key = all.map((d) => d.getTime()).join();
    if (all.length === 0 || key === tried) continue;
    tried = key;
    for (const format of FORMATS[tickGranularity(all)]) {
      // Ticks so close to an edge that their label would stick out are left out, then labels are
      // made again, as the first label carries the year.
      let dates = all;
      for (let pass = 0; pass < 2; pass++) {
        const labels = label(dates, format);
        dates = dates.filter((d, i) => {
          const half = measure(labels[i] ?? '', fontSize) / 2;
          return x(d) - half >= bounds[0] - 0.5 && x(d) + half <= bounds[1] + 0.5;
        });
      }
      const labels = label(dates, format);
      const ticks = dates.map((d, i) => ({ value: d.getTime(), position: x(d), label: labels[i] ?? '' }));
      if (ticks.length === 0 || new Set(labels).size !== labels.length) continue;
      const widths = labels.map((l) => measure(l, fontSize));
      if (labelsFit(ticks, widths, gap, bounds)) return ticks;
    }
  }
  return middleTick(x, options, bounds);
}

/** One tick named in full near the middle, for axes too short for two labels; none if it does not fit. */
function middleTick(
  x: ScaleTime<number, number>,
  options: TimeTickOptions,
  bounds: [number, number],
): TimeTick[] {
  const range = x.range() as [number, number];
  const middle = (range[0] + range[1]) / 2;
  const dates = x.ticks(Math.max(2, Math.floor(Math.abs(range[1] - range[0]) / 24)));
  const closest = dates.reduce<Date | undefined>(
    (best, d) => (best === undefined || Math.abs(x(d) - middle) < Math.abs(x(best) - middle) ? d : best),
    undefined,
  );
  if (closest === undefined) return [];
  const formats = FORMATS[tickGranularity([closest])];
  const format = formats[formats.length - 1];
  if (format === undefined) return [];
  const text = format(closest, undefined);
  const half = options.measure(text, options.fontSize) / 2;
  const position = x(closest);
  if (position - half < bounds[0] - 0.5 || position + half > bounds[1] + 0.5) return [];
  return [{ value: closest.getTime(), position, label: text }];
}
