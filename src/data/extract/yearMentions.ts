/**
 * Years named in the text: with a preposition ("in 2024", "since 2022", "by mid-2025"), as part of a
 * year ("the first quarter of 2024", "Q1 2024"), in a list after one of those ("in 2023 and 2024",
 * "in 2022, 2023 or 2024"), and as a modifier of a noun ("the 2025 state budget", "Russia's 2022
 * invasion").
 *
 * A year used as a modifier names what a thing is for or which one it is, not when the sentence's
 * action happened: it is reported, marked `attributive`, so that a reader (or a draft) does not take it
 * for the date of the event. A bare four-digit number with neither a preposition nor a determiner
 * before it is not read as a year: it is as often a count ("2000 troops").
 */

export interface YearMention {
  start: number;
  end: number;
  text: string;
  year: number;
  attributive: boolean;
}

const NOT_AFTER = String.raw`(?![\p{N}]|[-–/]\d|\s*(?:%|percent\b|per\s*cent\b|billion\b|million\b|trillion\b|bn\b|mn\b))`;
const YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:in|since|by|until|till|through|throughout|during|for|from|before|after|of|early|late|mid-?|around)\s+(?:(?:early|late|mid)-?\s*)?|mid-)((?:19|20)\d{2})${NOT_AFTER}`,
  'giu',
);
// A part of a year ("the first quarter of 2024", "the end of 2025", "Q1 2024", "H2 2023") is dated by
// its year: a quarter or a half has no precision of its own in the dataset.
const PART_OF_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:the\s+)?(?:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|end|beginning|start|middle|turn|rest|remainder|early\s+part|latter\s+part)\s+of\s+|[QH][1-4]\s*)((?:19|20)\d{2})(?![\p{N}]|[-–/]\d)`,
  'gu',
);
// "in 2023 and 2024", "in 2022, 2023 or 2024": the years listed after a named one.
const LISTED = new RegExp(
  String.raw`^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)((?:19|20)\d{2})${NOT_AFTER}`,
  'iu',
);
// "the 2025 state budget", "Russia's 2022 invasion" ("its 2024-25 plan", a span of years, is left out).
const ATTRIBUTIVE =
  /(?<=(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ww]hose|[\p{L}.]+['’]s)\s+)((?:19|20)\d{2})(?=\s+(\p{L}[\p{L}-]*))/gu;
/** Nouns that are counted, even without a plural "-s": "the 2000 troops", "the 1990 people". */
const COUNTED = new Set(
  'people men women children personnel staff police crew aircraft infantry cattle sheep fish'.split(' '),
);
// Words after a number that make it something other than a year: units, scales, conjunctions.
const NOT_A_NOUN = new Set(
  (
    'and or to of in on at by for from with than as is are was were will per percent million billion ' +
    'trillion thousand hundred km kg tonnes tons metres meters miles feet hours days minutes'
  ).split(' '),
);

/** Whether a word reads as a plural count noun ("drones", "troops") rather than a singular one. */
function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  return COUNTED.has(w) || (w.endsWith('s') && !/(?:ss|us|is)$/.test(w));
}

export function findYearMentions(text: string): YearMention[] {
  const found: YearMention[] = [];
  const add = (start: number, mentionText: string, year: number, attributive = false) =>
    found.push({ start, end: start + mentionText.length, text: mentionText, year, attributive });
  const named = [...text.matchAll(YEAR), ...text.matchAll(PART_OF_YEAR)];
  for (const m of named) {
    if (/^H[3-4]/.test(m[0])) continue;
    add(m.index, m[0], Number(m[1]));
    // The years listed right after it.
    let at = m.index + m[0].length;
    for (let next = LISTED.exec(text.slice(at)); next?.[1]; next = LISTED.exec(text.slice(at))) {
      add(at + next[0].length - next[1].length, next[1], Number(next[1]));
      at += next[0].length;
    }
  }
  for (const m of text.matchAll(ATTRIBUTIVE)) {
    const noun = m[2] ?? '';
    if (NOT_A_NOUN.has(noun.toLowerCase()) || looksPlural(noun)) continue;
    if (/^[-–/]\d/.test(text.slice(m.index + 4, m.index + 6))) continue;
    add(m.index, m[1] ?? '', Number(m[1]), true);
  }
  return found;
}
