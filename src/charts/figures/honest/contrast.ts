/**
 * WCAG 2 contrast between two colours, and the colour tokens of a theme read from its CSS, so a test can
 * check every mark colour against the background it is drawn on, in both themes.
 */

/** `#rgb` or `#rrggbb` as [r, g, b] in 0..255, or null. */
export function parseHex(color: string): [number, number, number] | null {
  const hex = color.trim().replace(/^#/, '');
  const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2). */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (ca === null || cb === null) throw new Error(`Not a hex colour: ${ca === null ? a : b}`);
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The custom properties declared in the CSS rules whose selector is exactly `selector`. */
export function customProperties(css: string, selector: string): Map<string, string> {
  const props = new Map<string, string>();
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rule = /([^{}]+)\{([^{}]*)\}/g;
  for (let m = rule.exec(plain); m !== null; m = rule.exec(plain)) {
    if ((m[1] ?? '').trim() !== selector) continue;
    for (const decl of (m[2] ?? '').split(';')) {
      const colon = decl.indexOf(':');
      const name = decl.slice(0, colon).trim();
      if (colon > 0 && name.startsWith('--')) props.set(name, decl.slice(colon + 1).trim());
    }
  }
  return props;
}

/** A value with every `var(--x)` replaced from the tokens (the theme's first, then the base's). */
export function resolveToken(value: string, tokens: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 10) throw new Error(`Custom properties nest too deep: ${value}`);
  return value.replace(/var\(\s*(--[\w-]+)\s*\)/g, (_, name: string) => {
    const next = tokens.get(name);
    if (next === undefined) throw new Error(`Undefined custom property ${name}`);
    return resolveToken(next, tokens, depth + 1);
  });
}
