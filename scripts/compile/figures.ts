import { findMoney } from '../../src/data/extract/money';
import type { MoneyMention } from '../../src/data/extract/types';
import { normalizeQuote } from './textSearch';

/** Money mentions of a text, without the ones that are only a conversion written beside another. */
export function figureMentions(text: string): MoneyMention[] {
  const mentions = findMoney(text);
  const conversions = mentions.flatMap((m) => (m.converted ? [m.converted] : []));
  return mentions.filter((m) => !conversions.some((c) => m.start >= c.start && m.end <= c.end));
}

function describe(mentions: readonly MoneyMention[]): string {
  return mentions.map((m) => `"${m.text}"`).join(', ');
}

export type FigureChoice = { ok: true; mention: MoneyMention } | { ok: false; message: string };

/**
 * The money mention a citation is about: the only one in the quote, or the one named by `figure`
 * (matched on the mention's text, exactly first, then as a part of it).
 */
export function chooseFigure(quote: string, figure: string | undefined): FigureChoice {
  const mentions = figureMentions(quote);
  if (mentions.length === 0)
    return { ok: false, message: 'the extractor finds no money figure in this quote' };
  if (figure === undefined) {
    const only = mentions[0];
    if (mentions.length === 1 && only) return { ok: true, mention: only };
    return {
      ok: false,
      message: `the quote holds ${mentions.length} money figures (${describe(mentions)}); name one with figure:`,
    };
  }
  const wanted = normalizeQuote(figure).toLowerCase();
  const text = (m: MoneyMention) => normalizeQuote(m.text).toLowerCase();
  const exact = mentions.filter((m) => text(m) === wanted);
  const partial = exact.length > 0 ? exact : mentions.filter((m) => text(m).includes(wanted));
  const chosen = partial[0];
  if (partial.length === 1 && chosen) return { ok: true, mention: chosen };
  if (partial.length === 0)
    return {
      ok: false,
      message: `figure "${figure}" is not a money figure of the quote; the extractor found ${describe(mentions)}`,
    };
  return {
    ok: false,
    message: `figure "${figure}" matches ${partial.length} figures (${describe(partial)}); write more of it`,
  };
}
