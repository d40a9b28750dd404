import { describe, expect, it } from 'vitest';
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
