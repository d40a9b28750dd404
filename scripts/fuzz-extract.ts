/**
 * Property-based tests of the money and date extractors, run on generated texts: arbitrary Unicode
 * strings (lone surrogates included), and sentences assembled from money and date fragments in
 * English, Ukrainian and Russian with a dateline. For any text:
 *
 * - money: an amount written alone in a sentence ("€12,5 млрд", "$3.07 trillion") is found whole,
 *   with its exact value and currency, and nothing else is; every value is a finite, non-negative number (a range's upper end above its lower end), the
 *   currency an ISO-shaped code, and every offset (the mention, its conversion, a carried currency, a
 *   rate note) lies inside the text and slices back to the reported text;
 * - dates: a date written in full alone in a sentence is read as written, whatever the dateline;
 *   offsets slice back, every date is a real calendar date in ISO form at its precision, and no
 *   date comes from anything but the text and its dateline: without a dateline, nothing is inferred
 *   except from a day the text states; with one, the years of assembled sentences (written between
 *   1990 and the dateline's year + 5) give dates within that era;
 * - the whole extractor never throws and its output is plain JSON.
 *
 * `npx tsx scripts/fuzz-extract.ts [RUNS] [SEED]` runs each property RUNS times (10,000 by default)
 * and prints how many cases ran; scripts/fuzz-extract.test.ts runs a small sample in the test suite.
 */
import fc from 'fast-check';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { extract } from '../src/data/extract/index';
import { readMoney } from '../src/data/extract/money';
import { scanDates } from '../src/data/extract/dates';
import type { DateMention, Dateline, MoneyMention, RateNote } from '../src/data/extract/types';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

// ---------------------------------------------------------------------------------------------
// Fragments

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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'monday',
  'FRIDAY',
];
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
    fc.tuple(pick(['', 'last ', 'next ', 'this ', 'on ']), pick(WEEKDAYS)).map(([w, d]) => `${w}${d}`),
    fc.tuple(pick(WEEKDAYS), pick(['next', 'last', 'this'])).map(([d, w]) => `${d} ${w} week`),
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

// ---------------------------------------------------------------------------------------------
// Properties: each returns the problems it finds, as messages naming the mention.

interface Span {
  text: string;
  start: number;
  end: number;
}

function spanProblems(text: string, what: string, s: Span): string[] {
  const inside =
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    0 <= s.start &&
    s.start < s.end &&
    s.end <= text.length;
  if (!inside)
    return [`${what} "${s.text}" has offsets ${s.start}..${s.end} outside the text (${text.length})`];
  return text.slice(s.start, s.end) === s.text
    ? []
    : [`${what} "${s.text}" slices back to "${text.slice(s.start, s.end)}"`];
}

function moneyProblems(text: string, m: MoneyMention, what = 'money'): string[] {
  const problems = spanProblems(text, what, m);
  if (!Number.isFinite(m.value) || m.value < 0) problems.push(`${what} "${m.text}" has value ${m.value}`);
  if (m.valueHigh !== null && !(Number.isFinite(m.valueHigh) && m.valueHigh > m.value))
    problems.push(`${what} "${m.text}" has range ${m.value}..${m.valueHigh}`);
  if (!/^[A-Z]{3}$/.test(m.currency)) problems.push(`${what} "${m.text}" has currency "${m.currency}"`);
  if (m.carried) problems.push(...spanProblems(text, `carried currency of "${m.text}"`, m.carried));
  if (m.converted) problems.push(...moneyProblems(text, m.converted, `conversion of "${m.text}"`));
  if (m.rateCheck && !(Number.isFinite(m.rateCheck.ratio) && m.rateCheck.ratio > 0))
    problems.push(`rate check of "${m.text}" has ratio ${m.rateCheck.ratio}`);
  return problems;
}

function rateNoteProblems(text: string, n: RateNote): string[] {
  const problems = spanProblems(text, 'rate note', n);
  if (!Number.isFinite(n.rate) || n.rate <= 0) problems.push(`rate note "${n.text}" has rate ${n.rate}`);
  return problems;
}

export function moneyProperty(text: string): string[] {
  const { money, rateNotes } = readMoney(text);
  return [
    ...money.flatMap((m) => moneyProblems(text, m)),
    ...rateNotes.flatMap((n) => rateNoteProblems(text, n)),
  ];
}

const SHAPES: Record<DateMention['precision'], RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dateProblems(text: string, d: DateMention): string[] {
  const problems = spanProblems(text, 'date', d);
  if (!SHAPES[d.precision].test(d.date) || !isRealDate(d.date))
    problems.push(`date "${d.text}" is "${d.date}" at ${d.precision} precision`);
  return problems;
}

/** The first year of an assembled article's era: its years are written from 1990 on, its datelines from 1995. */
const ERA_START = 1990;

const meta = (date: string): Dateline => ({ date, source: 'metadata', text: null, start: null, end: null });

/** With no dateline, an inferred date may only count from a day the text states before it. */
export function undatedProperty(text: string): string[] {
  const { dates, unresolved } = scanDates(text, null);
  const problems = [
    ...dates.flatMap((d) => dateProblems(text, d)),
    ...unresolved.flatMap((u) => spanProblems(text, 'unresolved date', u)),
  ];
  for (const d of dates) {
    if (d.basis !== 'inferred') continue;
    const stated = dates.some((s) => s.basis === 'stated' && s.precision === 'day' && s.end <= d.start);
    if (!stated) problems.push(`"${d.text}" became ${d.date} with no dateline and no stated day before it`);
  }
  return problems;
}

