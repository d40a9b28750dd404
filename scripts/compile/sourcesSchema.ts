/**
 * The format of data/sources/sources.yaml: metadata for each article. Spans are written as text
 * markers, never as offsets; the compiler finds them in the file and records the offsets.
 */
import { z } from 'zod';
import { isoPartialDate } from '../../src/data/schema';
import { draftFlag, slug } from './annotationSchema';

/** A part of the text that is not news: a caption, a repeated headline, site boilerplate. */
export const excludedSpecSchema = z
  .object({
    /** Every occurrence of this text (or only the n-th, with `occurrence`). */
    text: z.string().min(1).optional(),
    /** Every line that reads exactly this, after trimming. */
    line: z.string().min(1).optional(),
    /** A block from the first occurrence of `from` to the end of the next occurrence of `to`. */
    from: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
    occurrence: z.int().positive().optional(),
    reason: z.string().min(1),
    /** Whether what the span states as fact (a caption's date and place) may be cited. */
    citable: z.boolean().default(false),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const forms = [spec.text, spec.line, spec.from ?? spec.to].filter((form) => form !== undefined).length;
    if (forms !== 1)
      ctx.addIssue({ code: 'custom', path: [], message: 'give exactly one of text, line, or from + to' });
    if ((spec.from === undefined) !== (spec.to === undefined))
      ctx.addIssue({ code: 'custom', path: [], message: 'from and to go together' });
  });

export const sourceSpecSchema = z
  .object({
    id: slug,
    file: z.string().regex(/^data\/sources\/[^/]+\.txt$/, 'must be a data/sources/*.txt path'),
    title: z.string().min(1),
    published: isoPartialDate.nullable(),
    publishedBasis: z.enum(['stated', 'inferred', 'unknown']),
    publishedNote: z.string().min(1),
    outlet: z.string().min(1).nullable(),
    /** Where the article was published (http or https). */
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    agencies: z.array(z.string().min(1)).default([]),
    /** For a file that holds several articles: where this one starts and where the next begins. */
    span: z
      .object({ startsAt: z.string().min(1).optional(), endsBefore: z.string().min(1).optional() })
      .strict()
      .optional(),
    excluded: z.array(excludedSpecSchema).default([]),
    draft: draftFlag,
  })
  .strict();

export const sourcesFileSchema = z.object({ sources: z.array(sourceSpecSchema).min(1) }).strict();

export type ExcludedSpec = z.infer<typeof excludedSpecSchema>;
export type SourceSpec = z.infer<typeof sourceSpecSchema>;
