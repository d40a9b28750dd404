import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../model/dates';
import { centerWindow, clampWindow, sameWindow, windowAround, zoomWindow, type Window } from './zoomMath';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const domain: Window = [day('2022-01-01'), day('2025-01-01')];

describe('clampWindow', () => {
  it('keeps a window inside the domain by moving it', () => {
    expect(clampWindow([day('2021-12-01'), day('2022-02-01')], domain)).toEqual([
      day('2022-01-01'),
      day('2022-03-04'),
    ]);
    expect(clampWindow([day('2024-12-01'), day('2025-02-01')], domain)).toEqual([
      day('2024-10-31'),
      day('2025-01-01'),
    ]);
  });

  it('never zooms in past a day nor out past the domain', () => {
    const narrow = clampWindow([day('2023-09-28'), day('2023-09-28') + 3_600_000], domain);
    expect(narrow[1] - narrow[0]).toBe(DAY_MS);
    expect(clampWindow([day('2000-01-01'), day('2030-01-01')], domain)).toEqual(domain);
  });
});

describe('zooming', () => {
  it('zooms around an instant that stays in place', () => {
    const w: Window = [0, 100];
    expect(zoomWindow(w, 2)).toEqual([25, 75]);
    expect(zoomWindow(w, 2, 0)).toEqual([0, 50]);
    expect(zoomWindow(w, 0.5, 100)).toEqual([-100, 100]);
    expect(centerWindow(w, 500)).toEqual([450, 550]);
  });

  it('tells windows apart by a fraction of a pixel', () => {
    const w: Window = [0, 800_000];
    expect(sameWindow(w, [100, 800_100], 800)).toBe(true);
    expect(sameWindow(w, [1000, 801_000], 800)).toBe(false);
  });
});

describe('windowAround', () => {
  it('leaves 15% of the span on each side, and at least six hours', () => {
    expect(windowAround(day('2023-01-01'), day('2023-01-21'))).toEqual([
      day('2023-01-01') - 3 * DAY_MS,
      day('2023-01-21') + 3 * DAY_MS,
    ]);
    const [a, b] = windowAround(day('2023-01-01'), day('2023-01-01'));
    expect(b - a).toBe(DAY_MS + DAY_MS / 2);
  });
});
