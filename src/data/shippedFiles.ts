/**
 * The two files the app ships with, as the compiler writes them from dataset.json: the dataset in
 * columns without its events' text (columns.ts), and that text (textFile.ts), whose key the columns
 * file names. Only the compiler, the benchmark's deployments and tests write them; the page reads them.
 */
import { asciiJson } from './asciiJson';
import { encodeColumns } from './columnsEncode';
import type { Dataset } from './schema';
import { encodeText } from './textFile';

/** The texts of the columns file and the text file of a dataset, written in ASCII (see asciiJson.ts). */
export function shippedFilesText(dataset: Dataset): { columns: string; text: string } {
  const text = encodeText(dataset);
  return { columns: asciiJson(encodeColumns(dataset, text.key)), text: asciiJson(text) };
}
