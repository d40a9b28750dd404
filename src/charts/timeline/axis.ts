import type { ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import { DATE_FORMATS, DAY_MS } from '../../model/dates';
import type { MeasureText } from './timelineText';

/** One tick of the time axis. */
export interface AxisTick {
  /** ms since the epoch (UTC). */
  t: number;
  x: number;
  /** The tick's label, or null when it would run into another one. */
  label: string | null;
  /** Ticks at the start of a year (of a month, on a day axis) are drawn stronger and labelled first. */
  major: boolean;
}

const { year, monthOnly: month, month: monthYear, dayMonth, day: dayMonthYear } = DATE_FORMATS;

/** Space kept between two labels, in px. */
const LABEL_GAP = 10;

/**
 * Ticks for a visible time range, adapting from years to months, weeks and days as you zoom; never finer
 * than a day. Labels say the year where it changes ("2023" on a month axis, "1 Jan 2024" on a day axis)
 * and on the first label, so every stretch can be read alone. Labels are placed left of their tick's
 * right: those that would run into another are dropped, year and month starts before the rest. The
 * rest are labelled at an even step (every tick, every other one, ...) so the labels read as a regular
 * scale rather than one with holes where a label happened not to fit.
 */
export function axisTicks(scale: ScaleTime<number, number>, measure: MeasureText): AxisTick[] {
  const [r0, r1] = scale.range() as [number, number];
  const width = r1 - r0;
  const range = scale.domain().map(Number) as [number, number];
  const count = Math.max(2, Math.floor(width / 80));
  let dates = scale.ticks(count);
  const gap = (list: Date[]) => (list[1]?.getTime() ?? Infinity) - (list[0]?.getTime() ?? 0);
  if (gap(dates) < DAY_MS) dates = utcDay.range(utcDay.ceil(new Date(range[0])), new Date(range[1] + 1));
  const stepDays = dates.length > 1 ? gap(dates) / DAY_MS : 1;
  const ticks = dates.map((d, i) => {
    const prev = dates[i - 1];
    const first = i === 0;
    const newYear = prev !== undefined && prev.getUTCFullYear() !== d.getUTCFullYear();
    let text: string;
    let major: boolean;
    if (stepDays >= 365) {
      text = year(d);
      major = true;
    } else if (stepDays >= 28) {
      major = d.getUTCMonth() === 0;
      text = major ? year(d) : first ? monthYear(d) : month(d);
    } else {
      major = d.getUTCDate() === 1 || newYear;
      text = first || newYear ? dayMonthYear(d) : dayMonth(d);
    }
    return { t: d.getTime(), x: scale(d), major, text, first };
  });
  const labels = evenLabels(ticks, width, measure) ?? greedyLabels(ticks, width, measure, () => true).labels;
  return ticks.map((tick) => ({
    t: tick.t,
    x: tick.x,
    label: labels.get(tick.t) ?? null,
    major: tick.major,
  }));
}

interface Candidate {
  t: number;
  x: number;
  text: string;
  major: boolean;
  first: boolean;
}

/** Labels every `step`-th minor tick, counted from the first major one, or null when one does not fit. */
function evenLabels(
  ticks: readonly Candidate[],
  width: number,
  measure: MeasureText,
): Map<number, string> | null {
  const anchor = Math.max(
    0,
    ticks.findIndex((tick) => tick.major),
  );
  for (let step = 1; step <= Math.max(1, ticks.length / 2); step++) {
    const { labels, dropped } = greedyLabels(ticks, width, measure, (i) => (i - anchor) % step === 0);
    // The tick right after the first may give way to the first's longer label ("20 Aug 2023").
    if (dropped.every((i) => i === 1)) return labels;
  }
  return null;
}

/**
 * Majors and the first tick claim their place first, then the minor ticks `wanted` fill the room left.
 * Returns the labels and the positions of the wanted minor ticks that did not fit.
 */
function greedyLabels(
  ticks: readonly Candidate[],
  width: number,
  measure: MeasureText,
  wanted: (index: number) => boolean,
): { labels: Map<number, string>; dropped: number[] } {
  const placed: [number, number][] = [];
  const labels = new Map<number, string>();
  const dropped: number[] = [];
  const fits = (a: number, b: number) =>
    b <= width && placed.every(([c, d]) => b + LABEL_GAP <= c || a >= d + LABEL_GAP);
  for (const pass of [true, false]) {
    ticks.forEach((tick, i) => {
      const anchor = tick.major || tick.first;
      if (anchor !== pass || (!anchor && !wanted(i))) return;
      const a = tick.x + 4;
      const b = a + measure(tick.text, 'axis');
      if (fits(a, b)) {
        placed.push([a, b]);
        labels.set(tick.t, tick.text);
      } else if (!anchor && b <= width) dropped.push(i);
    });
  }
  return { labels, dropped };
}
