import { describe, expect, it } from 'vitest';
import { formatCount, plural, wholeNumber } from './counts';

describe('formatCount', () => {
  it('writes counts in a few characters, never rounding up', () => {
    expect(formatCount(7)).toBe('7');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234)).toBe('1.2k');
    expect(formatCount(56_789)).toBe('56k');
    expect(formatCount(2_345_678)).toBe('2.3M');
  });
});

describe('plural', () => {
  it('adds an s to anything but one', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(0, 'figure')).toBe('0 figures');
    expect(plural(12, 'source')).toBe('12 sources');
  });

  it('groups thousands, so a count never runs into the next number', () => {
    expect(plural(100_000, 'event')).toBe('100,000 events');
    expect(wholeNumber(1993)).toBe('1,993');
    expect(wholeNumber(446)).toBe('446');
  });
});
