import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceSpans } from './sentences';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim());

describe('sentenceSpans', () => {
  it('splits at full stops before a capital, and at line breaks', () => {
    expect(sentences('It sent $5 billion. The rest comes later.\nA new line')).toEqual([
      'It sent $5 billion.',
      'The rest comes later.',
      'A new line',
    ]);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    expect(
      sentences('The U.S. News & World Report said Feb. 24 was key. Lloyd J. Austin paid $35.4 billion.'),
    ).toEqual(['The U.S. News & World Report said Feb. 24 was key.', 'Lloyd J. Austin paid $35.4 billion.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('“It must be stopped.” Stoltenberg said so.')).toEqual([
      '“It must be stopped.”',
      'Stoltenberg said so.',
    ]);
  });

  it('finds the sentence that holds an offset', () => {
    const text = 'One. Two three. Four.';
    const spans = sentenceSpans(text);
    const at = (offset: number) => {
      const span = sentenceAt(spans, offset);
      return span ? text.slice(span.start, span.end).trim() : null;
    };
    expect(at(0)).toBe('One.');
    expect(at(text.indexOf('three'))).toBe('Two three.');
    expect(at(text.length - 1)).toBe('Four.');
    expect(at(text.length + 5)).toBeNull();
  });
});
