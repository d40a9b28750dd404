/**
 * How wide a text is, for every layout that places text: timeline labels, figures labels and the
 * wrapped lines of exported images. In a browser it is measured with a canvas in the text's font (the
 * bundled Inter for charts), character by character; where there is no canvas (Node, jsdom) or the
 * font has not loaded yet, a table of average advance widths stands in, rounded up so estimates err on
 * the wide side and tests stay deterministic.
 */

/** The font charts are drawn in: the bundled variable Inter, then the system's sans-serif. */
export const CHART_FONT_FAMILY = "'Inter Variable', system-ui, sans-serif";

export interface TextFont {
  /** Size in px. */
  size: number;
  /** CSS weight; 400 when left out. */
  weight?: number;
  /** CSS font-family list; the chart font when left out. */
  family?: string;
}

/** A text's width in px in a font. */
export type TextWidth = (text: string, font: TextFont) => number;

/** Average advance widths of the UI font, in ems. */
function charWidth(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.6;
  if (/[.,:;'’!|il ]/.test(ch)) return 0.3;
  if (/[A-Z€$£₽₴¥≈>< —–]/.test(ch)) return 0.7;
  if (/[mwMW]/.test(ch)) return 0.85;
  return 0.56;
}

/** The table's width of a text: deterministic, a little wide; bold text is about 6% wider. */
export const estimateTextWidth: TextWidth = (text, font) => {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return units * font.size * ((font.weight ?? 400) >= 600 ? 1.06 : 1);
};

/** Measured widths are this much wider than the canvas says, for hinting and rounding on screen. */
const CANVAS_MARGIN = 1.04;

type Context = OffscreenCanvasRenderingContext2D;
let context: Context | null | undefined;
/** The font last set on the canvas: setting it again, even to the same value, costs a parse. */
let contextFont = '';
/**
 * Advance widths of single characters, by font. A text's width is the sum of its characters': a layout
 * measures thousands of texts (every start and end of every label), and a sum of a few cached numbers
 * costs far less than a canvas measure of each. Kerning, which the sum leaves out, mostly narrows a
 * text, so the sum errs on the wide side, as the margin does.
 */
const advances = new Map<string, Map<string, number>>();
const requested = new Set<string>();
/** Fonts found loaded: a loaded face stays loaded, so each is checked until it is, then never again. */
const loaded = new Set<string>();

function canvasContext(): Context | null {
  context ??= typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  return context;
}

/** Whether the page has the font (a web font still loading is asked for, and the table used meanwhile). */
function fontReady(css: string): boolean {
  if (typeof document === 'undefined' || loaded.has(css)) return true;
  if (document.fonts.check(css)) {
    loaded.add(css);
    return true;
  }
  if (!requested.has(css)) {
    requested.add(css);
    document.fonts.load(css).catch(() => undefined);
  }
  return false;
}

/** The advance width of one character in a font, measured on the canvas the first time it is asked for. */
function advance(ctx: Context, css: string, widths: Map<string, number>, char: string): number {
  let width = widths.get(char);
  if (width === undefined) {
    if (contextFont !== css) {
      ctx.font = css;
      contextFont = css;
    }
    width = ctx.measureText(char).width;
    widths.set(char, width);
  }
  return width;
}

/** The width of a text in a font: measured on a canvas where there is one, else the table's estimate. */
export const textWidth: TextWidth = (text, font) => {
  const ctx = canvasContext();
  const css = `${font.weight ?? 400} ${font.size}px ${font.family ?? CHART_FONT_FAMILY}`;
  if (ctx === null || !fontReady(css)) return estimateTextWidth(text, font);
  let widths = advances.get(css);
  if (widths === undefined) {
    widths = new Map();
    advances.set(css, widths);
  }
  let sum = 0;
  for (const char of text) sum += advance(ctx, css, widths, char);
  return Math.ceil(sum * CANVAS_MARGIN);
};

/**
 * The longest start of `text` whose width, with an ellipsis, fits `maxWidth` (the text itself when it
 * fits); null when not even `minChars` characters would.
 */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  widthOf: (text: string) => number,
  minChars = 0,
): string | null {
  if (widthOf(text) <= maxWidth) return text;
  const chars = Array.from(text);
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  let best = -1;
  let lo = minChars;
  let hi = chars.length - 1;
  while (lo <= hi) {
    const n = (lo + hi) >>> 1;
    if (widthOf(cut(n)) <= maxWidth) {
      best = n;
      lo = n + 1;
    } else hi = n - 1;
  }
  return best < 0 ? null : cut(best);
}

/** Breaks text into lines no wider than `maxWidth`, at spaces; a word wider than a line is cut. */
export function wrapToWidth(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  // A no-break space joins two words into one that is never split across lines.
  for (const word of text.split(/[^\S\u00a0]+/).filter((w) => w !== '')) {
    let rest = word;
    while (widthOf(rest) > maxWidth) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      const chars = Array.from(rest);
      let n = 1;
      while (n < chars.length && widthOf(chars.slice(0, n + 1).join('')) <= maxWidth) n++;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    if (line === '') line = rest;
    else if (widthOf(`${line} ${rest}`) <= maxWidth) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Wrapped lines without an orphan: when the last line is a single word under a line of three words
 * or more, that line's last word moves down to keep it company, if the two still fit (`fits`).
 */
export function withoutOrphan(lines: readonly string[], fits: (line: string) => boolean): string[] {
  const out = [...lines];
  const last = out[out.length - 1];
  const before = out[out.length - 2];
  if (last === undefined || before === undefined || /\s/.test(last)) return out;
  const words = before.split(' ');
  const moved = words.pop();
  if (words.length < 2 || moved === undefined) return out;
  const joined = `${moved} ${last}`;
  if (!fits(joined)) return out;
  out.splice(out.length - 2, 2, words.join(' '), joined);
  return out;
}
