import { describe, expect, it } from 'vitest';
import { brushKeyWindow } from './TimelineOverview';

const domain: [number, number] = [0, 1000];
const range: [number, number] = [400, 600];

describe('brushKeyWindow', () => {
  it('moves the window by a tenth of its length, or half with Shift', () => {
    expect(brushKeyWindow('ArrowRight', false, range, domain)).toEqual([420, 620]);
    expect(brushKeyWindow('ArrowLeft', true, range, domain)).toEqual([300, 500]);
    expect(brushKeyWindow('PageDown', false, range, domain)).toEqual([600, 800]);
  });

  it('zooms about the middle of the window', () => {
    const [a = 0, b = 0] = brushKeyWindow('ArrowUp', false, range, domain) ?? [];
    expect((a + b) / 2).toBeCloseTo(500);
    expect(b - a).toBeCloseTo(200 / 1.5);
    expect(brushKeyWindow('-', false, range, domain)).toEqual([350, 650]);
  });

  it('goes to the start and end of the span, and ignores other keys', () => {
    expect(brushKeyWindow('Home', false, range, domain)).toEqual([0, 200]);
    expect(brushKeyWindow('End', false, range, domain)).toEqual([800, 1000]);
    expect(brushKeyWindow('x', false, range, domain)).toBeNull();
  });
});
