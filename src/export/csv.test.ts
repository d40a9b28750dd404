import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';
import { readCsv } from '../test/readCsv';

describe('csvCell', () => {
  it('leaves plain text, numbers and booleans as they are', () => {
    expect(csvCell('Kyiv')).toBe('Kyiv');
    expect(csvCell(325000000)).toBe('325000000');
    expect(csvCell(1.054)).toBe('1.054');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('the "firm" orders')).toBe('"the ""firm"" orders"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
  });

  it('keeps non-ASCII text unchanged', () => {
    expect(csvCell('€2.4 billion – naïve café, Київ')).toBe('"€2.4 billion – naïve café, Київ"');
    expect(csvCell('₽10.8T')).toBe('₽10.8T');
  });

  it.each(['=SUM(A1:A9)', '+1', '-1', '@cmd', '\tTab', '\rReturn'])(
    'guards %j against formula injection with an apostrophe',
    (cell) => {
      const out = csvCell(cell);
      const unquoted = out.startsWith('"') ? out.slice(1, -1) : out;
      expect(unquoted).toBe(`'${cell}`);
    },
  );

  it('quotes a guarded cell that also holds a comma', () => {
    expect(csvCell('=HYPERLINK("http://x"),1')).toBe('"\'=HYPERLINK(""http://x""),1"');
  });

  it('refuses numbers a spreadsheet cannot read', () => {
    expect(() => csvCell(Number.NaN)).toThrow(/NaN is not a finite number/);
  });
});

describe('toCsv', () => {
  it('writes a header row and CRLF line ends', () => {
    expect(toCsv(['id', 'usd'], [['a', 1]])).toBe('id,usd\r\na,1\r\n');
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow(/row 1 has 1 cells, the header has 2/);
  });

  it('reads back cell for cell', () => {
    const rows = [
      ['comma, inside', 'quote " inside', 'multi\r\nline'],
      ['€ – Київ', '', 'plain'],
    ];
    expect(readCsv(toCsv(['a', 'b', 'c'], rows))).toEqual([['a', 'b', 'c'], ...rows]);
    expect(readCsv(`\uFEFF${toCsv(['a'], [['x']])}`)).toEqual([['a'], ['x']]);
  });
});
