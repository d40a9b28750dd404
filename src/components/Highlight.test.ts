import { describe, expect, it } from 'vitest';
import { splitMatches } from './Highlight';

const marked = (text: string, query: string) =>
  splitMatches(text, query)
    .map((p) => (p.match ? `[${p.text}]` : p.text))
    .join('');

describe('splitMatches', () => {
  it('marks every match, ignoring case', () => {
    expect(marked('Kyiv and KYIV', 'kyiv')).toBe('[Kyiv] and [KYIV]');
  });

  it('marks accented and typographic text with its original characters', () => {
    expect(marked('In Kyïv, Zelensky’s plan', "kyiv zelensky's")).toBe('In [Kyïv], [Zelensky’s] plan');
    expect(marked('Café e\u0301t\u00e9', 'ete')).toBe('Café [e\u0301t\u00e9]');
  });

  it('merges overlapping matches of several terms', () => {
    expect(marked('Stoltenberg', 'stolt tenberg')).toBe('[Stoltenberg]');
    expect(marked('aaa', 'aa')).toBe('[aaa]');
  });

  it('leaves text alone without a query or a match', () => {
    expect(splitMatches('Kyiv', '  ')).toEqual([{ text: 'Kyiv', match: false }]);
    expect(splitMatches('Kyiv', 'nato')).toEqual([{ text: 'Kyiv', match: false }]);
    expect(splitMatches('', 'nato')).toEqual([{ text: '', match: false }]);
  });

  it('keeps the text whole: the parts join back to it', () => {
    const text = 'Ammunition for Ukraine: 155mm shells, “urgent” — Kyïv';
    expect(
      splitMatches(text, 'u kyiv "')
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
