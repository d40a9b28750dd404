import { describe, expect, it } from 'vitest';
import { foldText, foldWithOffsets, searchTerms } from './searchText';

describe('foldText', () => {
  it('drops case and accents and plainens quotes and dashes', () => {
    expect(foldText('Café KYÏV')).toBe('cafe kyiv');
    expect(foldText('Zelensky’s “plan” – now')).toBe('zelensky\'s "plan" - now');
    expect(foldText('İstanbul')).toBe('istanbul');
    expect(foldText('ΟΔΥΣΣΕΥΣ')).toBe(foldText('οδυσσευς'));
  });

  it('is the same whether folded at once or character by character', () => {
    for (const text of ['Kyïv’s Café', 'Straße', 'ΟΔΥΣΣΕΥΣ', 'İi', 'plain ascii']) {
      expect(foldWithOffsets(text).folded).toBe(foldText(text));
    }
  });
});

describe('foldWithOffsets', () => {
  it('maps every folded unit back to the character it came from', () => {
    const { folded, offsets } = foldWithOffsets('aİb');
    expect(folded).toBe('aib');
    expect(offsets).toEqual([0, 1, 2, 3]);
  });

  it('keeps offsets across characters outside the BMP', () => {
    const { folded, offsets } = foldWithOffsets('😀É');
    expect(folded).toBe('😀e');
    expect(offsets).toEqual([0, 0, 2, 3]);
  });
});

describe('searchTerms', () => {
  it('splits on white space, folds and removes duplicates', () => {
    expect(searchTerms('  Kyiv  KYÏV\tnato ')).toEqual(['kyiv', 'nato']);
    expect(searchTerms('   ')).toEqual([]);
  });
});
