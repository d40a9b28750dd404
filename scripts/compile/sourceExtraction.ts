import { findDateline, scanDates } from '../../src/data/extract/dates';
import { findMoney } from '../../src/data/extract/money';
import type {
  DateMention,
  Dateline,
  MoneyMention,
  UnresolvedDateMention,
} from '../../src/data/extract/types';
import type { ResolvedSource } from './resolveSources';

/** What the extractor finds in one source, with offsets into the source's file. */
export interface SourceExtraction {
  source: ResolvedSource;
  dateline: Dateline | null;
  money: MoneyMention[];
  dates: DateMention[];
  /** Date expressions the extractor found but could not resolve (e.g. a weekday in a month-dated article). */
  unresolved: UnresolvedDateMention[];
}

function shiftMoney(mention: MoneyMention, by: number): MoneyMention {
  return {
    ...mention,
    start: mention.start + by,
    end: mention.end + by,
    carried: mention.carried && {
      ...mention.carried,
      start: mention.carried.start + by,
      end: mention.carried.end + by,
    },
    converted: mention.converted && shiftMoney(mention.converted, by),
  };
}

function shiftDateline(dateline: Dateline | null, by: number): Dateline | null {
  if (!dateline) return null;
  return {
    ...dateline,
    start: dateline.start === null ? null : dateline.start + by,
    end: dateline.end === null ? null : dateline.end + by,
  };
}

/** Runs the extractor on the source's own span (a file may hold several articles). */
export function extractSource(source: ResolvedSource): SourceExtraction {
  const { start, end } = source.span;
  const text = source.text.slice(start, end);
  const published = source.spec.published ?? undefined;
  const dateline = findDateline(text, published);
  const { dates, unresolved } = scanDates(text, dateline);
  const shift = <T extends { start: number; end: number }>(mention: T): T => ({
    ...mention,
    start: mention.start + start,
    end: mention.end + start,
  });
  return {
    source,
    dateline: shiftDateline(dateline, start),
    money: findMoney(text).map((mention) => shiftMoney(mention, start)),
    dates: dates.map(shift),
    unresolved: unresolved.map(shift),
  };
}

/** Whether a range lies in a part of the source that is not news. */
export function isExcluded(source: ResolvedSource, start: number, end: number): boolean {
  return source.excluded.some((span) => start < span.end && span.start < end);
}
