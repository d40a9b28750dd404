import { estimateText, type MeasureText, type TextStyle } from './layout';

/** Font size and weight of each kind of text in the timeline; timeline.css uses the same values. */
export const TEXT_FONTS: Record<TextStyle, { size: number; weight: number }> = {
  label: { size: 11, weight: 500 },
  badge: { size: 10, weight: 700 },
  count: { size: 10, weight: 700 },
};

/**
 * Measures text with a canvas in the page's font, with a cache (the same titles are measured on every
 * zoom step) and a small margin for the font not being loaded yet. Falls back to an estimate.
 */
export function createCanvasMeasure(fontFamily: string): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context === null) return estimateText;
  const cache = new Map<string, number>();
  return (text, style) => {
    const key = `${style}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      const font = TEXT_FONTS[style];
      context.font = `${font.weight} ${font.size}px ${fontFamily}`;
      width = Math.ceil(context.measureText(text).width * 1.04);
      if (cache.size > 20_000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}

let shared: MeasureText | null = null;

/** One measurer for the page, in the body's font. */
export function pageMeasure(): MeasureText {
  if (shared === null) {
    const family =
      typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily;
    shared = createCanvasMeasure(family || 'sans-serif');
  }
  return shared;
}
