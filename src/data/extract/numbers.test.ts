import { describe, expect, it } from 'vitest';
import { findNumbers, scaleValue } from './numbers';

describe('findNumbers', () => {
  it('reads separators, decimal commas and scales', () => {
    expect(
      findNumbers('1,000,000 and 4,5 bn and 1.000.000 and 2.4B').map((t) => [t.numeral, t.value]),
    ).toEqual([
      ['1,000,000', 1e6],
      ['4,5', 4.5e9],
      ['1.000.000', 1e6],
      ['2.4', 2.4e9],
    ]);
  });

  it('marks what surrounds the digits: a letter before, letters after that are not a scale', () => {
    const [f16, ordinal, mm] = findNumbers('F16, 13th, 155mm');
    expect(f16).toMatchObject({ numeral: '16', afterLetter: true });
    expect(ordinal).toMatchObject({ numeral: '13', beforeLetter: true, scale: null });
    expect(mm).toMatchObject({ numeral: '155', beforeLetter: true, scale: null });
  });

  it('reads spelled-out amounts', () => {
    expect(findNumbers('half a billion and two trillion').map((t) => t.value)).toEqual([5e8, 2e12]);
  });

  it('does not take "t" for trillion in lower case (tonnes) or "m" after a space', () => {
    expect(findNumbers('5t and 5 m').map((t) => t.scale)).toEqual([null, null]);
  });
});

describe('scaleValue', () => {
  it('scales exactly in decimal', () => {
    expect(scaleValue('111.15', 9)).toBe(111_150_000_000);
    expect(scaleValue('2.53', 9)).toBe(2_530_000_000);
    expect(scaleValue('0.1', 3)).toBe(100);
  });
});
