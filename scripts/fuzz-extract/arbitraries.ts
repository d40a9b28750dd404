/**
 * Generators for the extractor's property-based tests: arbitrary Unicode text, and sentences
 * assembled from money and date fragments in English, Ukrainian and Russian, with a dateline.
 */
import fc from 'fast-check';
import { MONTHS, WEEKDAYS } from '../../src/data/extract/calendar';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const SYMBOLS = ['$', '€', '£', '¥', '₴', '₽', 'US$', 'C$', 'A$', 'USD ', 'EUR ', 'NOK ', 'UAH '];
const WORDS_AFTER = [
  'dollars',
  'euros',
  'pounds',
  'hryvnias',
  'rubles',
  'yen',
  'kroner',
  'crowns',
  'zlotys',
  'Swiss francs',
  'USD',
  'EUR',
  'гривень',
  'грн',
  'рублей',
  'рублів',
  'доларів',
  'долларов',
  'євро',
];
const SCALES = [
  '',
  ' million',
  ' billion',
  ' trillion',
  'bn',
  'm',
  ' mn',
  'B',
  ' млн',
  ' млрд',
  ' трлн',
  ' тис.',
  ' тыс.',
];
const BOUNDS = ['', 'about ', 'more than ', 'up to ', 'almost ', 'nearly ', 'понад ', 'около '];

