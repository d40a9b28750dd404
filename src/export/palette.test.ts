import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { customProperties, resolveToken } from '../charts/figures/honest/contrast';
import { PALETTES, resolvePaint } from './palette';

const theme = readFileSync('src/ui/theme.css', 'utf8');
const kinds = readFileSync('src/model/kindColors.css', 'utf8');

/** Every custom property of a theme as the page resolves it: the base's, then the theme's over them. */
function pageTokens(selector: string | null): Map<string, string> {
  const tokens = new Map([...customProperties(theme, ':root'), ...customProperties(kinds, ':root')]);
  if (selector !== null) {
    for (const [k, v] of [...customProperties(theme, selector), ...customProperties(kinds, selector)])
      tokens.set(k, v);
  }
  return tokens;
}

describe('image palettes', () => {
  for (const [name, selector] of [
    ['light', null],
    ['dark', ":root[data-theme='dark']"],
  ] as const) {
    it(`hold the page's ${name} colours`, () => {
      const tokens = pageTokens(selector);
      for (const [token, color] of Object.entries(PALETTES[name])) {
        expect(color, token).toBe(resolveToken(`var(--${token})`, tokens).toLowerCase());
      }
    });
  }

  it('replace every token, keep a fallback, and refuse an unknown name', () => {
    expect(resolvePaint('var(--ink)', PALETTES.dark)).toBe('#e8ecf1');
    expect(resolvePaint('url(#p) var(--nope, #123456)', PALETTES.light)).toBe('url(#p) #123456');
    expect(() => resolvePaint('var(--nope)', PALETTES.light)).toThrow(/no colour for --nope/);
  });
});
