/**
 * The dataset contract: one zod schema is the source of the TypeScript types, the runtime validation
 * in the app and the compiler, and the published JSON Schema (public/data/dataset.schema.json).
 * Field names listed in the README are stable; new fields may be added.
 */
import { z } from 'zod';
import {
  ACTOR_TYPES,
  AMOUNT_KINDS,
  AMOUNT_STAGES,
  BOUNDS,
  DATE_BASES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  SEVERITIES,
  USD_BASES,
} from './vocabulary';

export {
  ACTOR_TYPES,
  AMOUNT_KINDS,
  AMOUNT_STAGES,
  BOUNDS,
  DATE_BASES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  SEVERITIES,
  USD_BASES,
};
export type { ActorType, AmountKind, AmountStage, Bound, DatePrecision, EventKind } from './vocabulary';

const draft = z.boolean().optional().meta({
  description: 'True while the entry is a draft written by `npm run add` that no curator has reviewed.',
});

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug (a-z, 0-9, -)')
  .meta({ description: 'A stable lowercase slug, unique within its collection.' });

/** ISO date at day, month or year precision: `2023-09-28`, `2023-09` or `2023`. */
export const isoPartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .meta({ description: 'ISO 8601 calendar date: YYYY-MM-DD, YYYY-MM or YYYY.' });

export const citationSchema = z
  .object({
    source: id.meta({ description: 'The id of a source in sources[].' }),
    quote: z.string().min(1).meta({ description: 'The verbatim passage, exactly as in the source text.' }),
    start: z.int().nonnegative().meta({ description: 'UTF-16 offset of the quote in the source text.' }),
    end: z.int().nonnegative().meta({ description: 'UTF-16 offset just past the quote.' }),
  })
  .refine((c) => c.end > c.start, { message: 'end must be greater than start', path: ['end'] });

export const sourceSchema = z.object({
  id,
  file: z.string().min(1).meta({ description: 'Path of the source text, relative to the repository root.' }),
  title: z.string().min(1),
  published: isoPartialDate.nullable(),
  publishedBasis: z.enum(['stated', 'inferred', 'unknown']).optional(),
  publishedNote: z.string().optional(),
  outlet: z.string().nullable().meta({ description: 'Outlet or agencies named in the text, or null.' }),
  url: z.string().optional().meta({ description: 'Where the article was published, when known.' }),
  agencies: z.array(z.string()).optional(),
  /** Where this source lies in its file, when one file holds several articles (offsets into the file). */
  span: z
    .object({ start: z.int().nonnegative(), end: z.int().nonnegative() })
    .optional()
    .meta({ description: 'UTF-16 offsets of this article inside its file.' }),
  /** Spans of the text that are not news (captions, repeated headlines, site boilerplate). */
  excluded: z
    .array(z.object({ start: z.int().nonnegative(), end: z.int().nonnegative(), reason: z.string() }))
    .optional(),
  draft,
});

export const actorSchema = z.object({
  id,
  name: z.string().min(1),
  type: z.enum(ACTOR_TYPES),
  aliases: z.array(z.string()),
  role: z.string().nullable().optional(),
  draft,
});

export const eventSchema = z.object({
  id,
  date: isoPartialDate,
  datePrecision: z.enum(DATE_PRECISIONS),
  dateBasis: z.enum(DATE_BASES),
  dateNote: z.string().optional(),
  title: z.string().min(1),
  summary: z.string(),
  kind: z.enum(EVENT_KINDS),
  actors: z.array(id),
  location: z.string().nullable(),
  citations: z.array(citationSchema).min(1),
  draft,
});

export const conversionSchema = z
  .object({
    rate: z.number().positive().meta({ description: 'USD per one unit of the original currency.' }),
    rateDate: isoPartialDate.nullable(),
    series: z
      .string()
      .meta({ description: 'Where the rate comes from: the text, or a named published series.' }),
    text: z.string().nullable().meta({ description: 'The conversion as written in the text, if any.' }),
  })
  .meta({ description: 'How the USD value was obtained.' });

export const amountSchema = z.object({
  id,
  eventId: id,
  date: isoPartialDate,
  label: z.string().min(1),
  value: z.number().nonnegative().meta({ description: 'The amount in units of its original currency.' }),
  valueHigh: z.number().nonnegative().nullable().optional().meta({ description: 'Upper end of a range.' }),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
  usd: z.number().nonnegative(),
  usdBasis: z.enum(USD_BASES),
  conversion: conversionSchema.nullable().optional(),
  donor: id,
  recipient: id.nullable(),
  kind: z.enum(AMOUNT_KINDS),
  stage: z.enum(AMOUNT_STAGES),
  partOf: id.nullable().optional().meta({ description: 'The id of an amount this one is a part of.' }),
  period: isoPartialDate
    .optional()
    .meta({ description: 'The period the figure covers when it differs from its date (a budget for 2024).' }),
  cumulative: z.boolean(),
  bound: z.enum(BOUNDS),
  /** Offsets of the money mention inside the first citation's quote, for highlighting. */
  mention: z.object({ start: z.int().nonnegative(), end: z.int().nonnegative() }).optional(),
  citations: z.array(citationSchema).min(1),
  draft,
});

export const flagSchema = z.object({
  id,
  severity: z.enum(SEVERITIES),
  message: z.string().min(1),
  refs: z.array(id).meta({
    description:
      'The ids the flag names: first what it is about, then what it was compared with (a figure or a source that shows the first is wrong).',
  }),
});

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(1),
    title: z.string(),
    sources: z.array(sourceSchema),
    actors: z.array(actorSchema),
    events: z.array(eventSchema),
    amounts: z.array(amountSchema),
    flags: z.array(flagSchema),
  })
  .meta({
    title: 'Aidline dataset',
    description: 'Dated events and money figures about the war in Ukraine, each with verbatim citations.',
  });

export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type AidEvent = z.infer<typeof eventSchema>;
export type Amount = z.infer<typeof amountSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
