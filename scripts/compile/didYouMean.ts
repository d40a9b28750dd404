import { closest, distance } from 'fastest-levenshtein';

/**
 * ` (did you mean "x"?)` for the known id closest to an unknown one, or an empty string when nothing
 * is close enough to be a likely typo (at most a third of the id's characters differ).
 */
export function didYouMean(wanted: string, known: Iterable<string>): string {
  const candidates = [...known];
  if (candidates.length === 0) return '';
  const best = closest(wanted, candidates);
  const limit = Math.max(2, Math.ceil(Math.max(wanted.length, best.length) / 3));
  return distance(wanted, best) <= limit ? ` (did you mean "${best}"?)` : '';
}

/** `unknown actor id "x" (did you mean "y"?)` */
export function unknownId(what: string, wanted: string, known: Iterable<string>): string {
  return `unknown ${what} id "${wanted}"${didYouMean(wanted, known)}`;
}
