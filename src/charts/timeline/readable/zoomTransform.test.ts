import { zoomIdentity } from 'd3-zoom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseTimeScale, shiftBetween, windowScale } from './timeScale';
import { clampTransform, transformFor, windowOf, zoomAbout } from './zoomTransform';

const DAY = 86_400_000;
const domain: [number, number] = [Date.UTC(2022, 0, 1), Date.UTC(2025, 0, 1)];
const base = baseTimeScale(domain, 1000);

describe('zoom transforms', () => {
  it('turn a window into a transform and back', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (a, f) => {
          const start = domain[0] + a * (domain[1] - domain[0]);
          const end = start + Math.max(DAY, f * (domain[1] - start));
          const [s, e] = windowOf(base, transformFor(base, [start, end]));
          expect(Math.abs(s - start)).toBeLessThan(1);
          expect(Math.abs(e - end)).toBeLessThan(1);
        },
      ),
    );
  });

  it('show the whole span at identity', () => {
    expect(windowOf(base, zoomIdentity)).toEqual(domain);
  });

  it('clamp to the whole span and to the narrowest window, as d3-zoom does', () => {
    expect(windowOf(base, clampTransform(base, zoomIdentity.scale(0.5), DAY))).toEqual(domain);
    const deep = clampTransform(base, zoomIdentity.scale(1e9), DAY);
    const [s, e] = windowOf(base, deep);
    expect(e - s).toBeCloseTo(DAY, -1);
    const past = clampTransform(base, zoomIdentity.translate(-5000, 0).scale(2), DAY);
    expect(windowOf(base, past)[1]).toBeCloseTo(domain[1], -1);
  });

  it('zoom about a point that stays where it is', () => {
    const t = transformFor(base, [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)]);
    const at = t.invertX(300);
    const zoomed = zoomAbout(t, 2, 300);
    expect(zoomed.k).toBeCloseTo(t.k * 2, 9);
    expect(zoomed.applyX(at)).toBeCloseTo(300, 6);
  });

  it('map positions drawn at one zoom to where another zoom draws the same instants', () => {
    const window = (a: number, f: number): [number, number] => {
      const start = domain[0] + a * (domain[1] - domain[0]);
      return [start, start + Math.max(DAY, f * (domain[1] - start))];
    };
    const unit = fc.double({ min: 0, max: 0.99, noNaN: true });
    const share = fc.double({ min: 0.001, max: 1, noNaN: true });
    fc.assert(
      fc.property(unit, share, unit, share, unit, (a, f, b, g, t) => {
        const from = transformFor(base, window(a, f)).rescaleX(base);
        const to = transformFor(base, window(b, g)).rescaleX(base);
        const { scale, offset } = shiftBetween(from, to);
        const instant = domain[0] + t * (domain[1] - domain[0]);
        expect(scale * from(instant) + offset).toBeCloseTo(to(instant), 3);
      }),
    );
    expect(shiftBetween(base, base)).toEqual({ scale: 1, offset: 0 });
  });

  it('draw a window with the scale its zoom transform rescales the base to', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, f, t) => {
          const start = domain[0] + a * (domain[1] - domain[0]);
          const window: [number, number] = [start, start + Math.max(DAY, f * (domain[1] - start))];
          const instant = domain[0] + t * (domain[1] - domain[0]);
          const zoomed = transformFor(base, window).rescaleX(base);
          expect(windowScale(base, window)(instant)).toBeCloseTo(zoomed(instant), 3);
        },
      ),
    );
  });
});
