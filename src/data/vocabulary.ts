/**
 * The closed vocabularies of the dataset contract, as plain values. They live apart from the zod schema
 * (schema.ts builds its enums from them) so the interface can use them without loading zod.
 */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export const DATE_BASES = ['stated', 'inferred'] as const;
export const ACTOR_TYPES = ['person', 'organization', 'country'] as const;
export const EVENT_KINDS = [
  'visit',
  'meeting',
  'statement',
  'announcement',
  'contract',
  'budget',
  'attack',
  'military',
  'report',
  'reaction',
  'decision',
] as const;
/** What a figure is: a single package, a contract, a state budget, or a running total. */
export const AMOUNT_KINDS = ['package', 'contract', 'budget', 'total'] as const;
/** What stage of money a figure is, from the quote's wording. */
export const AMOUNT_STAGES = [
  'announced',
  'committed',
  'contracted',
  'ordered',
  'allocated',
  'delivered',
  'disbursed',
  'budgeted',
  'cumulative',
] as const;
export const BOUNDS = ['exact', 'approximate', 'lower', 'upper'] as const;
/** `in-text`: the USD value is written in the text (a USD figure, or a conversion beside it); `rate`: converted at a published rate. */
export const USD_BASES = ['in-text', 'rate'] as const;
export const SEVERITIES = ['info', 'warning', 'error'] as const;

export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type AmountKind = (typeof AMOUNT_KINDS)[number];
export type AmountStage = (typeof AMOUNT_STAGES)[number];
export type ActorType = (typeof ACTOR_TYPES)[number];
export type Bound = (typeof BOUNDS)[number];
