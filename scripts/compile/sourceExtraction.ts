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

interface SpanExtraction {
  dateline: Dateline | null;
  money: MoneyMention[];
  dates: DateMention[];
  unresolved: UnresolvedDateMention[];
}

/**
 * The extractor is a pure function of the text and the published date; the compiler runs it on the
 * same unchanged sources again and again (in the fuzzer, in tests, in add and review), so recent
 * results are kept.
 */
const recent = new Map<string, SpanExtraction>();
const RECENT_LIMIT = 32;

function extractSpan(text: string, published: string | undefined): SpanExtraction {
  const key = `${published ?? ''}\u0000${text}`;
  const cached = recent.get(key);
  if (cached) return cached;
  const dateline = findDateline(text, published);
  const { dates, unresolved } = scanDates(text, dateline);
  const result = { dateline, money: findMoney(text), dates, unresolved };
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value ?? '');
  recent.set(key, result);
  return result;
}

/** Runs the extractor on the source's own span (a file may hold several articles). */
export function extractSource(source: ResolvedSource): SourceExtraction {
  const { start, end } = source.span;
  const { dateline, money, dates, unresolved } = extractSpan(
    source.text.slice(start, end),
    source.spec.published ?? undefined,
  );
  const shift = <T extends { start: number; end: number }>(mention: T): T => ({
    ...mention,
    start: mention.start + start,
    end: mention.end + start,
  });
  return {
    source,
    dateline: shiftDateline(dateline, start),
    money: money.map((mention) => shiftMoney(mention, start)),
    dates: dates.map(shift),
    unresolved: unresolved.map(shift),
  };
}

/** Whether a range lies in a part of the source that is not news. */
export function isExcluded(source: ResolvedSource, start: number, end: number): boolean {
  return source.excluded.some((span) => start < span.end && span.start < end);
}
