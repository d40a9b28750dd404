/**
 * Random datasets that pass the schema, with every optional field sometimes absent and every nullable
 * one sometimes null. Ids come from small pools, so references sometimes name an item that exists and
 * sometimes not, and short values repeat often enough for a column to be coded.
 */
import fc from 'fast-check';
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
  type Actor,
  type AidEvent,
  type Amount,
  type Citation,
  type Dataset,
  type Flag,
  type Source,
} from '../data/schema';

/** Plain objects, as JSON.parse makes them. */
const whole = { noNullPrototype: true } as const;

const id = fc.constantFrom('a', 'b', 'c-1', 'd2', 'ev-1', 'x');
const date = fc.constantFrom('2022', '2022-02', '2022-02-24', '2023-09-28', '2024-12-31');
const words = fc.oneof(
  fc.constantFrom('Kyiv', 'Lviv', 'a', ''),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);
const nonEmpty = words.filter((s) => s.length > 0);
const count = fc.nat({ max: 1_000_000 });
const span = fc.record({ start: count, end: count }, whole);

const citation: fc.Arbitrary<Citation> = fc
  .record({ source: id, quote: nonEmpty, start: count, length: fc.integer({ min: 1, max: 500 }) }, whole)
  .map(({ source, quote, start, length }) => ({ source, quote, start, end: start + length }));
const citations = fc.array(citation, { minLength: 1, maxLength: 3 });
const flagValue = fc.boolean();

const source: fc.Arbitrary<Source> = fc.record(
  {
    id,
    file: nonEmpty,
    title: nonEmpty,
    published: fc.option(date, { nil: null }),
    publishedBasis: fc.constantFrom('stated', 'inferred', 'unknown'),
    publishedNote: words,
    outlet: fc.option(words, { nil: null }),
    url: words,
    agencies: fc.array(words, { maxLength: 3 }),
    span,
    excluded: fc.array(fc.record({ start: count, end: count, reason: words }, whole), { maxLength: 2 }),
    draft: flagValue,
  },
  { requiredKeys: ['id', 'file', 'title', 'published', 'outlet'], noNullPrototype: true },
);

const actor: fc.Arbitrary<Actor> = fc.record(
  {
    id,
    name: nonEmpty,
    type: fc.constantFrom(...ACTOR_TYPES),
    aliases: fc.array(words, { maxLength: 3 }),
    role: fc.option(words, { nil: null }),
    draft: flagValue,
  },
  { requiredKeys: ['id', 'name', 'type', 'aliases'], noNullPrototype: true },
);

const event: fc.Arbitrary<AidEvent> = fc.record(
  {
    id,
    date,
    datePrecision: fc.constantFrom(...DATE_PRECISIONS),
    dateBasis: fc.constantFrom(...DATE_BASES),
    dateNote: words,
    title: nonEmpty,
    summary: words,
    kind: fc.constantFrom(...EVENT_KINDS),
    actors: fc.array(id, { maxLength: 3 }),
    location: fc.option(words, { nil: null }),
    citations,
    draft: flagValue,
  },
  {
    requiredKeys: [
      'id',
      'date',
      'datePrecision',
      'dateBasis',
      'title',
      'summary',
      'kind',
      'actors',
      'location',
      'citations',
    ],
    noNullPrototype: true,
  },
);

const money = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }));
const rate = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });

const amount: fc.Arbitrary<Amount> = fc.record(
  {
    id,
    eventId: id,
    date,
    label: nonEmpty,
    value: money,
    valueHigh: fc.option(money, { nil: null }),
    currency: fc.constantFrom('USD', 'EUR', 'UAH'),
    usd: money,
    usdBasis: fc.constantFrom(...USD_BASES),
    conversion: fc.option(
      fc.record(
        {
          rate,
          rateDate: fc.option(date, { nil: null }),
          series: words,
          text: fc.option(words, { nil: null }),
        },
        whole,
      ),
      { nil: null },
    ),
    donor: id,
    recipient: fc.option(id, { nil: null }),
    kind: fc.constantFrom(...AMOUNT_KINDS),
    stage: fc.constantFrom(...AMOUNT_STAGES),
    partOf: fc.option(id, { nil: null }),
    period: date,
    cumulative: fc.boolean(),
    bound: fc.constantFrom(...BOUNDS),
    mention: span,
    citations,
    draft: flagValue,
  },
  {
    requiredKeys: [
      'id',
      'eventId',
      'date',
      'label',
      'value',
      'currency',
      'usd',
      'usdBasis',
      'donor',
      'recipient',
      'kind',
      'stage',
      'cumulative',
      'bound',
      'citations',
    ],
    noNullPrototype: true,
  },
);

const flag: fc.Arbitrary<Flag> = fc.record(
  {
    id,
    severity: fc.constantFrom(...SEVERITIES),
    message: nonEmpty,
    refs: fc.array(id, { maxLength: 3 }),
  },
  whole,
);

/** A dataset the schema accepts (its references and ids are not checked against each other). */
export function arbitraryDataset(): fc.Arbitrary<Dataset> {
  return fc.record(
    {
      schemaVersion: fc.constant(1 as const),
      title: words,
      sources: fc.array(source, { maxLength: 4 }),
      actors: fc.array(actor, { maxLength: 4 }),
      events: fc.array(event, { maxLength: 8 }),
      amounts: fc.array(amount, { maxLength: 6 }),
      flags: fc.array(flag, { maxLength: 3 }),
    },
    whole,
  );
}
