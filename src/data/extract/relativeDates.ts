/**
 * Date expressions that need a reference to mean anything: weekdays (`Thursday`, `on monday`, `last
 * Monday`, `Friday next week`), periods (`this week`, `next year`), days (`yesterday`, `this
 * afternoon`, `the day before yesterday`), expressions relative to the day the story is about
 * (`earlier in the day`, `a few days earlier`), and the years the text names (yearMentions.ts).
 * Durations ("for 12 days", "the last 3 months") and times of day ("30 minutes later", "at 10am")
 * are not dates and are not read.
 */
import { findYearMentions } from './yearMentions';
import { WEEKDAYS } from './calendar';
import { COUNT_WORDS } from './numbers';

export type RelativeExpression =
  | { kind: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null }
  /** A weekday in a named week: "Friday next week", "next week on Friday", "Monday of last week". */
  | { kind: 'weekdayOfWeek'; weekday: number; week: -1 | 0 | 1 }
  | { kind: 'period'; unit: 'week' | 'month' | 'year'; offset: -1 | 0 | 1 }
  | { kind: 'day'; offset: number }
  /** Counted from the day the story is about (the last day mentioned before), or the dateline. */
  | { kind: 'storyDay'; offset: number }
  | {
      kind: 'span';
      unit: 'day' | 'week' | 'month' | 'year';
      amount: number;
      /** "a few days": an amount the text does not give exactly. */
      vague: boolean;
      sign: -1 | 1;
      from: 'dateline' | 'story';
    }
  /** A year as written; `attributive` when it modifies a noun ("the 2025 state budget"). */
  | { kind: 'year'; year: number; attributive: boolean };

export interface RelativeCandidate {
  start: number;
  end: number;
  text: string;
  expression: RelativeExpression;
}

const NAMES = WEEKDAYS.join('|');
// Weekday names are read in any case ("on monday"): none of them is another English word.
const WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}])(?:(last|next|this(?:\s+(?:coming|past))?|past|coming)\s+)?(${NAMES})(?![\p{L}])`,
  'giu',
);
const WEEK_WORD = String.raw`(last|next|this|the\s+coming|the\s+following|the\s+previous)\s+week`;
const WEEKDAY_OF_WEEK = new RegExp(
  String.raw`(?<![\p{L}])(?:(${NAMES})(?:\s*,)?\s+(?:of\s+)?${WEEK_WORD}|${WEEK_WORD}(?:\s*,)?\s+(?:on\s+)?(${NAMES}))(?![\p{L}])`,
  'giu',
);
// "the past year" is the last twelve months, not a calendar year: it is not read as a date.
const PERIOD =
  /(?<![\p{L}])(?:(?:earlier|later)\s+)?(last|this|next|coming)\s+(week|month|year)(?![\p{L}])/giu;
const DAY =
  /(?<![\p{L}])(?:(today|tonight|yesterday|tomorrow)|this\s+(morning|afternoon|evening))(?![\p{L}])/giu;
const DAY_BEYOND = /(?<![\p{L}])the\s+day\s+(before\s+yesterday|after\s+tomorrow)(?![\p{L}])/giu;
const STORY_DAY =
  /(?<![\p{L}])(?:(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day|on\s+the\s+same\s+day|the\s+same\s+day)|(?:on\s+)?the\s+same\s+day|that\s+same\s+day)(?![\p{L}])/giu;
const NEIGHBOUR_DAY =
  /(?<![\p{L}])(?:the\s+(previous|next|following)\s+day|a\s+day\s+(earlier|later)|the\s+day\s+(before|after)(?=\s*[,.;:]))(?![\p{L}])/giu;
const SPAN =
  /(?<![\p{L}])(a\s+couple\s+of|a\s+few|several|few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?|years?)\s+(ago|earlier|later|before(?=\s*[,.;:])|after(?=\s*[,.;:]))(?![\p{L}])/giu;

const AMOUNTS: Record<string, number> = {
  'a couple of': 2,
  'a few': 3,
  several: 3,
  few: 3,
  ...COUNT_WORDS,
};

function weekOffset(word: string): -1 | 0 | 1 {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'the previous') return -1;
  if (w === 'this') return 0;
  return 1;
}

const weekdayIndex = (name: string | undefined) =>
  WEEKDAYS.findIndex((n) => n.toLowerCase() === (name ?? '').toLowerCase());

function weekdayModifier(word: string | undefined): 'last' | 'next' | 'this' | null {
  if (word === undefined) return null;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'this past') return 'last';
  if (w === 'next' || w === 'coming' || w === 'this coming') return 'next';
  return 'this';
}

function periodOffset(word: string): -1 | 0 | 1 {
  const w = word.toLowerCase();
  if (w === 'last') return -1;
  if (w === 'next' || w === 'coming') return 1;
  return 0;
}

export function findRelativeDates(text: string): RelativeCandidate[] {
  const found: RelativeCandidate[] = [];
  const add = (match: RegExpMatchArray, expression: RelativeExpression) => {
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, text: match[0], expression });
  };
  for (const m of text.matchAll(WEEKDAY)) {
    const weekday = weekdayIndex(m[2]);
    if (weekday >= 0) add(m, { kind: 'weekday', weekday, modifier: weekdayModifier(m[1]) });
  }
  for (const m of text.matchAll(WEEKDAY_OF_WEEK)) {
    const weekday = weekdayIndex(m[1] ?? m[4]);
    const week = m[2] ?? m[3];
    if (weekday >= 0 && week !== undefined)
      add(m, { kind: 'weekdayOfWeek', weekday, week: weekOffset(week) });
  }
  for (const m of text.matchAll(PERIOD)) {
    // "over the next year", "in the last week of March": a span of time, not a calendar period.
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const unit = (m[2] ?? '').toLowerCase() as 'week' | 'month' | 'year';
    add(m, { kind: 'period', unit, offset: periodOffset(m[1] ?? '') });
  }
  for (const m of text.matchAll(DAY)) {
    const word = (m[1] ?? '').toLowerCase();
    add(m, { kind: 'day', offset: word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0 });
  }
  for (const m of text.matchAll(DAY_BEYOND))
    add(m, { kind: 'day', offset: /^before/i.test(m[1] ?? '') ? -2 : 2 });
  for (const m of text.matchAll(STORY_DAY)) add(m, { kind: 'storyDay', offset: 0 });
  for (const m of text.matchAll(NEIGHBOUR_DAY)) {
    const later = ['next', 'following', 'later', 'after'].includes(
      (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase(),
    );
    add(m, { kind: 'storyDay', offset: later ? 1 : -1 });
  }
  for (const m of text.matchAll(SPAN)) {
    const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const amount = /^\d+$/.test(word) ? Number(word) : (AMOUNTS[word] ?? 1);
    const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
    const direction = (m[3] ?? '').toLowerCase();
    add(m, {
      kind: 'span',
      unit,
      amount,
      vague: ['a couple of', 'a few', 'several', 'few'].includes(word),
      sign: direction === 'later' || direction === 'after' ? 1 : -1,
      from: direction === 'ago' ? 'dateline' : 'story',
    });
  }
  for (const y of findYearMentions(text))
    found.push({
      start: y.start,
      end: y.end,
      text: y.text,
      expression: { kind: 'year', year: y.year, attributive: y.attributive },
    });
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
