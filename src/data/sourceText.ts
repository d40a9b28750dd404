/**
 * The text of one source as the app's source reader reads it: public/data/sources/<source id>.json,
 * written by the compiler beside the dataset. Offsets are UTF-16 offsets into the source's file, the
 * same as the dataset's citations, so a citation's quote is `text.slice(start - offset, end - offset)`.
 */
import './zodConfig';
import { z } from 'zod';

const range = { start: z.int().nonnegative(), end: z.int().nonnegative() };

export const sourceTextSchema = z
  .object({
    schemaVersion: z.literal(1),
    source: z.string().min(1).meta({ description: 'The id of the source in the dataset.' }),
    offset: z.int().nonnegative().meta({ description: 'Where `text` starts in the source file.' }),
    text: z.string().meta({ description: "The source's part of its file, verbatim." }),
    excluded: z
      .array(z.object({ ...range, reason: z.string() }))
      .meta({ description: 'Parts that are not news (captions, boilerplate), with why.' }),
    uncovered: z
      .array(z.object({ ...range, kind: z.enum(['money', 'date']), text: z.string() }))
      .meta({ description: 'Money and date mentions no annotation covers or ignores.' }),
  })
  .meta({ title: 'Aidline source text' });

export type SourceText = z.infer<typeof sourceTextSchema>;

/** Where the text of a source lies, relative to the dataset file that names it. */
export function sourceTextUrl(datasetUrl: string, sourceId: string): string {
  const folder = datasetUrl.slice(0, datasetUrl.lastIndexOf('/') + 1);
  return `${folder}sources/${encodeURIComponent(sourceId)}.json`;
}
