/**
 * Date expressions that need a reference to mean anything: weekdays (`Thursday`, `last Monday`),
 * periods (`this week`, `next year`), days (`yesterday`), expressions relative to the day the story
 * is about (`earlier in the day`, `a few days earlier`), and years named with a preposition (`in 2024`).
 */

export type RelativeExpression =
  | { kind: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null }
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
  | { kind: 'year'; year: number };

export interface RelativeCandidate {
  start: number;
  end: number;
  text: string;
  expression: RelativeExpression;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}])(?:([Ll]ast|[Nn]ext|[Tt]his(?:\s+(?:coming|past))?|[Pp]ast|[Cc]oming)\s+)?(${WEEKDAY_NAMES.join('|')})(?![\p{L}])`,
  'gu',
);
// "the past year" is the last twelve months, not a calendar year: it is not read as a date.
const PERIOD =
  /(?<![\p{L}])(?:(?:earlier|later)\s+)?(last|this|next|coming)\s+(week|month|year)(?![\p{L}])/giu;
const DAY = /(?<![\p{L}])(today|tonight|yesterday|tomorrow)(?![\p{L}])/giu;
const STORY_DAY =
  /(?<![\p{L}])(?:(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day|on\s+the\s+same\s+day|the\s+same\s+day)|(?:on\s+)?the\s+same\s+day|that\s+same\s+day)(?![\p{L}])/giu;
const NEIGHBOUR_DAY =
  /(?<![\p{L}])(?:the\s+(previous|next|following)\s+day|a\s+day\s+(earlier|later)|the\s+day\s+(before|after)(?=\s*[,.;:]))(?![\p{L}])/giu;
const SPAN =
  /(?<![\p{L}])(a\s+couple\s+of|a\s+few|several|few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?|years?)\s+(ago|earlier|later|before(?=\s*[,.;:])|after(?=\s*[,.;:]))(?![\p{L}])/giu;
const YEAR =
  /(?<![\p{L}\p{N}])(?:(?:in|since|by|until|till|through|throughout|during|for|from|before|after|of|early|late|mid-?|around)\s+(?:(?:early|late|mid)-?\s*)?|mid-)((?:19|20)\d{2})(?![\p{N}]|[-–/]\d|\s*(?:%|percent\b|per\s*cent\b|billion\b|million\b|trillion\b|bn\b|mn\b))/giu;
// A part of a year ("the first quarter of 2024", "the end of 2025", "Q1 2024", "H2 2023") is dated by
// its year: a quarter or a half has no precision of its own in the dataset.
const PART_OF_YEAR =
  /(?<![\p{L}\p{N}])(?:(?:the\s+)?(?:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|end|beginning|start|middle|turn|rest|remainder|early\s+part|latter\s+part)\s+of\s+|[QH][1-4]\s*)((?:19|20)\d{2})(?![\p{N}]|[-–/]\d)/gu;

const AMOUNTS: Record<string, number> = {
  'a couple of': 2,
  'a few': 3,
  several: 3,
  few: 3,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

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
    const weekday = WEEKDAY_NAMES.indexOf(m[2] ?? '');
    if (weekday >= 0) add(m, { kind: 'weekday', weekday, modifier: weekdayModifier(m[1]) });
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
  for (const m of text.matchAll(YEAR)) add(m, { kind: 'year', year: Number(m[1]) });
  for (const m of text.matchAll(PART_OF_YEAR)) {
    if (/^H[3-4]/.test(m[0])) continue;
    add(m, { kind: 'year', year: Number(m[1]) });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
