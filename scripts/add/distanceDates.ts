/**
 * Events a sentence dates by their distance from what it reports: "declared Thursday, the day before
 * meeting with the defence leaders", "comes only a day before he meets Lloyd Austin", "two weeks after
 * the summit". The other event lies that many days or weeks from the sentence's own date.
 */
import { addDays, isoDay, mondayOf, parseIsoDay } from '../../src/data/extract/calendar';
import { COUNT_WORDS } from '../../src/data/extract/numbers';
import type { Span } from './text';

export interface DistanceDate {
  /** Days from the sentence's date to the other event: +1 for "a day before <it>", -14 for "two weeks after <it>". */
  days: number;
  unit: 'day' | 'week';
  /** The words for the distance, as written ("the day before"). */
  phrase: string;
  /** The words that name the other event, offsets into the sentence ("he meets with ... leaders"). */
  clause: Span;
}

// The counts of COUNT_WORDS, and "the" as in "the day before".
const COUNTS: Readonly<Record<string, number>> = { ...COUNT_WORDS, the: 1 };

const DISTANCE =
  /\b(?:(?:only|just|barely|exactly)\s+)?(a|an|the|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(day|week)s?\s+(before|ahead of|after)\s+/gi;
/** Where the words naming the other event end: a clause break (not the stop of "U.S."). */
const CLAUSE_END = /[,;:!?()—–]|(?<!\b\p{Lu})\.(?=\s|$)|\s(?:that|which|where|while|because|and said)\s/u;
/** "the day before yesterday" is a date of its own, read by the extractor. */
const NOT_AN_EVENT = /^(?:yesterday|today|tomorrow|last|next|this|the (?:end|start|beginning))\b/i;

/** Every distance to another event written in `sentence`, with the words naming that event. */
export function distanceDates(sentence: string): DistanceDate[] {
  const found: DistanceDate[] = [];
  for (const m of sentence.matchAll(DISTANCE)) {
    const count = m[1] ?? '';
    const n = COUNTS[count.toLowerCase()] ?? Number(count);
    const start = m.index + m[0].length;
    const rest = sentence.slice(start);
    if (!Number.isFinite(n) || n <= 0 || NOT_AN_EVENT.test(rest)) continue;
    const stop = rest.search(CLAUSE_END);
    const end = start + (stop < 0 ? rest.length : stop);
    if (!/\p{L}/u.test(sentence.slice(start, end))) continue;
    const unit = (m[2] ?? 'day').toLowerCase() === 'week' ? 'week' : 'day';
    const sign = (m[3] ?? '').toLowerCase() === 'after' ? -1 : 1;
    found.push({
      days: sign * n * (unit === 'week' ? 7 : 1),
      unit,
      phrase: m[0].trim(),
      clause: { start, end },
    });
  }
  return found;
}

/** The day `days` after `date` (YYYY-MM-DD), or its week's Monday for a distance in weeks. */
export function dateAtDistance(date: string, distance: DistanceDate): string | null {
  const day = parseIsoDay(date);
  if (!day) return null;
  const other = addDays(day, distance.days);
  return isoDay(distance.unit === 'week' ? mondayOf(other) : other);
}
