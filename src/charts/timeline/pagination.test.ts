import { describe, expect, it } from 'vitest';
import { pageOf, pageOfRow } from './pagination';

describe('pageOf', () => {
  it('gives the rows of a page', () => {
    expect(pageOf(120, 0, 50)).toEqual({ page: 0, pages: 3, from: 0, to: 50 });
    expect(pageOf(120, 2, 50)).toEqual({ page: 2, pages: 3, from: 100, to: 120 });
  });

  it('clamps the page to the ones there are, and has one page for no rows', () => {
    expect(pageOf(120, 7, 50)).toEqual({ page: 2, pages: 3, from: 100, to: 120 });
    expect(pageOf(120, -1, 50)).toEqual({ page: 0, pages: 3, from: 0, to: 50 });
    expect(pageOf(0, 3, 50)).toEqual({ page: 0, pages: 1, from: 0, to: 0 });
  });

  it('finds the page of a row', () => {
    expect(pageOfRow(0, 50)).toBe(0);
    expect(pageOfRow(49, 50)).toBe(0);
    expect(pageOfRow(50, 50)).toBe(1);
  });
});
