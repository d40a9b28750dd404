import { describe, expect, it } from 'vitest';
import {
  closestPassage,
  collapseWhitespace,
  findAllNormalized,
  lineColAt,
  normalizeQuote,
} from './textSearch';

describe('whitespace-normalised search', () => {
  const text = 'First line.\n\nThe  alliance has sent\nmore than 150 billion euros.\nLast line.';
  const collapsed = collapseWhitespace(text);
  const whole = { start: 0, end: text.length };

  it('finds a quote whose line breaks and spaces differ from the source, in original offsets', () => {
    const [found] = findAllNormalized(collapsed, 'The alliance has sent more than 150 billion euros.', whole);
    expect(found).toBeDefined();
    expect(text.slice(found?.start, found?.end)).toBe('The  alliance has sent\nmore than 150 billion euros.');
  });

  it('does not normalise anything but whitespace', () => {
    expect(findAllNormalized(collapsed, 'the alliance has sent', whole)).toEqual([]);
    expect(findAllNormalized(collapsed, 'The alliance has sent more than 150 billion euros!', whole)).toEqual(
      [],
    );
  });

  it('only reports matches inside the given range', () => {
    const lineTwo = text.indexOf('The');
    expect(findAllNormalized(collapsed, 'line.', whole)).toHaveLength(2);
    expect(findAllNormalized(collapsed, 'line.', { start: lineTwo, end: text.length })).toHaveLength(1);
  });

  it('points at the closest passage when a quote is misspelt', () => {
    const closest = closestPassage(collapsed, 'more then 150 billion euros', whole);
    expect(closest && text.slice(closest.start, closest.end)).toBe('more than 150 billion euros');
    expect(closest?.distance).toBe(1);
  });

  it('gives 1-based line and column of an offset', () => {
    expect(lineColAt(text, 0)).toEqual({ line: 1, col: 1 });
    expect(lineColAt(text, text.indexOf('more'))).toEqual({ line: 4, col: 1 });
    expect(lineColAt(text, text.indexOf('alliance'))).toEqual({ line: 3, col: 6 });
  });

  it('trims and collapses a quote', () => {
    expect(normalizeQuote('  a \n b\t c  ')).toBe('a b c');
  });
});
