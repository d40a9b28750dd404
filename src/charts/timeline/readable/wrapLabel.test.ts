import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measure12, titleArb } from '../../../test/timelineArbitraries';
import { measureText, shapeLines, wrapLabel, wrapShape } from './wrapLabel';

describe('wrapLabel', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapLabel('Russia launches 39 drones', 400, measure12).lines).toEqual([
      'Russia launches 39 drones',
    ]);
  });

  it('breaks a longer text where the wider line is narrowest', () => {
    const { lines } = wrapLabel('Stoltenberg makes unannounced visit to Kyiv', 150, measure12);
    expect(lines).toEqual(['Stoltenberg makes', 'unannounced visit to Kyiv']);
  });

  it('keeps a suffix whole on the last line', () => {
    const { lines } = wrapLabel('Stoltenberg visits Kyiv', 120, measure12, '+ 12 more');
    expect(lines[lines.length - 1]).toMatch(/\+ 12 more$/);
    expect(lines.join(' ')).toBe('Stoltenberg visits Kyiv + 12 more');
  });

  it('never cuts a text and never takes more than two lines', () => {
    fc.assert(
      fc.property(titleArb, fc.integer({ min: 0, max: 400 }), (title, maxWidth) => {
        const wrapped = wrapLabel(title, maxWidth, measure12);
        expect(wrapped.lines.join(' ')).toBe(title);
        expect(wrapped.lines.length).toBeLessThanOrEqual(2);
        for (const line of wrapped.lines) expect(measure12(line)).toBeLessThanOrEqual(wrapped.width + 1e-9);
        if (measure12(title) <= maxWidth) expect(wrapped.lines).toHaveLength(1);
      }),
    );
  });

  it('sizes a label without making its lines, and makes the same lines when asked', () => {
    fc.assert(
      fc.property(titleArb, fc.integer({ min: 0, max: 400 }), (title, maxWidth) => {
        const suffix = '+ 3 more';
        const metrics = measureText(title, measure12);
        const shape = wrapShape(metrics, maxWidth, measure12(` ${suffix}`));
        const wrapped = wrapLabel(title, maxWidth, measure12, suffix);
        expect(shape.width).toBe(wrapped.width);
        expect(shape.breakAt === 0 ? 1 : 2).toBe(wrapped.lines.length);
        expect(shapeLines(metrics, shape, suffix)).toEqual(wrapped.lines);
      }),
    );
  });
});
