/** Query strings as people, old links, crawlers and attackers write them, for property tests of URL state. */
import fc from 'fast-check';
import type { Dataset } from '../../src/data/schema';
import { AMOUNT_STAGES, EVENT_KINDS } from '../../src/data/vocabulary';
import { MAX_QUERY_LENGTH, URL_KEYS } from '../../src/state/url';

const OPTION_VALUES = ['any', 'all', 'actor', 'kind', 'chart', 'table', 'bars', 'time', 'linear', 'log'];
const MORE_OPTION_VALUES = ['value', 'date', 'donor', 'stage', 'Kind', 'TABLE', ' log', ''];
const ESCAPES = [
  '%',
  '%2',
  '%ZZ',
  '%E0%A4%A',
  '%F0%9F%98%80',
  '%00',
  '%0A',
  '%2C',
  '%26',
  '+',
  '&',
  '=',
  '#',
  ' ',
  ',',
];

/** Percent-encodes every character of a key, as some tools do: `%61ctors`. */
const escapeAll = (text: string): string =>
  [...new TextEncoder().encode(text)]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');

/** encodeURIComponent, except that lone surrogates (which it refuses) are kept raw. */
const encodeLoosely = (text: string): string =>
  text.replace(/[^\p{Cs}]+/gu, (run) => encodeURIComponent(run));

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Dates, real and not: partial, impossible, out of range, with times, reversed. */
const dateText = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.nat(3),
    )
    .map(([y, m, d, parts]) =>
      parts === 0
        ? pad(y, 4)
        : parts === 1
          ? `${pad(y, 4)}-${pad(m, 2)}`
          : `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
    ),
  fc.constantFrom(
    '0001',
    '9999',
    '0000-01-01',
    '9999-12-31',
    '2023-09-28T10:00Z',
    'tomorrow',
    '-2023',
    '+002023-01-01',
  ),
);

const instantText = fc.oneof(
  dateText,
  fc
    .tuple(dateText, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
    .map(([d, h, m]) => `${d}T${pad(h, 2)}:${pad(m, 2)}Z`),
);

/** A value for any parameter: ids, kinds, dates, windows, options, long text, broken escapes, anything. */
function valueText(dataset: Dataset): fc.Arbitrary<string> {
  const ids = [
    ...dataset.actors.map((a) => a.id),
    ...dataset.events.map((e) => e.id),
    ...dataset.amounts.map((a) => a.id),
    ...EVENT_KINDS,
    ...AMOUNT_STAGES,
    'nobody',
    '<script>',
  ];
  const item = fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 6 }));
  return fc.oneof(
    { weight: 3, arbitrary: fc.array(item, { maxLength: 6 }).map((items) => items.join(',')) },
    { weight: 2, arbitrary: dateText },
    { weight: 2, arbitrary: fc.tuple(instantText, instantText).map(([a, b]) => `${a},${b}`) },
    { weight: 2, arbitrary: fc.constantFrom(...OPTION_VALUES, ...MORE_OPTION_VALUES) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.constantFrom('a', ' ', '😀', 'ï', '\t', '\u00a0'),
        minLength: MAX_QUERY_LENGTH - 5,
        maxLength: MAX_QUERY_LENGTH + 5,
      }),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1990, maxLength: 20_000 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.constantFrom(...ESCAPES), { maxLength: 8 }).map((parts) => parts.join('')),
    },
  );
}

function keyText(): fc.Arbitrary<string> {
  const own = fc.constantFrom(...URL_KEYS);
  return fc.oneof(
    { weight: 8, arbitrary: own },
    { weight: 1, arbitrary: own.map(escapeAll) },
    { weight: 1, arbitrary: fc.constantFrom('dataset', 'utm_source', '', '?q', 'Q', 'actors[]', 'q ') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
}

/** A query string (with or without `?`) of up to twelve pairs, each encoded, raw, or half-written. */
export function queryString(dataset: Dataset): fc.Arbitrary<string> {
  const pair = fc
    .tuple(keyText(), valueText(dataset), fc.constantFrom('encoded', 'raw', 'bare', 'empty'))
    .map(([key, value, form]) => {
      if (form === 'bare') return key;
      if (form === 'empty') return `${key}=`;
      return `${key}=${form === 'encoded' ? encodeLoosely(value) : value}`;
    });
  const structured = fc
    .tuple(fc.boolean(), fc.array(pair, { maxLength: 12 }))
    .map(([mark, pairs]) => `${mark ? '?' : ''}${pairs.join('&')}`);
  return fc.oneof(
    { weight: 8, arbitrary: structured },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.webQueryParameters().map((q) => `?${q}`) },
  );
}
