import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutIsStale, movingLayoutWindow, ZOOM_OUT_AHEAD } from './layoutWindow';

describe('layoutIsStale', () => {
  const laidOut: [number, number] = [1000, 2000];

  it('keeps a layout while the view stays inside it, zoomed in a little', () => {
    expect(layoutIsStale(laidOut, laidOut)).toBe(false);
    expect(layoutIsStale(laidOut, [1100, 1900])).toBe(false);
    expect(layoutIsStale(laidOut, [1200, 1800])).toBe(false);
  });

  it('lays out again once the view zooms in past the limit', () => {
    expect(layoutIsStale(laidOut, [1300, 1700])).toBe(true);
  });

  it('lays out again once an edge of the view has no layout', () => {
    expect(layoutIsStale(laidOut, [1050, 2050])).toBe(false);
    expect(layoutIsStale(laidOut, [1150, 2150])).toBe(true);
    expect(layoutIsStale(laidOut, [850, 1850])).toBe(true);
  });

  it('lays out again as soon as the view zooms out past the layout, whose labels would be drawn closer than laid out', () => {
    expect(layoutIsStale(laidOut, [990, 2010])).toBe(true);
    expect(layoutIsStale([700, 2300], [990, 2010])).toBe(false);
  });

  it('lays out an empty view only when it is the same', () => {
    expect(layoutIsStale([5, 5], [5, 5])).toBe(false);
    expect(layoutIsStale([5, 5], [6, 6])).toBe(true);
  });
});

describe('movingLayoutWindow', () => {
  const laidOut: [number, number] = [1000, 2000];

  it('lays out a pan or a zoom in for the view itself', () => {
    expect(movingLayoutWindow(laidOut, [1200, 2200])).toEqual([1200, 2200]);
    expect(movingLayoutWindow(laidOut, [1300, 1600])).toEqual([1300, 1600]);
  });

  it('reaches ahead of a zoom out about the point it zooms about', () => {
    // Zoomed out 1.5 times about 1200, a fifth of the way in.
    const view: [number, number] = [900, 2400];
    const ahead = movingLayoutWindow(laidOut, view);
    expect(ahead[1] - ahead[0]).toBeCloseTo(1500 * ZOOM_OUT_AHEAD);
    expect((1200 - ahead[0]) / (ahead[1] - ahead[0])).toBeCloseTo(0.2);
    // The view is inside it, and the layout stands in for the view and its next steps out.
    expect(ahead[0]).toBeLessThan(view[0]);
    expect(ahead[1]).toBeGreaterThan(view[1]);
    expect(layoutIsStale(ahead, view)).toBe(false);
    expect(layoutIsStale(ahead, [800, 2600])).toBe(false);
  });

  it('keeps the window about the view when the zoom’s point lies outside it', () => {
    // A pan and then a zoom out: the point the two windows share lies beyond the view's start.
    const ahead = movingLayoutWindow(laidOut, [2000, 3200]);
    expect(ahead[0]).toBe(2000);
    expect(ahead[1]).toBeCloseTo(2000 + 1200 * ZOOM_OUT_AHEAD);
  });

  it('always holds the view, and stands in for it until the view moves on', () => {
    const windowArb = fc
      .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }))
      .map(([start, span]): [number, number] => [start, start + span]);
    fc.assert(
      fc.property(windowArb, windowArb, (before, view) => {
        const laid = movingLayoutWindow(before, view);
        expect(laid[0]).toBeLessThanOrEqual(view[0]);
        expect(laid[1]).toBeGreaterThanOrEqual(view[1] - 1e-6 * (view[1] - view[0]));
        expect(layoutIsStale(laid, view)).toBe(false);
      }),
    );
  });
});
