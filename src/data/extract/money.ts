/**
 * Money mentions in a news text, with offsets, value, ISO currency, bound and any conversion written
 * beside them. A number is money only when a currency is written with it, or when it has a scale
 * ("65 billion") and a currency written elsewhere in its sentence carries over to it.
 */
import { boundOf } from './bounds';
import { currencyAfter, currencyBefore, type CurrencyText } from './currencyAround';
import { findNumbers, scaleValue, type NumberToken } from './numbers';
import { sentenceAt, sentenceSpans, type Span } from './sentences';
import type { MoneyMention } from './types';

/** A number with the currency written around it, if any. */
interface Reading {
  token: NumberToken;
  prefix: CurrencyText | null;
  suffix: CurrencyText | null;
}

/** One figure: a number or a range, with its currency if written. */
interface Figure {
  start: number;
  end: number;
  value: number;
  valueHigh: number | null;
  currency: CurrencyText | null;
  /** A bare number may only take a currency from its sentence when it has a scale word or abbreviation. */
  mayCarry: boolean;
}

function read(text: string, sentences: readonly Span[], token: NumberToken): Reading | null {
  const prefix = token.spelled ? null : currencyBefore(text, token.start);
  const suffix = prefix ? null : currencyAfter(text, token.end, token, sentenceAt(sentences, token.start));
  if (token.beforeLetter && !suffix) return null; // 13th, 155mm, 3D
  if (token.afterLetter && !prefix) return null; // F16, A10
  if (token.decimalComma && !token.scale && !prefix && !suffix) return null;
  if (token.spelled && !suffix) return null;
  if (suffix && isPriceYear(text, token)) return null;
  if (
    (prefix || suffix) &&
    EXCHANGE_RATE.test(text.slice(suffix?.end ?? token.end, (suffix?.end ?? token.end) + 40))
  )
    return null;
  return { token, prefix, suffix };
}

// "¥150 per dollar", "38 hryvnias to the dollar": an exchange rate, not an amount.
const EXCHANGE_RATE =
  /^[ \u00a0]+(?:per|to[ \u00a0]+(?:the|one|a)|against[ \u00a0]+the|a)[ \u00a0]+(?:(?:US|U\.S\.|American|single)[ \u00a0]+)?(?:dollar|euro|pound|ruble|rouble|hryvnia|yen|yuan|franc|zloty|złoty|krone|krona|crown|won|rupee|greenback|lira|shekel)\b/i;

/** "in 2023 dollars", "at constant 2015 prices": a price base year, not an amount. */
function isPriceYear(text: string, token: NumberToken): boolean {
  return (
    !token.scale &&
    /^(?:19|20)\d{2}$/.test(token.numeral) &&
    /\b(?:in|constant|real)[ \u00a0]+$/i.test(text.slice(Math.max(0, token.start - 12), token.start))
  );
}

const startOf = (r: Reading) => r.prefix?.start ?? r.token.start;
const endOf = (r: Reading) => r.suffix?.end ?? r.token.end;

/** `$1-2 billion`, `1–2 billion euros`, `$1 to 2 billion`, `between $1bn and $2bn`: one figure, two ends. */
function joinRange(text: string, a: Reading, b: Reading): Figure | null {
  if (a.suffix || a.token.spelled || b.token.spelled) return null;
  const gap = text.slice(a.token.end, startOf(b));
  const shared = !a.token.scale;
  const between =
    /\bbetween[ \u00a0]+$/i.test(text.slice(Math.max(0, startOf(a) - 12), startOf(a))) &&
    /^[ \u00a0]+and[ \u00a0]+$/i.test(gap);
  const dash = /^[-–—]$/.test(gap) || (shared && /^[ \u00a0]*[-–][ \u00a0]*$/.test(gap));
  const to = shared && /^[ \u00a0]+to[ \u00a0]+$/i.test(gap);
  if (!between && !dash && !to) return null;
  const bCurrency = b.prefix ?? b.suffix;
  if (a.prefix && bCurrency && a.prefix.code !== bCurrency.code) return null;
  const currency = a.prefix ?? bCurrency;
  if (!currency && !b.token.scale) return null;
  const low =
    shared && b.token.scale ? scaleValue(String(a.token.base), b.token.scale.exponent) : a.token.value;
  const high = b.token.value;
  if (!(low < high)) return null;
  const scaleKind = b.token.scale?.kind;
  return {
    start: startOf(a),
    end: endOf(b),
    value: low,
    valueHigh: high,
    currency,
    mayCarry: scaleKind === 'word' || scaleKind === 'abbreviation',
  };
}

function single(r: Reading): Figure {
  const kind = r.token.scale?.kind;
  return {
    start: startOf(r),
    end: endOf(r),
    value: r.token.value,
    valueHigh: null,
    currency: r.prefix ?? r.suffix,
    mayCarry: !r.token.spelled && (kind === 'word' || kind === 'abbreviation'),
  };
}

function figuresOf(text: string, sentences: readonly Span[]): Figure[] {
  const readings = findNumbers(text)
    .map((token) => read(text, sentences, token))
    .filter((r): r is Reading => r !== null);
  const figures: Figure[] = [];
  for (let i = 0; i < readings.length; i++) {
    const a = readings[i];
    if (!a) continue;
    const b = readings[i + 1];
    const range = b ? joinRange(text, a, b) : null;
    if (range) {
      figures.push(range);
      i++;
    } else figures.push(single(a));
  }
  return figures;
}

