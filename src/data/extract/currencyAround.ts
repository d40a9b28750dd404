/**
 * Reads the currency written around a number: a symbol or code before it (`$`, `US$`, `USD `,
 * `EUR2.4bn`) or a word, code or symbol after it (`euros`, `billion NOK`, `100 zł`, `-dollar`).
 */
import { crownCode } from './crowns';
import { CURRENCY_WORDS, isCurrencyCode, MONEY_NOUNS, PREFIX_SYMBOLS, SUFFIX_SYMBOLS } from './currencies';
import type { NumberToken } from './numbers';
import type { Span } from './sentences';

export interface CurrencyText {
  code: string;
  text: string;
  start: number;
  end: number;
  side: 'prefix' | 'suffix';
}

const SPACE = /[ \u00a0]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The symbol or code written right before `at` (one space allowed between). */
export function currencyBefore(text: string, at: number): CurrencyText | null {
  const gap = SPACE.test(text.charAt(at - 1)) ? 1 : 0;
  const end = at - gap;
  for (const [symbol, code] of PREFIX_SYMBOLS) {
    const start = end - symbol.length;
    if (start < 0 || text.slice(start, end) !== symbol) continue;
    // A symbol that starts with a letter (A$, Rs, Fr.) must not be the end of a longer word.
    if (/\p{L}/u.test(symbol.charAt(0)) && LETTER_OR_DIGIT.test(text.charAt(start - 1))) continue;
    return { code, text: symbol, start, end, side: 'prefix' };
  }
  const word = /(?<![\p{L}\p{N}])([A-Z]{3})$/u.exec(text.slice(Math.max(0, end - 4), end));
  const code = word?.[1];
  if (code !== undefined && isCurrencyCode(code))
    return { code, text: code, start: end - 3, end, side: 'prefix' };
  return null;
}

const WORDS = new RegExp(
  `^(?:${CURRENCY_WORDS.map((w, i) => `(?<w${i}>${w.pattern})`).join('|')})(?![\\p{L}])`,
  'iu',
);

function wordCode(match: RegExpExecArray): { code: string; weak: boolean; crown: boolean } | null {
  // A group that took no part in the match is undefined at run time, whatever its declared type.
  for (const [name, value] of Object.entries(match.groups ?? {}) as [string, string | undefined][]) {
    if (value === undefined) continue;
    const word = CURRENCY_WORDS[Number(name.slice(1))];
    if (word) return { code: word.code, weak: word.weak === true, crown: word.crown === true };
  }
  return null;
}

// Words of weight before a figure in its clause ("the shell weighs 2,204.62 pounds", "a payload of").
const WEIGHT_BEFORE = /\b(?:weigh(?:s|ed|ing)?|weights?|payloads?|thrust)\b[^.;:!?()]{0,40}$/i;
// A metric weight written beside it: "2,204.62 pounds (1,000 kg)", "pounds, or 500 kilograms".
const METRIC_AFTER =
  /^[ \u00a0]*(?:\(|,[ \u00a0]*or[ \u00a0]+)[^()]{0,12}?\d[\d.,]*[ \u00a0]*(?:kg|kilos?|kilograms?|kilogrammes?|t|tonnes?|tons?|metric[ \u00a0]+tons?)\b/i;

/**
 * "pounds of explosives", "weighs 2,204.62 pounds", "2,204.62 pounds (1,000 kg)": a weight. An amount
 * in pounds written with a fraction and no scale is a weight too: sums of money in pounds and pence are
 * written with "£" in news, while converted weights ("2,204.62 pounds" is a tonne) keep their decimals.
 */
function isWeight(text: string, token: NumberToken, end: number): boolean {
  const of = /^[ \u00a0]+of[ \u00a0]+([\p{L}'’]+)/u.exec(text.slice(end, end + 40));
  const noun = of?.[1];
  if (noun !== undefined) return !MONEY_NOUNS.has(noun.toLowerCase());
  if (!token.scale && /\.\d+$/.test(token.plain)) return true;
  if (WEIGHT_BEFORE.test(text.slice(Math.max(0, token.start - 60), token.start))) return true;
  return METRIC_AFTER.test(text.slice(end, end + 40));
}

/** The currency named by a word or code written at `at` ("dollar", "the euro" without "the", "USD"). */
export function currencyNamedAt(text: string, at: number): CurrencyText | null {
  const after = text.slice(at, at + 48);
  const code = /^([A-Z]{3})(?![\p{L}\p{N}])/u.exec(after)?.[1];
  if (code !== undefined && isCurrencyCode(code))
    return { code, text: code, start: at, end: at + 3, side: 'suffix' };
  if (/^greenback(?!\p{L})/iu.test(after))
    return { code: 'USD', text: after.slice(0, 9), start: at, end: at + 9, side: 'suffix' };
  const word = WORDS.exec(after);
  const found = word ? wordCode(word) : null;
  if (!word || !found) return null;
  const currency = found.crown ? crownCode(text, at, undefined, found.code) : found.code;
  if (currency === '') return null;
  return { code: currency, text: word[0], start: at, end: at + word[0].length, side: 'suffix' };
}

/** The word, code or symbol written right after the number (and its scale) that ends at `at`. */
export function currencyAfter(
  text: string,
  at: number,
  token: NumberToken,
  sentence: Span | undefined,
): CurrencyText | null {
  const rest = text.slice(at, at + 48);
  const attached = token.beforeLetter;
  const separator = attached ? '' : (/^(?:[ \u00a0]+|-)/.exec(rest)?.[0] ?? '');
  const from = at + separator.length;
  const after = rest.slice(separator.length);

  const code = /^([A-Z]{3})(?![\p{L}\p{N}])/u.exec(after)?.[1];
  if (code !== undefined && isCurrencyCode(code))
    return { code, text: code, start: from, end: from + 3, side: 'suffix' };
  if (attached) return null;

  for (const [symbol, symbolCode] of SUFFIX_SYMBOLS) {
    if (after.startsWith(symbol) && !LETTER_OR_DIGIT.test(after.charAt(symbol.length)))
      return { code: symbolCode, text: symbol, start: from, end: from + symbol.length, side: 'suffix' };
  }

  const word = WORDS.exec(after);
  const found = word ? wordCode(word) : null;
  if (!word || !found) return null;
  const end = from + word[0].length;
  // "won", "rand", "pound" also mean other things: money with a scale or a large number, never as
  // a hyphenated measure ("a 1,000-pound bomb").
  if (found.weak && !token.scale && (token.base < 1000 || separator === '-')) return null;
  if (/^pounds?$/i.test(word[0]) && isWeight(text, token, end)) return null;
  const currency = found.crown ? crownCode(text, token.start, sentence, found.code) : found.code;
  if (currency === '') return null; // "crowns" in a text that names no country with a crown
  return { code: currency, text: word[0], start: from, end, side: 'suffix' };
}
