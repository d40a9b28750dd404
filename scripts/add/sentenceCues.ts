/**
 * What a sentence's structure says about its dates and its subject: a date that bounds a period, one
 * in a relative clause, one still ahead; a subject that goes on with the sentence before.
 */
import type { DateMention } from '../../src/data/extract/index';
import type { When } from '../compile/annotationSchema';
import { withoutDate, type Sentence } from './text';

/** A period (since / until ... ) or an anchor of a span, not the date of what the sentence reports. */
const PERIOD =
  /\b(?:since|until|till|through|throughout|from|by|for|before|after|between|(?:beginning|starting)(?:\s+(?:in|on|from))?)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|first|last) of\s+)?$/i;
export const RELATIVE = /\b(?:which|that|who|whose|where)\b/i;
const CONTINUES =
  /^(?:He|She|They|It|This|These|The (?:minister|senator|president|spokes\w+|chief|official|document|report|ministry|two|leaders?))\b/;
/** A quotation that opens a sentence: `"Every radar counts," she said` is said by "she". */
const OPENING_QUOTE = /^[“"«][^”"»]*[”"»],?\s+/;

/** Whether the sentence's subject is a pronoun or a word for someone named before: it goes on with the previous event. */
export function continuesPrevious(sentence: string): boolean {
  const subject = sentence.replace(OPENING_QUOTE, '');
  return CONTINUES.test(subject.charAt(0).toUpperCase() + subject.slice(1));
}

export type DateRole = 'main' | 'sub' | 'period' | 'ahead';

/** The text without the mention that dates its event: a title or label is drawn at that date. */
export function datedBy(when: When, text: string): string {
  return when.mention === undefined ? text : withoutDate(text, when.mention);
}

function startOfPeriod(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export function roleOf(
  text: string,
  sentence: Sentence,
  mention: DateMention,
  dateline: string | null,
): DateRole {
  const before = text.slice(sentence.start, mention.start);
  if (PERIOD.test(before) || PERIOD.test(`${mention.text.split(/\s+/)[0] ?? ''} `)) return 'period';
  // "this year's spending", "the 2025 budget": the date names what is spent, not when anything happened.
  if (mention.attributive === true || /^['’]s\b/.test(text.slice(mention.end, mention.end + 3)))
    return 'period';
  if (dateline !== null && startOfPeriod(mention.date) > startOfPeriod(dateline)) return 'ahead';
  const clauseStart = Math.max(...[',', ';', '(', '—', '–'].map((c) => before.lastIndexOf(c)));
  return RELATIVE.test(before.slice(clauseStart + 1)) ? 'sub' : 'main';
}