const numeral = fc.oneof(
  fc.integer({ min: 0, max: 999 }).map(String),
  fc.integer({ min: 1, max: 999_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a},${b}`),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString('uk-UA')), // "1 200 000" with no-break spaces
  fc.stringMatching(/^\d{1,40}$/),
);

const amount = fc.oneof(
  fc.tuple(pick(BOUNDS), pick(SYMBOLS), numeral, pick(SCALES)).map(([b, s, n, k]) => `${b}${s}${n}${k}`),
  fc.tuple(pick(BOUNDS), numeral, pick(SCALES), pick(WORDS_AFTER)).map(([b, n, k, w]) => `${b}${n}${k} ${w}`),
);

const moneyFragment = fc.oneof(
  amount,
  fc.tuple(amount, amount).map(([a, b]) => `${a} (${b})`),
  fc.tuple(numeral, pick(SCALES), amount).map(([n, k, c]) => `${n}${k} (${c})`),
  fc.tuple(amount, amount).map(([a, b]) => `between ${a} and ${b}`),
  fc.tuple(amount, amount).map(([a, b]) => `${a} to ${b}`),
  fc.tuple(amount, amount).map(([a, b]) => `${a}, or about ${b}`),
  fc.tuple(pick(['$1', '€1', '1 USD']), numeral, pick(WORDS_AFTER)).map(([a, n, w]) => `(${a} = ${n} ${w})`),
  fc.tuple(numeral, pick(WORDS_AFTER)).map(([n, w]) => `${n} ${w} to the dollar`),
  fc.tuple(numeral, pick(['pounds', 'kg'])).map(([n, w]) => `weighs ${n} ${w}`),
);

// Weekdays as articles write them, and as they sometimes do not (lowercase, capitals).
const WEEKDAY_FORMS = [...WEEKDAYS, 'monday', 'FRIDAY'];
const RELATIVE = [
  'today',
  'yesterday',
  'tomorrow',
  'this afternoon',
  'the day before yesterday',
  'the day after tomorrow',
  'last week',
  'next week',
  'this month',
  'last month',
  'next year',
  'this year',
  'earlier in the day',
  'the next day',
  'a few days earlier',
  'first in 12 days',
  '30 minutes later',
  'tomorrow from 10am',
  'the last 3 months and 2 days',
  'at 14:00',
  'for three weeks',
];

/** Date fragments whose years lie between 1990 and `maxYear`. */
function dateFragment(maxYear: number) {
  const year = fc.integer({ min: 1990, max: maxYear });
  const day = fc.integer({ min: 1, max: 31 });
  const month = pick(MONTHS);
  return fc.oneof(
    fc.tuple(month, day).map(([m, d]) => `${m} ${d}`),
    fc.tuple(day, month).map(([d, m]) => `${d} ${m}`),
    fc.tuple(month, day, year).map(([m, d, y]) => `${m} ${d}, ${y}`),
    fc.tuple(month, year).map(([m, y]) => `${m} ${y}`),
    fc.tuple(pick(['this', 'last', 'next']), month).map(([w, m]) => `${w} ${m}`),
    fc.tuple(month, pick(['this', 'last', 'next'])).map(([m, w]) => `${m} ${w} year`),
    fc.tuple(pick(['', 'last ', 'next ', 'this ', 'on ']), pick(WEEKDAY_FORMS)).map(([w, d]) => `${w}${d}`),
    fc.tuple(pick(WEEKDAY_FORMS), pick(['next', 'last', 'this'])).map(([d, w]) => `${d} ${w} week`),
    fc
      .tuple(pick(['in', 'since', 'by', 'until', 'during']), year, year)
      .map(([p, a, b]) => `${p} ${a} and ${b}`),
    fc
      .tuple(pick(['the', "Russia's", 'its']), year, pick(['budget', 'state budget', 'invasion', 'troops']))
      .map(([d, y, n]) => `${d} ${y} ${n}`),
    fc
      .tuple(fc.integer({ min: 1, max: 5 }), pick(['days', 'weeks', 'months', 'years']))
      .map(([n, u]) => `${n} ${u} ago`),
    fc
      .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    pick(RELATIVE),
  );
}

const FILLER = [
  'Ukraine',
  'said',
  'will',
  'the ministry',
  'pledged',
  'on',
  'in',
  'and',
  ',',
  '.',
  ';',
  '(',
  ')',
  '—',
  '\n',
  'Україна',
  'заявив',
];

/** A sentence of money and date fragments, with its dateline (1995..2030). */
export const assembledArticle = fc
  .tuple(
    fc.integer({ min: 1995, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .chain(([y, m, d]) =>
    fc
      .array(fc.oneof(moneyFragment, dateFragment(y + 5), pick(FILLER), fc.string({ maxLength: 6 })), {
        minLength: 1,
        maxLength: 24,
      })
      .map((parts) => ({
        text: parts.join(' '),
        dateline: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        maxYear: y + 5,
      })),
  );

const PREFIXES: readonly (readonly [string, string])[] = [
  ['$', 'USD'],
  ['US$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₴', 'UAH'],
  ['EUR ', 'EUR'],
  ['UAH ', 'UAH'],
];
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['dollars', 'USD'],
  ['euros', 'EUR'],
  ['hryvnias', 'UAH'],
  ['гривень', 'UAH'],
  ['рублей', 'RUB'],
  ['доларів', 'USD'],
];
const SCALE_EXPONENTS: readonly (readonly [string, number])[] = [
  [' million', 6],
  [' billion', 9],
  ['bn', 9],
  [' trillion', 12],
  [' млн', 6],
  [' млрд', 9],
  [' трлн', 12],
];

/**
 * One amount alone in a plain sentence, with the value and currency it must be read as: the number is
 * written with a decimal point or comma and a scale, the currency before or after it.
 */
export const isolatedAmount = fc
  .tuple(
    fc.integer({ min: 1, max: 999 }),
    fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
    fc.boolean(),
    pick(SCALE_EXPONENTS),
    fc.oneof(
      pick(PREFIXES).map((p) => ({ prefix: p })),
      pick(SUFFIXES).map((p) => ({ suffix: p })),
    ),
    pick([
      ['Officials said the fund received ', ' on Monday.'],
      ['The ministry pledged ', ', the statement said.'],
      ['Фонд отримав ', ' у вівторок.'],
    ] as const),
  )
  .map(([whole, fraction, comma, [scaleText, exponent], currency, [before, after]]) => {
    const numeral = fraction === null ? String(whole) : `${whole}${comma ? ',' : '.'}${fraction}`;
    const written =
      'prefix' in currency
        ? `${currency.prefix[0]}${numeral}${scaleText}`
        : `${numeral}${scaleText} ${currency.suffix[0]}`;
    const code = 'prefix' in currency ? currency.prefix[1] : currency.suffix[1];
    return {
      text: `${before}${written}${after}`,
      written,
      value: Number(`${whole}${fraction === null ? '' : `.${fraction}`}e${exponent}`),
      currency: code,
    };
  });

/** A date written in full alone in a sentence, with the ISO date it must be read as. */
export const isolatedDate = fc
  .tuple(
    fc.date({ min: new Date('1991-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 3 }),
    pick(['The law took effect on ', 'Talks are set for ', 'Kyiv signed it ']),
  )
  .map(([date, form, before]) => {
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const month = MONTHS[m - 1] ?? '';
    const pad = (n: number) => String(n).padStart(2, '0');
    const forms = [
      [`${month} ${d}, ${y}`, `${y}-${pad(m)}-${pad(d)}`],
      [`${d} ${month} ${y}`, `${y}-${pad(m)}-${pad(d)}`],
      [`${y}-${pad(m)}-${pad(d)}`, `${y}-${pad(m)}-${pad(d)}`],
      [`${month} ${y}`, `${y}-${pad(m)}`],
    ] as const;
    const [written, iso] = forms[form] ?? forms[0];
    return { text: `${before}${written}, officials said.`, written, iso };
  });

/** Any text: arbitrary code points (lone surrogates included), or fragments mixed with them. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(fc.oneof(moneyFragment, dateFragment(2035), fc.string({ unit: 'binary', maxLength: 8 })), {
      maxLength: 16,
    })
    .map((parts) => parts.join(' ')),
);

/** A dateline between 1995 and 2030. */
export const datelines = fc
  .date({ min: new Date('1995-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
