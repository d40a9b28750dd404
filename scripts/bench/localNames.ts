import type { Random } from './random';

const SYLLABLES = [
  'ka',
  'lo',
  'vi',
  'ra',
  'ne',
  'sho',
  'tu',
  'mi',
  'da',
  'ro',
  'ze',
  'ly',
  'ko',
  'ha',
  'pe',
  'bo',
  'sy',
  'cha',
  'va',
  'ny',
  'hu',
  'de',
  'ri',
  'zo',
  'ma',
  'te',
  'li',
  'go',
  'fe',
  'ju',
];
const SUFFIXES = ['ivka', 'ove', 'ne', 'ytsia', 'ivske', 'yn'];

/** How many distinct local names there are to draw from. */
export const LOCAL_NAME_COUNT = 200_000;

/** The local name of a rank: its digits in base 30 as syllables, and a suffix ("Kavoivka", "Loneove"). */
export function localName(rank: number): string {
  let word = '';
  let n = rank;
  do {
    word += SYLLABLES[n % SYLLABLES.length] ?? '';
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  word += SUFFIXES[rank % SUFFIXES.length] ?? '';
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A local name (village, unit, street) drawn with probability falling as 1 / rank: a few are everywhere,
 * most are rare. News text has such a long tail of words; without it, a text index would look far
 * cheaper than it is on real data.
 */
export function drawLocalName(random: Random): string {
  return localName(Math.floor(Math.exp(random() * Math.log(LOCAL_NAME_COUNT + 1))) - 1);
}
