/**
 * Measured line breaking for chart text: a label gets as many lines as it needs instead of an ellipsis,
 * because a cut label hides what a mark is. A word wider than a line is broken between characters; a
 * last line is never a single word when the one above can spare one.
 */
import { withoutOrphan } from '../../../model/measureText';
import type { MeasureText } from './timeTicks';

export function wrapLines(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => measure(candidate, fontSize) <= maxWidth;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (!fits(rest) && Array.from(rest).length > 1) {
      const chars = Array.from(rest);
      let n = chars.length - 1;
      while (n > 1 && !fits(chars.slice(0, n).join(''))) n--;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return withoutOrphan(lines, fits);
}
