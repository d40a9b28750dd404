import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGE_COLORS } from '../../../model/colors';
import { contrastRatio, customProperties, resolveToken } from './contrast';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
  });
});

describe('theme tokens', () => {
  const css = `/* a; comment */ :root { --a: #fff; /* b; */ --b: var(--a); }
:root[data-theme='dark'] { --a: #000; }`;
  it('reads custom properties per selector and resolves var() through them', () => {
    const light = customProperties(css, ':root');
    const dark = new Map([...light, ...customProperties(css, ":root[data-theme='dark']")]);
    expect(resolveToken('var(--b)', light)).toBe('#fff');
    expect(resolveToken('var(--b)', dark)).toBe('#000');
    expect(() => resolveToken('var(--missing)', light)).toThrow('--missing');
  });
});

describe('the stage colours of the figures marks', () => {
  const css = readFileSync('src/ui/theme.css', 'utf8');
  const light = customProperties(css, ':root');
  const dark = new Map([...light, ...customProperties(css, ":root[data-theme='dark']")]);
  /** Every background a mark is drawn on: the page, a card, an inset box, a selected row. */
  const BACKGROUNDS = ['--bg', '--surface', '--surface-2', '--accent-soft'];

  for (const [theme, tokens] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`stand out at least 3:1 against every background, ${theme} theme`, () => {
      const ratios: string[] = [];
      for (const [stage, color] of Object.entries(STAGE_COLORS)) {
        for (const background of BACKGROUNDS) {
          const ratio = contrastRatio(
            resolveToken(color, tokens),
            resolveToken(`var(${background})`, tokens),
          );
          if (ratio < 3) ratios.push(`${stage} on ${background}: ${ratio.toFixed(2)}:1`);
        }
      }
      expect(ratios).toEqual([]);
    });
  }

  it('differ from one another between stages that are told apart', () => {
    const distinct = new Set(Object.values(STAGE_COLORS).map((c) => resolveToken(c, light)));
    expect(distinct.size).toBe(7);
  });
});
