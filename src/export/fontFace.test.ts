import { describe, expect, it } from 'vitest';
import { fontFaceRule } from './fontFace';

const faces = (rule: string) => rule.match(/@font-face\{/g)?.length ?? 0;

describe('fontFaceRule', () => {
  it('embeds the Latin subset alone for Latin text', () => {
    const rule = fontFaceRule('Sources: DOD News · 6 articles · Sébastien Lecornu – $1.54B “quoted”');
    expect(faces(rule)).toBe(1);
    expect(rule).toContain('unicode-range:U+0000-00FF');
    expect(rule).toMatch(/src:url\(data:font\/woff2;base64,/);
  });

  it('embeds the subset the screen would use for a character outside Latin, such as the rouble sign', () => {
    const rule = fontFaceRule('≈ ₽10.8T ≈ $111B');
    expect(faces(rule)).toBe(2);
    expect(rule).toContain('U+20AD-20C0');
    expect(faces(fontFaceRule('Київ'))).toBe(2);
    expect(faces(fontFaceRule('Łódź, Київ'))).toBe(3);
  });
});
