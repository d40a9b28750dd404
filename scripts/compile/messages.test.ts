import { describe, expect, it } from 'vitest';
import { didYouMean } from './didYouMean';
import { describeChar, describeDifference, firstDifferingChar } from './quoteDifference';
import { formatProblem } from './problems';
import { parseYamlFile } from './yamlFile';
import { unclosedFlowCollections } from './yamlSyntax';

describe('did you mean', () => {
  it('suggests the closest id when it is a likely typo, and nothing when no id is close', () => {
    expect(didYouMean('ukriane', ['ukraine', 'russia'])).toBe(' (did you mean "ukraine"?)');
    expect(didYouMean('european-union', ['ukraine', 'russia'])).toBe('');
    expect(didYouMean('x', [])).toBe('');
  });
});

describe('the first differing character of a near-miss quote', () => {
  it('names both characters by code point, at a 1-based position', () => {
    const diff = firstDifferingChar("Ukraine's place", 'Ukraine’s place');
    expect(diff).toEqual({ position: 8, quoteChar: "'", sourceChar: '’' });
    expect(describeDifference(diff ?? { position: 0, quoteChar: null, sourceChar: null })).toBe(
      "first difference at character 8 of the quote: the quote has U+0027 ' (straight apostrophe) " +
        'where the source has U+2019 ’ (right single quote, the curly apostrophe)',
    );
  });

  it('counts characters, not UTF-16 units, and says when one side ends first', () => {
    expect(firstDifferingChar('𝐀b', '𝐀c')?.position).toBe(2);
    expect(firstDifferingChar('abc', 'ab')).toEqual({ position: 3, quoteChar: 'c', sourceChar: null });
    expect(firstDifferingChar('same', 'same')).toBeNull();
  });

  it('shows invisible characters by code point only', () => {
    expect(describeChar('\u00a0')).toBe('U+00A0 (no-break space)');
  });
});

describe('unclosed flow collections', () => {
  it('are found where they open, nested or not; closed ones spanning lines are not', () => {
    expect(unclosedFlowCollections('a: [x, y\nb: 1\n')).toEqual([{ offset: 3, open: '[', close: ']' }]);
    expect(unclosedFlowCollections('a: {b: [1, 2}\n').map((u) => u.open)).toContain('[');
    expect(unclosedFlowCollections('a:\n  [\n    x,\n    y,\n  ]\n')).toEqual([]);
  });
});

describe('aliases', () => {
  it('an alias to no anchor is a located problem, not a crash (found by the fuzzer)', () => {
    const { problems } = parseYamlFile('data/sources/sources.yaml', 'sources:\n  - *a\n');
    expect(problems.map(formatProblem)).toEqual([
      'data/sources/sources.yaml:2:5 (syntax): Unresolved alias (the anchor must be set before the alias): a; ' +
        'write the value out instead of using anchors (&) and aliases (*)',
    ]);
  });
});

describe('a problem', () => {
  it('is printed on one line, with a line break from a quoted value escaped (found by the fuzzer)', () => {
    const line = formatProblem({
      file: 'f.yaml',
      line: 3,
      col: 5,
      path: 'x',
      message: '"a\nb" is not in the text',
    });
    expect(line).toBe('f.yaml:3:5 x: "a\\nb" is not in the text');
  });
});
