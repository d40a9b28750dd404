/** Reads a CSS custom property (`--ink`) as it applies; returns '' when it is not defined. */
export type CustomPropertyLookup = (name: string) => string;

const MAX_DEPTH = 16;

/** Finds the `)` that closes the `(` at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Replaces every `var(--name, fallback)` in a CSS value with the property's value (itself resolved),
 * or the fallback when it is not defined. An undefined property with no fallback becomes ''.
 */
export function resolveCssVars(value: string, lookup: CustomPropertyLookup, depth = 0): string {
  if (depth > MAX_DEPTH) throw new Error(`resolveCssVars: custom properties nest too deep in "${value}"`);
  let out = '';
  let rest = value;
  for (let at = rest.indexOf('var('); at >= 0; at = rest.indexOf('var(')) {
    const end = closingParen(rest, at + 3);
    if (end < 0) break;
    const inner = rest.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
    const own = lookup(name).trim();
    const chosen = own !== '' ? own : fallback;
    out += rest.slice(0, at) + resolveCssVars(chosen, lookup, depth + 1);
    rest = rest.slice(end + 1);
  }
  return out + rest;
}

export interface Paint {
  /** A colour every SVG reader understands (`#rrggbb`), `none`, or the value as given. */
  color: string;
  /** The alpha channel split off the colour, to multiply into fill-opacity / stroke-opacity. */
  opacity: number;
}

const hex2 = (n: number) =>
  Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, '0');

/**
 * Turns a computed colour into one a vector editor reads: `rgb(0, 114, 178)` → `#0072b2`, and
 * `rgba(…, 0.5)` → the colour plus an opacity of 0.5; fully transparent becomes `none`. Other values
 * (`none`, `url(#id)`, named colours) pass through.
 */
export function normalizePaint(value: string): Paint {
  const v = value.trim();
  if (v === 'transparent') return { color: 'none', opacity: 1 };
  const short = /^#([\da-f])([\da-f])([\da-f])$/i.exec(v);
  if (short !== null)
    return {
      color: `#${short
        .slice(1)
        .map((c) => c + c)
        .join('')}`.toLowerCase(),
      opacity: 1,
    };
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(v);
  if (m === null) return { color: v, opacity: 1 };
  const alphaRaw = m[4] === undefined ? 1 : Number(m[4]) / (m[5] === '%' ? 100 : 1);
  if (alphaRaw === 0) return { color: 'none', opacity: 1 };
  return { color: `#${hex2(Number(m[1]))}${hex2(Number(m[2]))}${hex2(Number(m[3]))}`, opacity: alphaRaw };
}

/**
 * Keeps a `url(…)` reference only when it points inside the document: computed styles turn `url(#grad)`
 * into `url("http://host/page#grad")` (the page's own address), which must become `url(#grad)` again.
 * Returns null for a reference to anything else.
 */
export function localUrl(value: string, documentUrl = ''): string | null {
  if (!value.includes('url(')) return value;
  const m = /^url\(\s*["']?([^"')]*)["']?\s*\)([^()]*)$/.exec(value.trim());
  if (m === null) return null;
  const target = m[1] ?? '';
  const hash = target.indexOf('#');
  if (hash < 0) return null;
  const address = target.slice(0, hash);
  if (address !== '' && address !== documentUrl.split('#')[0]) return null;
  const fragment = target.slice(hash + 1);
  if (!/^[\w-]+$/.test(fragment)) return null;
  return `url(#${fragment})${m[2] ?? ''}`;
}
