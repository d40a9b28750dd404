/**
 * The first step of reading money: each number with the currency written right around it, if any,
 * and without the numbers that cannot be amounts whatever surrounds them (`13th`, `F16`, a price
 * base year "in 2023 dollars").
 */
import { currencyAfter, currencyBefore, type CurrencyText } from './currencyAround';
import { findNumbers, scaleAt, scaleValue, type NumberToken, type Scale } from './numbers';
import { sentenceAt, type Span } from './sentences';

/** A number with the currency written around it, if any. */
export interface Reading {
  token: NumberToken;
  prefix: CurrencyText | null;
  suffix: CurrencyText | null;
  /** A scale written after a currency code: `75 USD million`. */
  lateScale: Scale | null;
  /** The value with any scale applied. */
  value: number;
}

export const startOf = (r: Reading): number => r.prefix?.start ?? r.token.start;
export const endOf = (r: Reading): number => r.lateScale?.end ?? r.suffix?.end ?? r.token.end;
export const currencyOf = (r: Reading): CurrencyText | null => r.prefix ?? r.suffix;
/** Whether a scale is written: `5 billion`, `5bn`, `75 USD million`. */
export const isScaled = (r: Reading): boolean => r.token.scale !== null || r.lateScale !== null;

/** "in 2023 dollars", "at constant 2015 prices": a price base year, not an amount. */
function isPriceYear(text: string, token: NumberToken): boolean {
  return (
    !token.scale &&
    /^(?:19|20)\d{2}$/.test(token.numeral) &&
    /\b(?:in|constant|real)[ \u00a0]+$/i.test(text.slice(Math.max(0, token.start - 12), token.start))
  );
}

/** A scale word written after a currency code that follows an unscaled number: `75 USD million`. */
function lateScaleOf(text: string, token: NumberToken, suffix: CurrencyText | null): Scale | null {
  if (token.scale || !suffix || !/^[A-Z]{3}$/.test(suffix.text)) return null;
  const scale = scaleAt(text, suffix.end);
  return scale && scale.kind !== 'letter' && scale.start > suffix.end ? scale : null;
}

function read(text: string, sentences: readonly Span[], token: NumberToken): Reading | null {
  const prefix = token.spelled ? null : currencyBefore(text, token.start);
  const suffix = prefix ? null : currencyAfter(text, token.end, token, sentenceAt(sentences, token.start));
  if (token.beforeLetter && !suffix) return null; // 13th, 155mm, 3D
  if (token.afterLetter && !prefix) return null; // F16, A10
  if (token.decimalComma && !token.scale && !prefix && !suffix) return null;
  if (token.spelled && !suffix) return null;
  if (suffix && isPriceYear(text, token)) return null;
  const lateScale = lateScaleOf(text, token, suffix);
  const value = lateScale ? scaleValue(token.plain, lateScale.exponent) : token.value;
  if (!Number.isFinite(value)) return null;
  return { token, prefix, suffix, lateScale, value };
}

export function readingsOf(text: string, sentences: readonly Span[]): Reading[] {
  return findNumbers(text)
    .map((token) => read(text, sentences, token))
    .filter((r): r is Reading => r !== null);
}
