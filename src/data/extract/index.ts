/** The extractor: money, dates and actors in a news article, with offsets into its text. */
import { findActors } from './actors';
import { findDateline, scanDates } from './dates';
import { DEFAULT_ACTORS } from './defaultActors';
import { findMoney } from './money';
import type { Extraction, KnownActor } from './types';

export { findActors } from './actors';
export { findDateline, findDates, scanDates } from './dates';
export { DEFAULT_ACTORS } from './defaultActors';
export { findMoney } from './money';
export type * from './types';

export interface ExtractOptions {
  /** The actors to recognize; the built-in list when absent. */
  actors?: readonly KnownActor[];
  /** The article's date from its metadata (YYYY-MM-DD, or YYYY-MM / YYYY); wins over a dateline in the text. */
  dateline?: string | null;
}

export function extract(file: string, text: string, opts: ExtractOptions = {}): Extraction {
  const dateline = findDateline(text, opts.dateline ?? null);
  const { dates, unresolved } = scanDates(text, dateline);
  return {
    file,
    dateline,
    money: findMoney(text),
    dates,
    actors: findActors(text, opts.actors ?? DEFAULT_ACTORS, dateline?.date ?? null),
    unresolvedDates: unresolved,
  };
}
