/**
 * Which crown a bare "kroner" or "crowns" is: Norwegian, Danish, Swedish, Icelandic or Czech. The
 * nearest country written before the figure in its sentence says which (else the nearest after it),
 * then the nearest crown currency written earlier in the text ("NOK 75 billion ... 15 billion
 * crowns a year"), then the nearest of those countries named earlier.
 */
import type { Span } from './sentences';

const CROWNS: readonly (readonly [string, string, string])[] = [
  ['NOK', 'Norway|Norwegian|Oslo', 'NOK|Norwegian\\s+(?:kroner|krone|crowns?)'],
  ['DKK', 'Denmark|Danish|Copenhagen', 'DKK|Danish\\s+(?:kroner|krone|crowns?)'],
  ['SEK', 'Sweden|Swedish|Stockholm', 'SEK|Swedish\\s+(?:kronor|krona|crowns?)|kronor'],
  ['ISK', 'Iceland|Icelandic|Reykjavik', 'ISK|Icelandic\\s+(?:kronur|krona|crowns?)'],
  ['CZK', 'Czechia|Czech|Prague', 'CZK|Czech\\s+(?:korunas?|koruny|crowns?)|korunas?|koruny'],
];

const regexOf = (pick: 1 | 2) =>
  new RegExp(
    CROWNS.map(([code, ...rest]) => `(?<${code}>\\b(?:${rest[pick - 1] ?? ''})\\b)`).join('|'),
    'gu',
  );
const COUNTRY = regexOf(1);
const CURRENCY = regexOf(2);

function hits(pattern: RegExp, text: string): { code: string; at: number }[] {
  const found: { code: string; at: number }[] = [];
  for (const m of text.matchAll(pattern)) {
    // A group that took no part in the match is undefined at run time, whatever its declared type.
    const groups = (m.groups ?? {}) as Record<string, string | undefined>;
    const code = Object.entries(groups).find(([, v]) => v !== undefined)?.[0];
    if (code) found.push({ code, at: m.index });
  }
  return found;
}

/** The crown a bare crown word at `at` stands for, or `fallback` when the text does not say. */
export function crownCode(text: string, at: number, sentence: Span | undefined, fallback: string): string {
  const start = sentence?.start ?? 0;
  const end = sentence?.end ?? text.length;
  const before = hits(COUNTRY, text.slice(start, at)).at(-1);
  if (before) return before.code;
  const after = hits(COUNTRY, text.slice(at, end))[0];
  if (after) return after.code;
  const earlier = text.slice(0, start);
  return hits(CURRENCY, earlier).at(-1)?.code ?? hits(COUNTRY, earlier).at(-1)?.code ?? fallback;
}
