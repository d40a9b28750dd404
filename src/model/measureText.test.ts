import { describe, expect, it } from 'vitest';
import { estimateTextWidth, textWidth, truncateToWidth, withoutOrphan, wrapToWidth } from './measureText';

const chars = (text: string) => text.length;

describe('estimateTextWidth', () => {
  it('grows with the size, the letters and the weight', () => {
    expect(estimateTextWidth('$325M', { size: 22 })).toBeCloseTo(
      2 * estimateTextWidth('$325M', { size: 11 }),
    );
    expect(estimateTextWidth('WWW', { size: 11 })).toBeGreaterThan(estimateTextWidth('iii', { size: 11 }));
    expect(estimateTextWidth('Kyiv', { size: 11, weight: 700 })).toBeGreaterThan(
      estimateTextWidth('Kyiv', { size: 11 }),
    );
  });

  it('is what textWidth gives where there is no canvas', () => {
    expect(textWidth('NATO framework contracts', { size: 12, weight: 500 })).toBe(
      estimateTextWidth('NATO framework contracts', { size: 12, weight: 500 }),
    );
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits and otherwise the longest start that fits with an ellipsis', () => {
    expect(truncateToWidth('short', 10, chars)).toBe('short');
    expect(truncateToWidth('a longer text', 7, chars)).toBe('a long…');
    expect(truncateToWidth('a longer text', 3, chars)).toBe('a…');
  });

  it('gives up when fewer than the minimum characters fit', () => {
    expect(truncateToWidth('a longer text', 4, chars, 4)).toBeNull();
    expect(truncateToWidth('a longer text', 5, chars, 4)).toBe('a lo…');
  });
});

describe('wrapToWidth', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapToWidth('one two three four', 9, chars)).toEqual(['one two', 'three', 'four']);
  });

  it('cuts a word wider than a line', () => {
    expect(wrapToWidth('abcdefghijklmnopqrst xy', 8, chars)).toEqual(['abcdefgh', 'ijklmnop', 'qrst xy']);
  });

  it('returns no lines for blank text', () => {
    expect(wrapToWidth('  \n ', 20, chars)).toEqual([]);
  });

  it('never makes a line wider than the width in the measured font', () => {
    const measure = (t: string) => estimateTextWidth(t, { size: 12 });
    for (const line of wrapToWidth(
      'Sources: “A long article title” (Outlet, 2023-01-01); '.repeat(9),
      200,
      measure,
    ))
      expect(measure(line)).toBeLessThanOrEqual(200);
  });
});

describe('withoutOrphan', () => {
  const within = (n: number) => (line: string) => line.length <= n;

  it('moves a word down to keep a single last word company', () => {
    expect(withoutOrphan(['never added', 'up.'], within(12))).toEqual(['never added', 'up.']);
    expect(withoutOrphan(['not comparable, never added', 'up.'], within(30))).toEqual([
      'not comparable, never',
      'added up.',
    ]);
  });

  it('leaves the lines alone when the pair would not fit, or the last line has company', () => {
    expect(withoutOrphan(['not comparable, never added', 'up.'], within(8))).toEqual([
      'not comparable, never added',
      'up.',
    ]);
    expect(withoutOrphan(['one two three', 'four five'], within(30))).toEqual(['one two three', 'four five']);
    expect(withoutOrphan(['single'], within(30))).toEqual(['single']);
  });
});
