/**
 * Figures: readings joined into ranges where the text writes one. `$1-2 billion`, `1–2 billion euros`,
 * `$1 to 2 billion`, `between $1bn and $2bn`, `between 10 dollars and 20 dollars` and `EUR 300
 * million to EUR 700 million` are each one figure with two ends; so is "ranged from X to Y". "by X to
 * Y" and "rose from X to Y" are a change and its result, so they stay two figures.
 */
import type { CurrencyText } from './currencyAround';
import { currencyOf, endOf, isScaled, startOf, type Reading } from './moneyReadings';
import { scaleValue } from './numbers';

/** One figure: a number or a range, with its currency if written. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  valueHigh: number | null;
  currency: CurrencyText | null;
  /** A bare number may only take a currency from its sentence when it has a scale word or abbreviation. */
  mayCarry: boolean;
  /** A scale of any kind is written (`5bn`, `5B`, `5 billion`). */
  scaled: boolean;
}

const BETWEEN = /\bbetween[ \u00a0]+$/i;
// "fell by $1bn to $2bn": a change and its result. "rose from $1bn to $2bn" too, when a verb of change
// comes before "from" in the clause; "ranged from $1bn to $2bn" and "loans from $1bn to $2bn" are ranges.
const BY_BEFORE =
  /\bby[ \u00a0]+(?:(?:another|a[ \u00a0]+further|an[ \u00a0]+additional|some|about|around|nearly|almost)[ \u00a0]+)?$/i;
const CHANGE_VERB =
  /\b(?:r[io]se|risen|rising|fell|fallen|falling|gr[eo]w|grown|growing|increas\w*|decreas\w*|rais\w*|cut(?:s|ting)?|reduc\w*|lower\w*|dropp?\w*|climb\w*|jump\w*|soar\w*|slump\w*|shr[iau]nk\w*|doubl\w*|tripl\w*|halv\w*|boost\w*|lift\w*|expand\w*|went|go(?:es|ing)?|mov\w*|chang\w*|swell\w*|swollen|widen\w*|narrow\w*)\b[^,;:()]*\bfrom\b[^,;:()]*$/i;

function isChange(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 100), at);
  return BY_BEFORE.test(before) || CHANGE_VERB.test(before);
}

function joinRange(text: string, a: Reading, b: Reading): Figure | null {
  if (a.token.spelled || b.token.spelled) return null;
  const aCurrency = currencyOf(a);
  const bCurrency = currencyOf(b);
  // A currency written after the first end belongs to it alone unless the second repeats it.
  if (a.suffix && bCurrency?.code !== a.suffix.code) return null;
  if (aCurrency && bCurrency && aCurrency.code !== bCurrency.code) return null;
  const repeated = aCurrency !== null && bCurrency !== null;
  const gap = text.slice(endOf(a), startOf(b));
  const before = text.slice(Math.max(0, startOf(a) - 12), startOf(a));
  // "$1 to 2 billion": the first end shares the scale of the second.
  const shared = !isScaled(a) && !a.suffix;
  const between = BETWEEN.test(before) && /^[ \u00a0]+and[ \u00a0]+$/i.test(gap);
  const dash = /^[-–—]$/.test(gap) || ((shared || repeated) && /^[ \u00a0]*[-–][ \u00a0]*$/.test(gap));
  // "EUR 300 million to EUR 700 million": both ends written in full, at the same scale.
  const sameScale = (a.lateScale ?? a.token.scale)?.exponent === (b.lateScale ?? b.token.scale)?.exponent;
  const to =
    (shared || (repeated && sameScale)) &&
    !isChange(text, startOf(a)) &&
    /^[ \u00a0]+to[ \u00a0]+$/i.test(gap);
  if (!between && !dash && !to) return null;
  const currency = aCurrency ?? bCurrency;
  if (!currency && !b.token.scale) return null;
  const low = shared && b.token.scale ? scaleValue(a.token.plain, b.token.scale.exponent) : a.value;
  const high = b.value;
  if (!(low < high)) return null;
  const scaleKind = (b.lateScale ?? b.token.scale)?.kind;
  return {
    start: startOf(a),
    end: endOf(b),
    value: low,
    valueHigh: high,
    currency,
    mayCarry: scaleKind === 'word' || scaleKind === 'abbreviation',
    scaled: isScaled(b),
  };
}

function single(r: Reading): Figure {
  const kind = (r.lateScale ?? r.token.scale)?.kind;
  return {
    start: startOf(r),
    end: endOf(r),
    value: r.value,
    valueHigh: null,
    currency: currencyOf(r),
    mayCarry: !r.token.spelled && (kind === 'word' || kind === 'abbreviation'),
    scaled: isScaled(r),
  };
}

export function figuresOf(text: string, readings: readonly Reading[]): Figure[] {
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
