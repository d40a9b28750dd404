/**
 * Exchange rates written in the text: a footnote such as "($1 = 10.3724 Swedish crowns)" or
 * "1 USD = 41.2 UAH", and a rate in a sentence such as "38 hryvnias to the dollar", "¥150 per
 * dollar" or "96,5 рубля за доллар". They state a price of one currency in another, not an amount of money, so they are
 * reported as rate notes and never as figures.
 */
import { currencyNamedAt } from './currencyAround';
import { currencyOf, endOf, startOf, type Reading } from './moneyReadings';
import type { RateNote } from './types';

// "$1 = 10.37 crowns", "1 USD equals 41.2 UAH".
const EQUALS = /^[ \u00a0]*(?:=|equals|is[ \u00a0]+equal[ \u00a0]+to|is[ \u00a0]+worth)[ \u00a0]*$/i;
// "38 hryvnias to the dollar", "¥150 per dollar", "90 roubles against the US dollar".
// In Ukrainian and Russian: "96,5 рубля за доллар", "41 гривня за долар".
const PER =
  /^[ \u00a0]+(?:per|to[ \u00a0]+(?:the|one|a)|against[ \u00a0]+the|a|за(?:[ \u00a0]+(?:один|одн[аи]))?)[ \u00a0]+(?:(?:US|U\.S\.|American|single)[ \u00a0]+)?/iu;

/** Whether a value is one unit of a currency, or a round number of them ("100 yen = $0.67"). */
const isUnitAmount = (value: number) => [1, 10, 100, 1000].includes(value);

export interface RateNotes {
  notes: RateNote[];
  /** The readings that are part of a rate note: they are not figures. */
  used: Set<Reading>;
}

export function rateNotesOf(text: string, readings: readonly Reading[]): RateNotes {
  const notes: RateNote[] = [];
  const used = new Set<Reading>();
  readings.forEach((a, i) => {
    if (used.has(a)) return;
    const aCurrency = currencyOf(a);
    if (!aCurrency) return;
    const b = readings[i + 1];
    const bCurrency = b ? currencyOf(b) : null;
    if (
      b &&
      bCurrency &&
      bCurrency.code !== aCurrency.code &&
      isUnitAmount(a.value) &&
      EQUALS.test(text.slice(endOf(a), startOf(b)))
    ) {
      used.add(a).add(b);
      if (!(b.value > 0)) return; // "$1 = 0 crowns" prices nothing
      const start = startOf(a);
      const end = endOf(b);
      notes.push({
        text: text.slice(start, end),
        start,
        end,
        base: aCurrency.code,
        quote: bCurrency.code,
        rate: b.value / a.value,
      });
      return;
    }
    const per = PER.exec(text.slice(endOf(a), endOf(a) + 40));
    if (!per) return;
    const base = currencyNamedAt(text, endOf(a) + per[0].length);
    if (!base) return;
    used.add(a);
    if (base.code === aCurrency.code || !(a.value > 0)) return;
    const start = startOf(a);
    notes.push({
      text: text.slice(start, base.end),
      start,
      end: base.end,
      base: base.code,
      quote: aCurrency.code,
      rate: a.value,
    });
  });
  return { notes, used };
}
