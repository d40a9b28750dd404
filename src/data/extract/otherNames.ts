/**
 * A one-word alias or place names an actor only when it is not part of another proper name: "Austin"
 * is not Lloyd Austin in "Austin, Texas", "Jane Austin" or "Austin Powers", and "Paris" is not France
 * in "Paris Hilton". Headlines, where every word is capitalized, are read without this test.
 */

const WEEKDAYS_AND_MONTHS =
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
  'August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec';

/** Capitalized words that may follow a name and still leave it the actor ("Kremlin Spokesman Peskov"). */
const MAY_FOLLOW = new Set(
  `${WEEKDAYS_AND_MONTHS} Spokesman Spokeswoman Spokesperson Press Chief Official Officials Administration Government Leadership Source Sources Cabinet`.split(
    ' ',
  ),
);

/** Titles and forms of address that may stand before a surname ("Defense Secretary Austin"). */
const MAY_PRECEDE = new Set(
  (
    'President Presidents Secretary Minister Ministers Chancellor Premier Prime General Gen Mr Mrs Ms Dr ' +
    'Sen Senator Rep Representative Speaker Chief Governor Gov Mayor Ambassador Admiral Adm Colonel Col Lt ' +
    'Commissioner Chairman Chairwoman Chair Director Envoy King Queen Prince Leader Spokesman Spokeswoman ' +
    'Spokesperson Commander Marshal Pope Lord Sir Dame Professor Prof Judge Justice Deputy Vice Counterpart ' +
    `Comrade Madame Monsieur Sgt Captain Capt Major Maj ${WEEKDAYS_AND_MONTHS}`
  ).split(' '),
);

/** Words that open a sentence before a name without being a first name ("Then Austin said"). */
const OPENERS = new Set(
  (
    'The A An And But Or So Then When While Meanwhile As After Before Since Also Still Yet Now Today ' +
    'Earlier Later On In At If Though Although Because Under With Without For By From To This That These ' +
    'Those Here There Both Only Even Asked According Instead However Separately Speaking Where Why How ' +
    'What Who Once Until Unlike Like Last Next Despite Over'
  ).split(' '),
);

const US_STATES = new Set(
  (
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho ' +
    'Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota ' +
    'Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah ' +
    'Vermont Virginia Wisconsin Wyoming'
  ).split(' '),
);
const TWO_WORD_STATE =
  /^,[ \u00a0]+(?:New[ \u00a0]+(?:Hampshire|Jersey|Mexico|York)|North[ \u00a0]+(?:Carolina|Dakota)|South[ \u00a0]+(?:Carolina|Dakota)|Rhode[ \u00a0]+Island|West[ \u00a0]+Virginia)\b/;

/** A line of a headline: it does not end as a sentence does, and most of its longer words are capitalized. */
function isHeadline(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  if (/[.!?]["”’)]*\s*$/u.test(line)) return false;
  const words = (line.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 4);
  if (words.length < 3) return false;
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized / words.length >= 0.75;
}

const stem = (word: string) => word.replace(/['’]s$/u, '').replace(/\.$/, '');

/** The capitalized word right after `end` (one space between), or null. */
function capitalizedAfter(text: string, end: number): string | null {
  return /^[ \u00a0](\p{Lu}[\p{L}'’.-]*)/u.exec(text.slice(end, end + 40))?.[1] ?? null;
}

/** The capitalized word right before `start` (one space between) and whether it opens its sentence. */
function capitalizedBefore(text: string, start: number): { word: string; opens: boolean } | null {
  const match = /(\p{Lu}[\p{L}'’.-]*)[ \u00a0]$/u.exec(text.slice(Math.max(0, start - 40), start));
  const word = match?.[1];
  if (!match || word === undefined) return null;
  const wordStart = start - match[0].length;
  const before = text.slice(Math.max(0, wordStart - 3), wordStart);
  const opens = wordStart === 0 || /(?:[.!?:;"“”‘’(—–-]\s*|\n\s*|^\s+)$/u.test(before);
  return { word, opens };
}

/**
 * Whether a one-word name or place from `start` to `end` is part of another proper name or names a
 * place elsewhere: followed by a capitalized word ("Paris Hilton") or a US state ("Austin, Texas",
 * "Moscow, Idaho", "Washington state"), or preceded by a first name ("Jane Austin").
 * `isActorAt` says whether a known actor is named at an offset ("NATO Stoltenberg" is no first name).
 */
export function isPartOfOtherName(
  text: string,
  start: number,
  end: number,
  isActorAt: (offset: number) => boolean,
): boolean {
  if (isHeadline(text, start)) return false;
  const after = text.slice(end, end + 30);
  const state = /^,[ \u00a0]+(\p{Lu}\p{L}+)/u.exec(after)?.[1];
  if ((state !== undefined && US_STATES.has(state)) || TWO_WORD_STATE.test(after)) return true;
  if (/^[ \u00a0]+state\b/.test(after)) return true;
  const next = capitalizedAfter(text, end);
  if (next !== null && !MAY_FOLLOW.has(stem(next)) && !isActorAt(end + 1)) return true;
  const previous = capitalizedBefore(text, start);
  // A word that ends a sentence ("... the village of Ocheretyne. Kremlin spokesman") is no first name.
  const endsSentence = previous && /[.!?]$/.test(previous.word) && !MAY_PRECEDE.has(stem(previous.word));
  if (previous && !endsSentence && !/['’]s$/u.test(previous.word)) {
    const word = stem(previous.word);
    const opener = previous.opens && OPENERS.has(word);
    if (!opener && !MAY_PRECEDE.has(word) && !isActorAt(start - previous.word.length - 1)) return true;
  }
  return false;
}

// Nouns that make a place the institution it stands for, whatever preposition comes before: "a leak of
// Pentagon documents", "according to Kremlin officials", "in Pentagon planning".
const INSTITUTIONAL_NOUN =
  /^[ \u00a0]+(?:officials?|documents?|papers|spokes(?:man|woman|person)|press|briefings?|sources?|statements?|leadership|leaders|planners?|planning|chiefs?|budget|data|figures|estimates?|assessments?|reports?|policy|decisions?|aid|funding|contracts?|requests?|memos?|files|cables|insiders|aides|advisers?|advisors?|propaganda|narrative|claims|orders?|approval|review|line)\b/;

/** Whether a place is used for its institution, as an adjective before such a noun ("Pentagon documents"). */
export function isAttributive(text: string, end: number): boolean {
  return INSTITUTIONAL_NOUN.test(text.slice(end, end + 20));
}
