import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { axisTicks as ticksOf } from './axis';
import { estimateText } from './timelineText';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** No two labels overlap, and none runs past the end. */
function expectApart(ticks: ReturnType<typeof ticksOf>, width: number) {
  const extents = ticks
    .filter((t) => t.label !== null)
    .map((t) => [t.x + 4, t.x + 4 + estimateText(t.label ?? '', 'axis')] as const);
  extents.forEach(([a, b], i) => {
    expect(b).toBeLessThanOrEqual(width);
    const next = extents[i + 1];
    if (next !== undefined) expect(next[0]).toBeGreaterThanOrEqual(b);
    expect(a).toBeGreaterThanOrEqual(0);
  });
}

/** Ticks over a range drawn `width` px wide. */
const axisTicks = (range: [number, number], width: number, measure: typeof estimateText) =>
  ticksOf(scaleUtc().domain(range).range([0, width]), measure);

describe('axisTicks', () => {
  it('labels years over a span of years, leaving out a label that would run off the end', () => {
    const ticks = axisTicks([day('2022-01-01'), day('2025-01-01')], 300, estimateText);
    expect(ticks.map((t) => t.label)).toEqual(['2022', '2023', '2024', null]);
    expect(ticks.map((t) => t.major)).toEqual([true, true, true, true]);
  });

  it('labels months with the year where it changes and on the first label', () => {
    const ticks = axisTicks([day('2023-06-01'), day('2024-03-01')], 900, estimateText);
    const labels = ticks.map((t) => t.label).filter((l) => l !== null);
    expect(labels[0]).toBe('Jun 2023');
    expect(labels).toContain('2024');
    expect(labels).toContain('Sep');
    expectApart(ticks, 900);
  });

  it('keeps the year labels when months are too close to label them all', () => {
    const ticks = axisTicks([day('2022-01-01'), day('2025-01-01')], 620, estimateText);
    const labels = ticks.map((t) => t.label);
    expect(labels).toContain('2023');
    expect(labels).toContain('2024');
    expectApart(ticks, 620);
  });

  it('labels days when zoomed to a week, and never goes finer than a day', () => {
    const week = axisTicks([day('2023-09-25'), day('2023-10-02')], 900, estimateText);
    expect(week.map((t) => t.label)).toEqual([
      '25 Sep 2023',
      '26 Sep',
      '27 Sep',
      '28 Sep',
      '29 Sep',
      '30 Sep',
      '1 Oct',
      null,
    ]);
    expect(week.find((t) => t.label === '1 Oct')?.major).toBe(true);
    const oneDay = axisTicks([day('2023-09-28'), day('2023-09-29')], 900, estimateText);
    expect(oneDay.map((t) => t.t)).toEqual([day('2023-09-28'), day('2023-09-29')]);
  });

  it('labels weeks at an even step rather than leaving a hole before a month start', () => {
    // Aug to Nov 2023 in 600 px: weekly ticks 46 px apart, too close to label every one.
    const ticks = axisTicks([day('2023-08-14'), day('2023-11-13')], 600, estimateText);
    const labelled = ticks.filter((t) => t.label !== null);
    expect(labelled[0]?.label).toBe('20 Aug 2023');
    expect(labelled.map((t) => t.label)).toContain('1 Oct');
    const steps = labelled.slice(1).map((t, i) => Math.round((t.t - (labelled[i]?.t ?? 0)) / 86_400_000));
    expect(new Set(steps.slice(1))).toEqual(new Set([14]));
    expectApart(ticks, 600);
  });

  it('drops labels that would run into each other on a narrow axis', () => {
    expectApart(axisTicks([day('2023-09-25'), day('2023-10-25')], 200, estimateText), 200);
    expectApart(axisTicks([day('2023-12-20'), day('2024-01-10')], 240, estimateText), 240);
  });
});
