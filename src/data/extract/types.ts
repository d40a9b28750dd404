/**
 * What the extractor finds in an article. Offsets are UTF-16 code-unit offsets into the input text,
 * so `text.slice(start, end)` gives back the mention.
 */
export type MoneyBound = 'exact' | 'approximate' | 'lower' | 'upper';

export interface MoneyMention {
  /** The mention as written, e.g. `2.4 billion euros`. */
  text: string;
  start: number;
  end: number;
  /** The amount in units of the currency: `€2.4B` is 2400000000. For a range, the lower end. */
  value: number;
  /** For a range such as `$1-2 billion`, the upper end; otherwise null. */
  valueHigh: number | null;
  /**
   * ISO 4217 code. `XXX` (ISO 4217's code for "no currency") when the text writes none and none can be
   * carried from its sentence or paragraph: a bare figure known to be money only because a conversion
   * is written beside it ("a deficit of 1.6 billion ($2.54 billion)").
   */
  currency: string;
  bound: MoneyBound;
  /** The bound word as written (`more than`, `almost`), or null. */
  boundText: string | null;
  /** Where the currency was written elsewhere in the sentence and carried to this number. */
  carried: { text: string; start: number; end: number } | null;
  /** A conversion written beside it, e.g. `(USD 2.53 billion)`, or null. */
  converted: MoneyMention | null;
  /**
   * How the written conversion compares with a published exchange rate, when one was given to the
   * extractor (`ExtractOptions.rates`) or the article states the rate itself (a rate note).
   */
  rateCheck?: RateCheck;
}

/** A written conversion's implied rate against a reference rate for the same pair of currencies. */
export interface RateCheck {
  /** Units of the conversion's currency per unit of the figure's, as the text implies. */
  implied: number;
  /** The same from the reference. */
  reference: number;
  /** Where the reference rate comes from, e.g. `published rate for 2024-11-02` or `the article's rate note`. */
  source: string;
  /** implied / reference. */
  ratio: number;
  /** False when the ratio is beyond the tolerated factor: a misread currency or a wrong figure. */
  plausible: boolean;
}

/**
 * An exchange rate written in the text ("($1 = 10.3724 Swedish crowns)", "38 hryvnias to the
 * dollar"): the price of one currency in another, not an amount, so it is never a money figure.
 */
export interface RateNote {
  text: string;
  start: number;
  end: number;
  /** ISO code of the currency priced: one `base` costs `rate` units of `quote`. */
  base: string;
  quote: string;
  rate: number;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** ISO date at the given precision: YYYY-MM-DD (day, week), YYYY-MM (month) or YYYY (year). */
  date: string;
  precision: DatePrecision;
  basis: 'stated' | 'inferred';
  /** How the date was resolved, e.g. `'Thursday' before the dateline 2023-09-29`. */
  note: string;
  /**
   * A year used as a modifier ("the 2025 state budget", "Russia's 2022 invasion"): it says what a thing
   * is for or which one it is, not when the sentence's action happened, so it is no event's date.
   */
  attributive?: true;
}

export interface Dateline {
  /** ISO date: YYYY-MM-DD, or YYYY-MM / YYYY when metadata only gives a month or a year. */
  date: string;
  /**
   * Where the dateline came from: the text (with its offsets), metadata passed in, or (for an article
   * with neither) inferred from the years its text writes.
   */
  source: 'text' | 'metadata' | 'inferred';
  text: string | null;
  start: number | null;
  end: number | null;
  /** Precision of `date`; absent means day. */
  precision?: 'day' | 'month' | 'year';
  /** How the dateline was read, when that is not obvious (a year taken from elsewhere in the text). */
  note?: string;
  /** The year is not written in the dateline or given by metadata: it is inferred, as `note` says. */
  inferred?: true;
}

/** A title that names a person in text ("the NATO chief"), held over a period. */
export interface ActorTitle {
  title: string;
  /** First and last day the title was held (ISO dates); open-ended when absent. */
  from?: string;
  to?: string;
  /**
   * An actor id that must be mentioned earlier in the text for the title to count: a bare
   * "the secretary general" is NATO's only in an article that has named NATO.
   */
  context?: string;
}

export interface KnownActor {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'country';
  aliases: string[];
  role?: string | null;
  /** Titles that name the actor; a plain string is a title held at any date. Matched case-insensitively. */
  titles?: (string | ActorTitle)[];
  /** Adjectives for a country or its people ("Ukrainian"), matched before a word such as "forces". */
  demonyms?: string[];
  /** Places or buildings that stand for the actor ("Kremlin", "Pentagon", "Moscow"). */
  metonyms?: string[];
}

export interface ActorMention {
  actorId: string;
  text: string;
  start: number;
  end: number;
  /**
   * How it was matched: the name, an alias, a demonym ("Ukrainian forces") or a metonym ("the Kremlin";
   * a title such as "the NATO chief" is a metonym for the person who held it on the article's date).
   */
  via: 'name' | 'alias' | 'demonym' | 'metonym';
  /** How a title was resolved, e.g. `"NATO chief" held by this actor on 2023-09-29`. */
  note?: string;
}

/** A date expression that needs a dateline the article does not have ("on Thursday"). */
export interface UnresolvedDateMention {
  text: string;
  start: number;
  end: number;
  reason: string;
}

export interface Extraction {
  file: string;
  dateline: Dateline | null;
  money: MoneyMention[];
  dates: DateMention[];
  actors: ActorMention[];
  /** Date expressions that could not be resolved, with the reason (usually: no dateline). */
  unresolvedDates?: UnresolvedDateMention[];
  /** Exchange rates written in the text; none of them is a money figure. */
  rateNotes?: RateNote[];
}
