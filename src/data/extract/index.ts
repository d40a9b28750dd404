/** The extractor: money, dates and actors in a news article, with offsets into its text. */
import { findActors } from './actors';
import { checkConversions, type RateLookup } from './conversionChecks';
import { findDateline, inferDateline, scanDates } from './dates';
import { DEFAULT_ACTORS } from './defaultActors';
import { readMoney } from './money';
import type { Extraction, KnownActor } from './types';

export { findActors } from './actors';
export { checkConversions, NO_CURRENCY, PLAUSIBLE_FACTOR, type RateLookup } from './conversionChecks';
export { findDatelineHeader, type DatelineHeader } from './dateline';
export { findDateline, findDates, inferDateline, scanDates } from './dates';
export { DEFAULT_ACTORS } from './defaultActors';
export { findMoney, readMoney } from './money';
export type * from './types';

export interface ExtractOptions {
  /** The actors to recognize; the built-in list when absent. */
  actors?: readonly KnownActor[];
  /** The article's date from its metadata (YYYY-MM-DD, or YYYY-MM / YYYY); wins over a dateline in the text. */
  dateline?: string | null;
  /**
   * Published exchange rates (USD per unit on a date), to check written conversions against the
   * dateline's rate. Without it, only the rates the article writes itself (rate notes) are used.
   */
  rates?: RateLookup;
}

export function extract(file: string, text: string, opts: ExtractOptions = {}): Extraction {
  const dateline = findDateline(text, opts.dateline ?? null) ?? inferDateline(text);
  const { dates, unresolved } = scanDates(text, dateline);
  const { money, rateNotes } = readMoney(text);
  return {
    file,
    dateline,
    money: checkConversions(money, {
      ...(opts.rates && { rates: opts.rates }),
      date: dateline?.date ?? null,
      notes: rateNotes,
    }),
    dates,
    actors: findActors(text, opts.actors ?? DEFAULT_ACTORS, dateline?.date ?? null),
    unresolvedDates: unresolved,
    rateNotes,
  };
}
