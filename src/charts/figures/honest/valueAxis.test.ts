import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatedTextWidth as estimateTextWidth } from './chartText';
import { chartValueScale, decadeDomain, valueAxisTicks } from './valueAxis';

const options = (orientation: 'x' | 'y') => ({ measure: estimateTextWidth, fontSize: 12, orientation });

describe('chartValueScale', () => {
  it('starts a linear scale at zero and covers the largest value', () => {
    const x = chartValueScale('linear', [3e8, 1.64e11], [0, 500]);
    expect(x.domain()[0]).toBe(0);
    expect(x.domain()[1]).toBeGreaterThanOrEqual(1.64e11);
  });

  it('spans whole decades on a log scale, with room at an end a value nearly touches', () => {
    expect(decadeDomain(1.28e8, 1.64e11)).toEqual([1e7, 1e12]);
    expect(decadeDomain(5e8, 5e9)).toEqual([1e8, 1e10]);
    expect(decadeDomain(7, 7)).toEqual([1, 10]);
  });
});

describe('valueAxisTicks', () => {
  it('spaces a linear axis about 100 px a tick, so a wide chart is not a ruler', () => {
    const x = chartValueScale('linear', [3e8, 1.64e11], [0, 1000]);
    const ticks = valueAxisTicks('linear', x, options('x'));
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(ticks.length).toBeLessThanOrEqual(11);
  });

  it('gives a narrow linear axis gridlines between its labels, not one lone gridline', () => {
    // The bars of a 375 px screen: about 165 px of plot for values up to $164B.
    const x = chartValueScale('linear', [1.28e8, 1.64e11], [14, 180]);
    const ticks = valueAxisTicks('linear', x, options('x'));
    expect(ticks.map((t) => t.value)).toEqual([0, 5e10, 1e11, 1.5e11]);
    expect(ticks.map((t) => t.label)).toEqual(['$0', null, '$100B', null]);
  });

  it('draws a gridline at every decade on log, so each is ten times the one before', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.integer({ min: 80, max: 1400 }),
        fc.constantFrom<'x' | 'y'>('x', 'y'),
        (min, factor, length, orientation) => {
          const scale = chartValueScale('log', [min, min * factor], [0, length]);
          const ticks = valueAxisTicks('log', scale, options(orientation));
          for (let i = 1; i < ticks.length; i++) {
            expect((ticks[i]?.value ?? 0) / (ticks[i - 1]?.value ?? 1)).toBeCloseTo(10, 9);
          }
          const [lo, hi] = scale.domain();
          expect(ticks[0]?.value).toBeCloseTo(lo ?? 0, 6);
          expect(ticks.at(-1)?.value).toBeCloseTo(hi ?? 0, 6);
          expect(ticks[0]?.label).not.toBeNull();
        },
      ),
    );
  });

  it('never lets two labels touch', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'log' | 'linear'>('log', 'linear'),
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.integer({ min: 80, max: 1400 }),
        fc.constantFrom<'x' | 'y'>('x', 'y'),
        (type, min, factor, length, orientation) => {
          const scale = chartValueScale(type, [min, min * factor], [0, length]);
          const labelled = valueAxisTicks(type, scale, options(orientation)).filter((t) => t.label !== null);
          for (let i = 1; i < labelled.length; i++) {
            const a = labelled[i - 1];
            const b = labelled[i];
            if (a === undefined || b === undefined) continue;
            const distance = Math.abs(b.position - a.position);
            const room =
              orientation === 'x'
                ? (estimateTextWidth(a.label ?? '', 12) + estimateTextWidth(b.label ?? '', 12)) / 2 + 10
                : 16;
            expect(distance).toBeGreaterThanOrEqual(room - 1e-6);
          }
          expect(new Set(labelled.map((t) => t.label)).size).toBe(labelled.length);
        },
      ),
    );
  });
});
