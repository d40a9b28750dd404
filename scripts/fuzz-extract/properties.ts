/**
 * The extractor's properties: each check returns the problems it finds in one case, as messages naming
 * the mention; PROPERTIES pairs each with the generator it runs on.
 */
import fc from 'fast-check';
import { scanDates } from '../../src/data/extract/dates';
import { extract } from '../../src/data/extract/index';
import { readMoney } from '../../src/data/extract/money';
import type { DateMention, Dateline, MoneyMention, RateNote } from '../../src/data/extract/types';
import { anyText, assembledArticle, datelines, isolatedAmount, isolatedDate } from './arbitraries';

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
