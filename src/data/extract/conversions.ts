/**
 * Written conversions: a figure in another currency written right after a figure, in brackets
 * ("2.4 billion euros (USD 2.53 billion)", "2.63 trillion ($62 billion)") or after ", or about"
 * ("10 billion kronor, or about $950 million,"). A conversion belongs to the figure before it; it never
 * lends its currency to that figure or to any other.
 */
import type { Figure } from './figures';

const CONVERSION_OPEN =
  /^[ \u00a0]*\([ \u00a0]*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|almost|circa|~|or|equivalent[ \u00a0]+to|equal[ \u00a0]+to|the[ \u00a0]+equivalent[ \u00a0]+of|worth|близько|приблизно|майже|около|примерно|почти|що[ \u00a0]+становить|что[ \u00a0]+составляет|це|это)[ \u00a0]*)*/i;
const CONVERSION_OR =
  /^(?:,?[ \u00a0]+or[ \u00a0]+(?:(?:about|around|roughly|approximately|some|nearly|almost)[ \u00a0]+)?|,[ \u00a0]+(?:about|around|roughly|approximately|some|nearly|almost)[ \u00a0]+)/i;

/** A bracket opened with at most one other word ("(abouts", "(c."): a conversion if it holds only the figure. */
const LONE_WORD_OPEN = /^[ \u00a0]*\([ \u00a0]*(?:\p{Ll}[\p{Ll}.]{0,11}[ \u00a0]+)?$/u;
/** Words that make a bracketed figure a part or an addition, not a conversion. */
const NOT_CONVERSION =
  /\b(?:including|includes|incl\.|plus|excluding|except|of|with|without|and|from|for|to|by|in|on|at|per)\b/;

export type ConversionForm = 'bracket' | 'or';

/**
 * How `c`, written right after `m`, is written as a conversion of it, or null. In brackets, `m` may
 * have no currency of its own if it has a scale ("2.63 trillion ($62 billion)"); one written with the
 * same currency as `c` is not converted by it ("$5 billion ($3 billion of it in loans)").
 */
export function conversionForm(text: string, m: Figure, c: Figure): ConversionForm | null {
  if (!c.currency || m.currency?.code === c.currency.code) return null;
  if (!m.currency && !m.scaled) return null;
  const between = text.slice(m.end, c.start);
  const open = CONVERSION_OPEN.exec(between);
  if (open?.[0].length === between.length && between.includes('('))
    return /^[^()\d]{0,60}\)/.test(text.slice(c.end, c.end + 62)) ? 'bracket' : null;
  // "(abouts US$4.8 billion)": one unknown word, then the figure alone, closing the bracket.
  if (
    LONE_WORD_OPEN.test(between) &&
    !NOT_CONVERSION.test(between) &&
    /^[ \u00a0]*\)/.test(text.slice(c.end, c.end + 3))
  )
    return 'bracket';
  if (!m.currency) return null;
  const or = CONVERSION_OR.exec(between);
  const closes = /^[ \u00a0]*(?:[,.;:)]|$)/.test(text.slice(c.end, c.end + 4));
  return or !== null && or[0].length === between.length && closes ? 'or' : null;
}
