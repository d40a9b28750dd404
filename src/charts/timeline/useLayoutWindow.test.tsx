// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { baseTimeScale, type Window } from './readable/timeScale';
import { useLayoutWindow } from './useLayoutWindow';

const base = baseTimeScale([0, 10_000], 1000);

interface Props {
  view: Window;
  moving: boolean;
  b?: typeof base;
}

function renderWindow(view: Window, moving = false) {
  const initialProps: Props = { view, moving };
  return renderHook((props: Props) => useLayoutWindow(props.view, props.b ?? base, props.moving), {
    initialProps,
  });
}

describe('useLayoutWindow', () => {
  afterEach(cleanup);

  it('lays out the view’s own window at rest', () => {
    const { result, rerender } = renderWindow([1000, 2000]);
    expect(result.current).toEqual([1000, 2000]);
    rerender({ view: [3000, 5000], moving: false });
    expect(result.current).toEqual([3000, 5000]);
  });

  it('keeps the layout from before a move through its first steps, until it would leave an edge empty', () => {
    const rest: Window = [1000, 2000];
    const { result, rerender } = renderWindow(rest);
    rerender({ view: [1020, 2020], moving: true });
    expect(result.current).toBe(rest);
    rerender({ view: [1050, 1950], moving: true });
    expect(result.current).toBe(rest);
    rerender({ view: [1200, 2200], moving: true });
    expect(result.current).toEqual([1200, 2200]);
    rerender({ view: [1210, 2210], moving: true });
    expect(result.current).toEqual([1200, 2200]);
  });

  it('reaches ahead of a zoom out while it moves, and lays out the view’s own window when it rests', () => {
    const { result, rerender } = renderWindow([4000, 5000]);
    rerender({ view: [3800, 5200], moving: true });
    const ahead = result.current;
    expect(ahead[0]).toBeLessThan(3800);
    expect(ahead[1]).toBeGreaterThan(5200);
    rerender({ view: [3700, 5300], moving: true });
    expect(result.current).toBe(ahead);
    rerender({ view: [3700, 5300], moving: false });
    expect(result.current).toEqual([3700, 5300]);
  });

  it('lays out the view’s window again when the move rests, or when the base scale changes', () => {
    const { result, rerender } = renderWindow([1000, 2000]);
    rerender({ view: [1020, 2020], moving: true });
    rerender({ view: [1030, 2030], moving: false });
    expect(result.current).toEqual([1030, 2030]);
    rerender({ view: [1040, 2040], moving: true });
    expect(result.current).toEqual([1030, 2030]);
    rerender({ view: [1050, 2050], moving: true, b: baseTimeScale([0, 10_000], 800) });
    expect(result.current).toEqual([1050, 2050]);
  });

  it('never draws a layout under a view wider than it, through any gesture: labels only move apart', () => {
    // A gesture: zoom steps about a point (factor, where) and pan steps, from a window at rest.
    const step = fc.oneof(
      fc.record({
        zoom: fc.double({ min: 0.5, max: 2, noNaN: true }),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      fc.record({ pan: fc.double({ min: -0.3, max: 0.3, noNaN: true }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        let view: Window = [4000, 5000];
        const { result, rerender } = renderWindow(view);
        for (const s of steps) {
          const span = view[1] - view[0];
          if ('zoom' in s) {
            const point = view[0] + s.at * span;
            view = [point - (point - view[0]) * s.zoom, point + (view[1] - point) * s.zoom];
          } else view = [view[0] + s.pan * span, view[1] + s.pan * span];
          rerender({ view, moving: true });
          const laid = result.current;
          expect(laid[1] - laid[0]).toBeGreaterThanOrEqual((view[1] - view[0]) * (1 - 1e-9));
        }
        cleanup();
      }),
      { numRuns: 100 },
    );
  });
});
