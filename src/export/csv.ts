import { csvFormatRow, csvFormatValue } from 'd3-dsv';

/** A cell of a CSV table. Numbers and booleans are written as they are; null is an empty cell. */
export type CsvValue = string | number | boolean | null;

/** Characters that make a spreadsheet read a cell as a formula (or strip them into one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text before quoting: text that a spreadsheet would run as a formula gets a leading apostrophe
 * so it stays text; a number a spreadsheet cannot read is refused.
 */
function cellText(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`csvCell: ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell, quoted by d3-dsv (RFC 4180) when it holds a comma, quote or line break. */
export function csvCell(value: CsvValue): string {
  return csvFormatValue(cellText(value));
}

/** A CSV document: a header row, then one row per record, CRLF line ends (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row, i) => {
    if (row.length !== header.length) {
      throw new Error(`toCsv: row ${i} has ${row.length} cells, the header has ${header.length}`);
    }
    return csvFormatRow(row.map(cellText));
  });
  return `${lines.join('\r\n')}\r\n`;
}
