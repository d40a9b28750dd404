import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError, lineAndColumn } from './jsonSyntax';

function problemOf(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonSyntaxError(text, error);
  }
  throw new Error('expected invalid JSON');
}

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('describeJsonSyntaxError', () => {
  it('places an error the parser gives a position for', () => {
    expect(problemOf('{\n  "a": 1,\n  "b" 2\n}')).toMatchObject({ line: 3, column: 7 });
  });

  it('places an unexpected token and quotes it, shortened', () => {
    expect(problemOf('[1, nothing]')).toEqual({
      offset: 4,
      line: 1,
      column: 5,
      reason: 'unexpected “nothing”',
    });
    const long = `[${'x'.repeat(50)}]`;
    expect(problemOf(long).reason).toBe(`unexpected “${'x'.repeat(20)}…”`);
  });

  it('says a text that stops early was cut short, wherever it stops', () => {
    for (const text of ['{"a": [1, 2', '{"a": "unfinished', '{"a": 1,\n\n  ']) {
      expect(problemOf(text).reason, text).toBe(
        'the text ends before the JSON is complete (was the file cut short?)',
      );
    }
  });

  it('reads the messages of newer V8 versions, which add the line and column themselves', () => {
    const error = new SyntaxError(
      `Expected ',' or ']' after array element in JSON at position 4 (line 1 column 5)`,
    );
    expect(describeJsonSyntaxError('[1 2]', error)).toEqual({
      offset: 4,
      line: 1,
      column: 5,
      reason: "Expected ',' or ']' after array element",
    });
  });
});