// Words that may follow a bare "65 billion" that is money: "65 billion in military aid",
// "65 billion for air defence". Any other word is what is counted ("1.5 million artillery rounds").
const MONEY_FOLLOWERS = new Set(
  (
    'in for to on from at by with as into towards toward over under was were is are will would should ' +
    'could can may might has had have and or but more less this that last next each per a an already ' +
    'earmarked allocated pledged committed announced approved promised went goes go came comes come worth ' +
    'intended set due spent budgeted provided given been being which so plus respectively alone annually ' +
    'these those through until since via directly mostly mainly largely going included including covering ' +
    'paid raised left remaining remain remains ' +
    // money nouns written without "in": "EUR 33 billion are loans and 17 billion grants"
    'grants loans credits aid assistance funding support subsidies guarantees'
  ).split(' '),
);
const OF_MONEY =
  /^(?:which|it|this|that|these|those|(?:the|its|their|this|that)[ \u00a0]+(?:total|sum|amount|money|funds|funding|package|budget|aid|assistance))\b/i;

// "a country of 38 million", "a population of some 40 million": people, whatever follows.
const COUNT_BEFORE =
  /\b(?:country|nation|population|city|people|inhabitants|residents|army|workforce|audience|electorate|region)[ \u00a0]+of[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|over|more[ \u00a0]+than|at[ \u00a0]+least)[ \u00a0]+)?$/i;

/** Whether the words around a bare scaled number show it counts something other than money. */
function countsSomething(text: string, start: number, end: number): boolean {
  if (COUNT_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return true;
  const after = text.slice(end, end + 60);
  if (/^-\p{L}/u.test(after)) return true; // 1.5-million-strong
  if (/^[ \u00a0]*(?:%|percent\b|per[ \u00a0]?cent\b|pc\b)/i.test(after)) return true;
  const next = /^[ \u00a0]+([\p{L}'’]+)/u.exec(after);
  const word = next?.[1]?.toLowerCase();
  if (word === undefined) return false;
  if (word === 'of') return !OF_MONEY.test(after.slice(next?.[0].length ?? 0).trimStart());
  return !MONEY_FOLLOWERS.has(word);
}

/** The currency a bare figure takes from its sentence: the nearest written before it, else the next one. */
function carrierFor(figure: Figure, explicit: readonly Figure[], sentence: Span): CurrencyText | null {
  const inSentence = explicit.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
  const before = inSentence.filter((f) => f.end <= figure.start).at(-1);
  const next = inSentence.find((f) => f.start >= figure.end);
  return before?.currency ?? next?.currency ?? null;
}

const CONVERSION_OPEN =
  /^[ \u00a0]*\([ \u00a0]*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|almost|circa|~|or|equivalent[ \u00a0]+to|equal[ \u00a0]+to|the[ \u00a0]+equivalent[ \u00a0]+of|worth)[ \u00a0]*)*/i;
const CONVERSION_OR =
  /^(?:,?[ \u00a0]+or[ \u00a0]+(?:(?:about|around|roughly|approximately|some|nearly|almost)[ \u00a0]+)?|,[ \u00a0]+(?:about|around|roughly|approximately|some|nearly|almost)[ \u00a0]+)/i;

/**
 * Whether `c`, written right after `m`, is `m` in another currency: `(USD 2.53 billion)`, `, or about
 * $3.3bn`, `, about €170m,`.
 */
function isConversion(text: string, m: Figure, c: Figure): boolean {
  if (!m.currency || !c.currency || m.currency.code === c.currency.code) return false;
  const between = text.slice(m.end, c.start);
  const open = CONVERSION_OPEN.exec(between);
  if (open?.[0].length === between.length && between.includes('('))
    return /^[^()\d]{0,60}\)/.test(text.slice(c.end, c.end + 62));
  const or = CONVERSION_OR.exec(between);
  return (
    or !== null &&
    or[0].length === between.length &&
    /^[ \u00a0]*(?:[,.;:)]|$)/.test(text.slice(c.end, c.end + 4))
  );
}

function mention(
  text: string,
  figure: Figure,
  currency: CurrencyText,
  carried: boolean,
  converted: MoneyMention | null,
): MoneyMention {
  const { bound, text: boundText } = boundOf(text, figure.start, figure.end);
  return {
    text: text.slice(figure.start, figure.end),
    start: figure.start,
    end: figure.end,
    value: figure.value,
    valueHigh: figure.valueHigh,
    currency: currency.code,
    bound,
    boundText,
    carried: carried ? { text: currency.text, start: currency.start, end: currency.end } : null,
    converted,
  };
}

export function findMoney(text: string): MoneyMention[] {
  const sentences = sentenceSpans(text);
  const figures = figuresOf(text, sentences);
  const explicit = figures.filter((f) => f.currency !== null);

  const conversionOf = new Map<Figure, Figure>();
  const isConverted = new Set<Figure>();
  explicit.forEach((m, i) => {
    const c = explicit[i + 1];
    if (c && !isConverted.has(m) && isConversion(text, m, c)) {
      conversionOf.set(m, c);
      isConverted.add(c);
    }
  });

  const mentions: MoneyMention[] = [];
  for (const figure of figures) {
    if (isConverted.has(figure)) continue;
    if (figure.currency) {
      const c = conversionOf.get(figure);
      const converted = c?.currency ? mention(text, c, c.currency, false, null) : null;
      mentions.push(mention(text, figure, figure.currency, false, converted));
      continue;
    }
    if (!figure.mayCarry || countsSomething(text, figure.start, figure.end)) continue;
    const sentence = sentenceAt(sentences, figure.start);
    const carrier = sentence
      ? carrierFor(
          figure,
          explicit.filter((f) => !isConverted.has(f)),
          sentence,
        )
      : null;
    if (carrier) mentions.push(mention(text, figure, carrier, true, null));
  }
  return mentions.sort((a, b) => a.start - b.start);
}
