import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { estimatedTextWidth as estimateTextWidth } from './chartText';
import { tickGranularity, timeAxisTicks, type TimeTick } from './timeTicks';

const FONT = 12;
const GAP = 12;
const options = { measure: estimateTextWidth, fontSize: FONT, gap: GAP };

function ticksFor(start: number, end: number, width: number): TimeTick[] {
  return timeAxisTicks(scaleUtc().domain([start, end]).range([0, width]), options);
}

function expectReadable(ticks: readonly TimeTick[], width: number): void {
  const labels = ticks.map((t) => t.label);
  expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length);
  let previousEnd = -Infinity;
  for (const tick of ticks) {
    const half = estimateTextWidth(tick.label, FONT) / 2;
    expect(tick.position - half).toBeGreaterThanOrEqual(previousEnd + GAP - 1e-6);
    expect(tick.position - half).toBeGreaterThanOrEqual(-0.5);
    expect(tick.position + half).toBeLessThanOrEqual(width + 0.5);
    previousEnd = tick.position + half;
  }
}

const day = 86_400_000;

describe('timeAxisTicks', () => {
  it('names the days of a week instead of repeating the month', () => {
    const ticks = ticksFor(Date.UTC(2023, 8, 25), Date.UTC(2023, 9, 2), 700);
    expectReadable(ticks, 700);
    expect(ticks[0]?.label).toMatch(/^2\d Sep 2023$/);
    expect(ticks.map((t) => t.label)).toContain('1 Oct');
    expect(ticks.filter((t) => t.label === 'Sep')).toHaveLength(0);
  });

  it('shows the year of a month when the axis crosses into a new year', () => {
    const ticks = ticksFor(Date.UTC(2023, 0, 1), Date.UTC(2025, 0, 1), 1200);
    expectReadable(ticks, 1200);
    const labels = ticks.map((t) => t.label);
    expect(labels.filter((l) => l.startsWith('Apr'))).toEqual(['Apr 2023', 'Apr 2024']);
  });

  it('uses years on a long axis and hours on a short one', () => {
    expect(
      ticksFor(Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1), 900).every((t) => /^\d{4}$/.test(t.label)),
    ).toBe(true);
    const hours = ticksFor(Date.UTC(2023, 8, 18, 6), Date.UTC(2023, 8, 18, 18), 900);
    expectReadable(hours, 900);
    expect(hours.some((t) => /^\d\d:\d\d$/.test(t.label))).toBe(true);
  });

  it('never repeats or overlaps a label, at any zoom and width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.double({ min: Math.log(3_600_000), max: Math.log(40 * 365 * day), noNaN: true }),
        fc.integer({ min: 200, max: 1600 }),
        (start, logSpan, width) => {
          const ticks = ticksFor(start, start + Math.exp(logSpan), width);
          expect(ticks.length).toBeGreaterThan(0);
          expectReadable(ticks, width);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('keeps labels unique while zooming step by step into one day', () => {
    const center = Date.UTC(2023, 8, 21, 12);
    for (let span = 20 * 365 * day; span >= day; span /= 1.3) {
      for (const width of [343, 1200]) {
        expectReadable(ticksFor(center - span / 2, center + span / 2, width), width);
      }
    }
  });
});

describe('tickGranularity', () => {
  it('finds the coarsest unit all ticks fall on', () => {
    expect(tickGranularity([new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2024, 0, 1))])).toBe('year');
    expect(tickGranularity([new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2023, 3, 1))])).toBe('month');
    expect(tickGranularity([new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2023, 0, 8))])).toBe('day');
    expect(tickGranularity([new Date(Date.UTC(2023, 0, 1, 6))])).toBe('minute');
  });
});
