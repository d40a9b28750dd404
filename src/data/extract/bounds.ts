/**
 * Bound words around a money figure: "more than $5 billion" is a lower bound, "up to" an upper one,
 * "almost", "about", "some" approximate; "$5 billion or more" and "$5bn-plus" are lower bounds too.
 * The common Ukrainian and Russian ones ("понад", "близько", "около", "более") are read the same way.
 */
import type { MoneyBound } from './types';

const BOUND_WORDS: readonly (readonly [MoneyBound, readonly string[]])[] = [
  [
    'lower',
    [
      'more than',
      'over',
      'above',
      'in excess of',
      'upwards of',
      'at least',
      'no less than',
      'not less than',
      'just over',
      'well over',
      'well above',
      'a minimum of',
      // Ukrainian and Russian
      'понад',
      'більше ніж',
      'більш ніж',
      'щонайменше',
      'не менше',
      'свыше',
      'более',
      'больше',
      'не менее',
    ],
  ],
  [
    'upper',
    [
      'up to',
      'as much as',
      'no more than',
      'not more than',
      'less than',
      'under',
      'below',
      'just under',
      'just below',
      'at most',
      'a maximum of',
      'менше ніж',
      'не більше',
      'менее',
      'не более',
    ],
  ],
  [
    'approximate',
    [
      'almost',
      'nearly',
      'about',
      'around',
      'roughly',
      'approximately',
      'approx.',
      'some',
      'close to',
      'an estimated',
      'estimated',
      'circa',
      'c.',
      'an approximate',
      'близько',
      'приблизно',
      'майже',
      'около',
      'примерно',
      'почти',
      'порядка',
    ],
  ],
];

const CLASS_OF = new Map<string, MoneyBound>(
  BOUND_WORDS.flatMap(([bound, words]) => words.map((w) => [w, bound] as const)),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = [...CLASS_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => escape(w).replace(/ /g, '[ \\u00a0]+'))
  .join('|');

const BEFORE = new RegExp(`(?<![\\p{L}])(${alternatives})[ \\u00a0]*$`, 'iu');
const TILDE = /~[ \u00a0]*$/;

// "bringing the total up to $35.4 billion": a verb with "up to", not a bound.
const PHRASAL_UP_TO =
  /\b(bring|brings|bringing|brought|raise[sd]?|raising|push(?:es|ed|ing)?|take[sn]?|taking|took|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|increase[sd]?|increasing|top(?:s|ped|ping)?|add(?:s|ed|ing)?)\b(?:(?!\bby\b)[^.;:!?,])*$/i;
// "handed over $5 million": a verb with "over".
const PHRASAL_OVER = /\b(hand|turn|sign|pass|give|took|take|taken|taking)\w*[ \u00a0]+$/i;

const AFTER: readonly (readonly [RegExp, MoneyBound])[] = [
  [/^[ \u00a0]+or[ \u00a0]+more\b/i, 'lower'],
  [/^[ \u00a0]+or[ \u00a0]+so\b/i, 'approximate'],
  [/^[ \u00a0]+or[ \u00a0]+thereabouts\b/i, 'approximate'],
  [/^[ \u00a0]+or[ \u00a0]+less\b/i, 'upper'],
  [/^-?plus\b/i, 'lower'],
  [/^\+(?![\p{N}])/u, 'lower'],
];

export interface FoundBound {
  bound: MoneyBound;
  text: string | null;
}

/** The bound of a money figure written from `start` to `end`. */
export function boundOf(text: string, start: number, end: number): FoundBound {
  const before = text.slice(Math.max(0, start - 40), start);
  const match = BEFORE.exec(before);
  const word = match?.[1];
  if (match && word !== undefined) {
    const key = word.toLowerCase().replace(/[ \u00a0]+/g, ' ');
    const wordStart = start - before.length + match.index;
    const context = text.slice(Math.max(0, wordStart - 60), wordStart);
    const phrasal =
      (key === 'up to' && PHRASAL_UP_TO.test(context)) || (key === 'over' && PHRASAL_OVER.test(context));
    const bound = CLASS_OF.get(key);
    if (!phrasal && bound) return { bound, text: word };
  }
  if (TILDE.test(before)) return { bound: 'approximate', text: '~' };
  const after = text.slice(end, end + 20);
  for (const [pattern, bound] of AFTER) {
    const found = pattern.exec(after);
    if (found) return { bound, text: found[0].trim() };
  }
  return { bound: 'exact', text: null };
}
