/**
 * The year of an article whose dateline gives none ("KYIV, Sept 30 (Reuters) -"), or that has no
 * dateline at all, inferred from the years its text writes and the tense they are written in.
 *
 * A year the text writes as past or present ("invaded in 2022", "the 2024 budget") is at most the
 * article's year. A year it plans for, in a future-tense clause or with a word that looks ahead ("the
 * draft budget for 2025", "will need $38 billion in 2025", "expects"), is usually the next one: a budget
 * for 2025 is drafted in 2024. A year that ends a period ("until 2027", "through 2027", "2024-2027") is
 * only a limit. So: the year before the earliest planned year, when no past year is as late; else the
 * latest past year; else the year before the earliest limit.
 */
import { sentenceSpans, type Span } from './sentences';
import { tenseAt } from './tense';

export interface InferredYear {
  year: number;
  /** How it was inferred, quoting the words it rests on. */
  why: string;
}

const YEAR = /(?<![\p{N}$€£.,])((?:19|20)\d{2})(?![\p{N}])/gu;
const FORWARD_BEFORE = /(?:\b(?:until|till|through|thru|to|by)\s+|[-–/]\s*)$/i;

/** The words before a year, up to its sentence start, at most about five words: "draft budget for 2025". */
function context(text: string, sentence: Span | undefined, start: number, end: number): string {
  const from = Math.max(sentence?.start ?? 0, start - 40);
  const words = text.slice(from, end).trim().split(/\s+/);
  return words.slice(-5).join(' ');
}

interface Found {
  year: number;
  words: string;
}

export function inferYear(text: string, skip: Span | null): InferredYear | null {
  const sentences = sentenceSpans(text);
  let past: Found | null = null;
  let planned: Found | null = null;
  let limit: Found | null = null;
  for (const match of text.matchAll(YEAR)) {
    if (skip && match.index >= skip.start && match.index < skip.end) continue;
    const year = Number(match[1]);
    const end = match.index + match[0].length;
    const sentence = sentences.find((s) => s.start <= match.index && match.index < s.end);
    const found = { year, words: context(text, sentence, match.index, end) };
    if (FORWARD_BEFORE.test(text.slice(Math.max(0, match.index - 10), match.index))) {
      if (limit === null || year < limit.year) limit = found;
    } else if (tenseAt(text, sentences, match.index, end, true) === 'future') {
      if (planned === null || year < planned.year) planned = found;
    } else if (past === null || year > past.year) past = found;
  }
  const latestPast = past ? `; the latest year it writes as past is ${past.year} ("${past.words}")` : '';
  if (planned && (past === null || past.year < planned.year - 1))
    return {
      year: planned.year - 1,
      why: `inferred: the year before ${planned.year}, which the text looks ahead to ("${planned.words}")${latestPast}`,
    };
  if (past) {
    const agrees =
      planned?.year === past.year + 1 ? `, the year before ${planned.year}, which it looks ahead to` : '';
    return {
      year: past.year,
      why: `inferred: the latest year the text mentions, leaving out the years it looks ahead to ("${past.words}")${agrees}`,
    };
  }
  if (limit)
    return {
      year: limit.year - 1,
      why: `inferred: the year before ${limit.year}, which the text gives as a limit ("${limit.words}")`,
    };
  return null;
}
