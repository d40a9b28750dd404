import { csvParseRows } from 'd3-dsv';

/** Reads an exported CSV file back into rows of cells, past its byte-order mark (d3-dsv parses). */
export function readCsv(text: string): string[][] {
  return csvParseRows(text.replace(/^\uFEFF/, ''));
}
