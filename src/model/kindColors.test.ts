import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../data/vocabulary';
import { KIND_SHAPES } from './eventKinds';
import { KIND_FAMILY } from './kindColors';

/** The custom properties a CSS block sets, by name (hex colours only). */
function properties(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`No "${selector}" block`);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map(
    [...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const theme = readFileSync('src/ui/theme.css', 'utf8');
const kinds = readFileSync('src/model/kindColors.css', 'utf8');

describe('kind colours', () => {
  for (const [name, selector] of [
    ['light', ':root'],
    ['dark', ":root[data-theme='dark']"],
  ] as const) {
    it(`are at least 3:1 against the chart background in the ${name} theme`, () => {
      const background = properties(theme, selector).get('--surface');
      if (background === undefined) throw new Error(`No --surface in the ${name} theme`);
      const colours = properties(kinds, selector);
      for (const kind of EVENT_KINDS) {
        const colour = colours.get(`--kind-${KIND_FAMILY[kind]}`);
        if (colour === undefined) throw new Error(`No colour for ${kind} in the ${name} theme`);
        expect(contrast(colour, background), `${kind} ${colour} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('never give two kinds both the same colour and the same glyph', () => {
    const pairs = EVENT_KINDS.map((k) => `${KIND_FAMILY[k]}/${KIND_SHAPES[k]}`);
    expect(new Set(pairs).size).toBe(EVENT_KINDS.length);
  });
});
