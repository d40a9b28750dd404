import { describe, expect, it } from 'vitest';
import { clusterPath } from './clusterPath';

describe('clusterPath', () => {
  it('draws a narrow cluster as a rounded box as tall as its densest column', () => {
    const path = clusterPath({
      lane: 0,
      x0: 10,
      x1: 26,
      cy: 20,
      count: 5,
      first: 0,
      last: 4,
      label: '5',
      segments: [{ x0: 10, x1: 26, count: 5, height: 16 }],
    });
    expect(path).toBe(
      'M13.0,12.0H23.0A3.0,3.0 0 0 1 26.0,15.0V25.0A3.0,3.0 0 0 1 23.0,28.0H13.0A3.0,3.0 0 0 1 10.0,25.0V15.0A3.0,3.0 0 0 1 13.0,12.0Z',
    );
  });

  it('draws a long run as a density band: gaps bridged at the lowest height, never going backwards', () => {
    const path = clusterPath(
      {
        lane: 0,
        x0: 0,
        x1: 40,
        cy: 20,
        count: 9,
        first: 0,
        last: 8,
        label: '9',
        segments: [
          { x0: 0, x1: 10, count: 2, height: 16 },
          { x0: 8, x1: 20, count: 4, height: 24 },
          { x0: 30, x1: 40, count: 3, height: 20 },
        ],
      },
      30,
    );
    expect(path).toBe(
      'M0.0,20.0V12.0H10.0V8.0H20.0V12.0H30.0V10.0H40.0V30.0H30.0V28.0H20.0V32.0H10.0V28.0H0.0Z',
    );
  });
});
