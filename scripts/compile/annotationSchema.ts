/**
 * The format of data/annotations.yaml: what a curator writes. Numbers are never typed here: money
 * values come from the quoted text, offsets from locating each quote in its source.
 */
import { z } from 'zod';
import {
  ACTOR_TYPES,
  AMOUNT_KINDS,
  AMOUNT_STAGES,
  DATE_BASES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  isoPartialDate,
} from '../../src/data/schema';

export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug (a-z, 0-9, -)');

/** Set by `npm run add` on what it drafts; a curator reviews the entry and removes it (`npm run review`). */
export const draftFlag = z.boolean().optional();

/** Longest event title: titles are drawn as labels on the timeline. */
export const MAX_TITLE_LENGTH = 64;

export const quoteRefSchema = z
  .object({
    source: slug,
    quote: z.string().trim().min(1, 'must not be empty'),
    /** Which money mention of the quote this citation is about, when it holds several. */
    figure: z.string().min(1).optional(),
  })
  .strict();

/**
 * How an event is dated: either a date mention inside one of its quotes, resolved by the extractor
 * against the article's dateline, or a date the curator infers and explains.
 */
export const whenSchema = z
  .object({
    mention: z.string().min(1).optional(),
    source: slug.optional(),
    date: isoPartialDate.optional(),
    precision: z.enum(DATE_PRECISIONS).optional(),
    basis: z.enum(DATE_BASES).optional(),
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((when, ctx) => {
    if (when.mention !== undefined) {
      if (when.date !== undefined)
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'give either mention or date, not both' });
      if (when.precision !== undefined)
        ctx.addIssue({ code: 'custom', path: ['precision'], message: 'precision comes from the mention' });
      return;
    }
    if (when.date === undefined)
      ctx.addIssue({ code: 'custom', path: [], message: 'needs a date mention (mention) or a date (date)' });
    if (when.precision === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'a date needs its precision (day, week, month, year)',
      });
    if (when.note === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'a date not read from a mention needs a note saying how',
      });
    if (when.source !== undefined)
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'source only applies to a mention' });
  });

/** A title held over a period, optionally only in an article that has named `context` (an actor id). */
export const actorTitleSchema = z
  .object({
    title: z.string().min(1),
    from: isoPartialDate.optional(),
    to: isoPartialDate.optional(),
    context: slug.optional(),
  })
  .strict();

export const actorAnnotationSchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    type: z.enum(ACTOR_TYPES),
    aliases: z.array(z.string().min(1)),
    role: z.string().min(1).nullable(),
    /** Titles that name the actor in text ("the NATO chief"), optionally held over a period; read by the extractor. */
    titles: z.array(z.union([z.string().min(1), actorTitleSchema])).optional(),
    /** Adjectives for a country or its people ("Ukrainian"); read by the extractor. */
    demonyms: z.array(z.string().min(1)).optional(),
    /** Places or buildings that stand for the actor ("the Kremlin", "Pentagon"); read by the extractor. */
    metonyms: z.array(z.string().min(1)).optional(),
    draft: draftFlag,
  })
  .strict();

export const eventAnnotationSchema = z
  .object({
    id: slug,
    title: z
      .string()
      .min(1)
      .max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters (it is drawn as a label)`),
    summary: z.string().min(1),
    kind: z.enum(EVENT_KINDS),
    actors: z.array(slug).min(1),
    location: z.string().min(1).nullable(),
    when: whenSchema,
    quotes: z.array(quoteRefSchema).min(1),
    draft: draftFlag,
    /** Events that look like the same event (same day, kind and an actor): merge into one, or remove this. */
    mergeWith: z.array(slug).min(1).optional(),
  })
  .strict();

export const amountAnnotationSchema = z
  .object({
    id: slug,
    event: slug,
    label: z.string().min(1),
    /** The money mention this figure is, when a quote holds several (e.g. `1 billion euros`). */
    figure: z.string().min(1).optional(),
    quotes: z.array(quoteRefSchema).min(1),
    donor: slug,
    recipient: slug.nullable(),
    kind: z.enum(AMOUNT_KINDS),
    stage: z.enum(AMOUNT_STAGES),
    partOf: slug.nullable().optional(),
    /** The period the figure covers when it differs from its date (a budget for 2024). */
    period: isoPartialDate.optional(),
    draft: draftFlag,
  })
  .strict();

export const ignoredMentionSchema = z
  .object({
    source: slug,
    kind: z.enum(['money', 'date']),
    /** The mention as the extractor reports it. */
    mention: z.string().min(1),
    reason: z.string().min(1),
    draft: draftFlag,
  })
  .strict();

export const annotationsSchema = z
  .object({
    title: z.string().min(1),
    actors: z.array(actorAnnotationSchema),
    events: z.array(eventAnnotationSchema),
    amounts: z.array(amountAnnotationSchema),
    ignore: z.array(ignoredMentionSchema).default([]),
  })
  .strict();

export type QuoteRef = z.infer<typeof quoteRefSchema>;
export type When = z.infer<typeof whenSchema>;
export type ActorAnnotation = z.infer<typeof actorAnnotationSchema>;
export type EventAnnotation = z.infer<typeof eventAnnotationSchema>;
export type AmountAnnotation = z.infer<typeof amountAnnotationSchema>;
export type IgnoredMention = z.infer<typeof ignoredMentionSchema>;
export type Annotations = z.infer<typeof annotationsSchema>;
