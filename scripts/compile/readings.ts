import type { MoneyMention } from '../../src/data/extract/types';
import type { Amount, Citation } from '../../src/data/schema';
import type { PublishedRate } from './rates';

/** One source's reading of a figure: the citation and the money mention inside its quote. */
export interface Reading {
  citation: Citation;
  /** Offsets relative to the citation's quote. */
  mention: MoneyMention;
}

/** A compiled amount with what the flags need: every source's reading and the day's published rate. */
export interface AmountDetail {
  amount: Amount;
  readings: Reading[];
  /** The published rate for the amount's currency and date (null for USD or when none is known). */
  published: PublishedRate | null;
}

/** The passage from the figure to the end of its written conversion, verbatim. */
export function writtenConversion(reading: Reading): string | null {
  const converted = reading.mention.converted;
  if (!converted) return null;
  const { quote } = reading.citation;
  // Keep a closing bracket so `2.4 billion euros (USD 2.53 billion)` reads as written.
  const end =
    quote.charAt(converted.end) === ')' && quote.lastIndexOf('(', converted.start) >= reading.mention.end
      ? converted.end + 1
      : converted.end;
  return quote.slice(reading.mention.start, end);
}
