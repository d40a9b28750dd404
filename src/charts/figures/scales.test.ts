import { describe, expect, it } from 'vitest';
import { valueExtent } from './scales';

describe('valueExtent', () => {
  it('ignores zero for the minimum and has a fallback when empty', () => {
    expect(valueExtent([0, 5, 2, 9])).toEqual([2, 9]);
    expect(valueExtent([])).toEqual([1, 1]);
  });
});