export function datedProperty(text: string, dateline: string, maxYear?: number): string[] {
  const { dates, unresolved } = scanDates(text, meta(dateline));
  const problems = [
    ...dates.flatMap((d) => dateProblems(text, d)),
    ...unresolved.flatMap((u) => spanProblems(text, 'unresolved date', u)),
  ];
  // A year written in full in the mention is read as written (an amount such as "1900 crowns" right
  // after "1 January" is one); any other date must fall in the era of the article.
  if (maxYear !== undefined)
    for (const d of dates) {
      const year = Number(d.date.slice(0, 4));
      const written = new RegExp(`(?<!\\d)${year}(?!\\d)`).test(d.text);
      if (!written && (year < ERA_START || year > maxYear))
        problems.push(`"${d.text}" became ${d.date}, outside ${ERA_START}..${maxYear}`);
    }
  return problems;
}

export function extractProperty(text: string): string[] {
  const result = extract('fuzz.txt', text);
  return JSON.stringify(JSON.parse(JSON.stringify(result))) === JSON.stringify(result)
    ? []
    : ['the output is not plain JSON'];
}

/** An amount alone in a sentence is found, whole, with its value and currency, and nothing else is. */
export function isolatedAmountProperty(a: {
  text: string;
  written: string;
  value: number;
  currency: string;
}): string[] {
  const found = readMoney(a.text).money.map((m) => `${m.text} = ${m.value} ${m.currency}`);
  const expected = `${a.written} = ${a.value} ${a.currency}`;
  return found.length === 1 && found[0] === expected
    ? []
    : [`expected [${expected}], found [${found.join('; ')}]`];
}

/** A date written in full alone in a sentence is found whole, as written, whatever the dateline. */
export function isolatedDateProperty(
  d: { text: string; written: string; iso: string },
  dateline: string,
): string[] {
  const found = scanDates(d.text, meta(dateline)).dates.map((m) => `${m.text} = ${m.date}`);
  const expected = `${d.written} = ${d.iso}`;
  return found.length === 1 && found[0] === expected
    ? []
    : [`expected [${expected}], found [${found.join('; ')}]`];
}

/** Fails a case with every problem it has, so that fast-check reports (and shrinks) it. */
function none(problems: readonly string[]): true {
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return true;
}

const datelines = fc
  .date({ min: new Date('1995-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** The properties, each with the arbitrary it runs on. */
export const PROPERTIES = {
  'money on any text': fc.property(anyText, (text) => none(moneyProperty(text))),
  'money on assembled articles': fc.property(assembledArticle, ({ text }) => none(moneyProperty(text))),
  'an amount alone in a sentence': fc.property(isolatedAmount, (a) => none(isolatedAmountProperty(a))),
  'dates on any text, no dateline': fc.property(anyText, (text) => none(undatedProperty(text))),
  'dates on any text, with a dateline': fc.property(anyText, datelines, (text, dateline) =>
    none(datedProperty(text, dateline)),
  ),
  'dates on assembled articles, within the era': fc.property(
    assembledArticle,
    ({ text, dateline, maxYear }) => none(datedProperty(text, dateline, maxYear)),
  ),
  'a written date alone in a sentence': fc.property(isolatedDate, datelines, (d, dateline) =>
    none(isolatedDateProperty(d, dateline)),
  ),
  'the whole extractor on any text': fc.property(anyText, (text) => none(extractProperty(text))),
};

// ---------------------------------------------------------------------------------------------

type Check = (params: { numRuns: number; seed: number }) => fc.RunDetails<unknown>;
const checker =
  <T>(property: fc.IProperty<T>): Check =>
  (params) =>
    fc.check(property, params) as fc.RunDetails<unknown>;

function main(runs: number, seed: number): number {
  let failed = 0;
  let cases = 0;
  const checks: [string, Check][] = [
    ['money on any text', checker(PROPERTIES['money on any text'])],
    ['money on assembled articles', checker(PROPERTIES['money on assembled articles'])],
    ['an amount alone in a sentence', checker(PROPERTIES['an amount alone in a sentence'])],
    ['dates on any text, no dateline', checker(PROPERTIES['dates on any text, no dateline'])],
    ['dates on any text, with a dateline', checker(PROPERTIES['dates on any text, with a dateline'])],
    [
      'dates on assembled articles, within the era',
      checker(PROPERTIES['dates on assembled articles, within the era']),
    ],
    ['a written date alone in a sentence', checker(PROPERTIES['a written date alone in a sentence'])],
    ['the whole extractor on any text', checker(PROPERTIES['the whole extractor on any text'])],
  ];
  for (const [name, check] of checks) {
    const started = Date.now();
    const result = check({ numRuns: runs, seed });
    cases += result.numRuns;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.failed) {
      failed++;
      console.log(
        `FAIL ${name}: after ${result.numRuns} cases (${seconds} s), shrunk ${result.numShrinks} times`,
      );
      console.log(`  counterexample: ${JSON.stringify(result.counterexample)}`);
      console.log(
        `  ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)}`,
      );
    } else console.log(`ok   ${name}: ${result.numRuns} cases (${seconds} s)`);
  }
  console.log(`${cases} cases in all; ${failed} of ${checks.length} properties failed`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const runs = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
  console.log(`fuzz-extract: ${runs} cases per property, seed ${seed}`);
  process.exitCode = main(runs, seed);
}
