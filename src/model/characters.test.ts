import { describe, expect, it } from 'vitest';
import { cutBetweenCharacters } from './characters';

describe('cutBetweenCharacters', () => {
  it('keeps text that fits whole', () => {
    expect(cutBetweenCharacters('Kyiv', 4)).toBe('Kyiv');
  });

  it('never cuts inside a character made of several code units', () => {
    // Each flag is four UTF-16 units: a cut at 6 would leave half of the second one.
    expect(cutBetweenCharacters('🇺🇦🇺🇦', 6)).toBe('🇺🇦');
    expect(cutBetweenCharacters('e\u0301e\u0301', 3)).toBe('e\u0301');
  });

  it('cuts plain text at the limit', () => {
    expect(cutBetweenCharacters('Stoltenberg', 5)).toBe('Stolt');
  });
});
