import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { appendToList, removeField, removeItem, replaceItem, setScalar } from './yamlText';

/** The value at a path of a YAML text. */
const at = (text: string, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], parseYaml(text));

const FILE = `# Curated.
title: T
actors:
  # People
  - id: a
    name: A # the first
    aliases: [x, y]

events:
  - id: e
    summary: >-
      A folded
      summary.
    quotes:
      - source: s
        quote: one
ignore: []
`;

describe('appending to a list', () => {
  it('adds entries after the last one and changes no byte before or after them', () => {
    const text = appendToList(FILE, ['actors'], [{ id: 'b', draft: true }], 'Drafted');
    expect(text.startsWith(FILE.slice(0, FILE.indexOf('\nevents:')))).toBe(true);
    expect(text.endsWith(FILE.slice(FILE.indexOf('events:')))).toBe(true);
    expect(at(text, 'actors')).toEqual([
      { id: 'a', name: 'A', aliases: ['x', 'y'] },
      { id: 'b', draft: true },
    ]);
    expect(text).toContain('  # Drafted\n  - id: b\n');
  });

  it('turns an empty [] into a block list, and creates a missing list at the end', () => {
    const ignored = appendToList(FILE, ['ignore'], [{ mention: 'm' }]);
    expect(at(ignored, 'ignore')).toEqual([{ mention: 'm' }]);
    const amounts = appendToList(FILE, ['amounts'], [{ id: 'x' }]);
    expect(at(amounts, 'amounts')).toEqual([{ id: 'x' }]);
    expect(amounts.startsWith(FILE)).toBe(true);
  });

  it('appends to a nested list and inside a flow list', () => {
    const quotes = appendToList(FILE, ['events', 0, 'quotes'], [{ source: 's', quote: 'two: with colon' }]);
    expect(at(quotes, 'events', 0, 'quotes')).toEqual([
      { source: 's', quote: 'one' },
      { source: 's', quote: 'two: with colon' },
    ]);
    expect(at(appendToList(FILE, ['actors', 0, 'aliases'], ['z']), 'actors', 0, 'aliases')).toEqual([
      'x',
      'y',
      'z',
    ]);
  });
});

describe('removing and replacing', () => {
  it('removes an item, and an emptied list becomes []', () => {
    const text = removeItem(FILE, ['events'], 0);
    expect(at(text, 'events')).toEqual([]);
    expect(text).toContain('# People');
  });

  it('removes a field line, also the first field of an item', () => {
    const drafted = appendToList(FILE, ['actors'], [{ id: 'b', draft: true, name: 'B' }]);
    expect(at(removeField(drafted, ['actors', 1], 'draft'), 'actors', 1)).toEqual({ id: 'b', name: 'B' });
    const first = appendToList(FILE, ['ignore'], [{ draft: true, mention: 'm' }]);
    const accepted = removeField(first, ['ignore', 0], 'draft');
    expect(at(accepted, 'ignore')).toEqual([{ mention: 'm' }]);
  });

  it('replaces an item and sets a scalar, leaving the rest as written', () => {
    const replaced = replaceItem(FILE, ['actors'], 0, { id: 'a2', name: 'A two' });
    expect(at(replaced, 'actors')).toEqual([{ id: 'a2', name: 'A two' }]);
    expect(replaced).toContain('  # People\n  - id: a2\n');
    const renamed = setScalar(FILE, ['events', 0, 'id'], 'e: two');
    expect(at(renamed, 'events', 0, 'id')).toBe('e: two');
    expect(renamed).toContain('>-\n      A folded\n      summary.');
  });
});
