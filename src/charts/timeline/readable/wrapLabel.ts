/** Measures the width in px of a text as the chart draws it. */
export type MeasureLabel = (text: string) => number;

export interface WrappedLabel {
  /** One or two lines; joined with spaces they give back the text (and the suffix). */
  lines: readonly string[];
  /** Width of the widest line in px. */
  width: number;
}

/** A text's words with the widths of every start and end of it, measured once. */
export interface TextMetrics {
  words: readonly string[];
  /** `heads[k]`: width of the first k + 1 words joined with spaces. */
  heads: readonly number[];
  /** `tails[k]`: width of the words from k on. */
  tails: readonly number[];
}

/** Measures a text once for every way of breaking it into two lines. */
export function measureText(text: string, measure: MeasureLabel): TextMetrics {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const heads = words.map((_, k) => measure(words.slice(0, k + 1).join(' ')));
  const tails = words.map((_, k) =>
    k === 0 ? (heads[words.length - 1] ?? 0) : measure(words.slice(k).join(' ')),
  );
  return { words, heads, tails };
}

/**
 * Breaks a measured text into at most two lines and never cuts it: a text that fits `maxWidth` stays on
 * one line; a longer one is broken at the space that makes the wider line narrowest, so a very long
 * title gets two lines a little wider than `maxWidth` rather than a third line or an ellipsis. A suffix
 * ("+ 12 more", with its measured width) is kept whole at the end of the last line.
 */
export function wrapMeasured(
  metrics: TextMetrics,
  maxWidth: number,
  suffix: { text: string; width: number } | null = null,
): WrappedLabel {
  const { words, heads, tails } = metrics;
  const n = words.length;
  const tail = suffix === null ? '' : `${n === 0 ? '' : ' '}${suffix.text}`;
  // Widths are measured word by word; a space before the suffix is counted in its width.
  const extra = suffix === null ? 0 : suffix.width;
  const wholeWidth = (heads[n - 1] ?? 0) + extra;
  if (wholeWidth <= maxWidth || n < 2) {
    return { lines: [`${words.join(' ')}${tail}`], width: wholeWidth };
  }
  let bestK = 1;
  let bestWidth = Infinity;
  for (let k = 1; k < n; k++) {
    const width = Math.max(heads[k - 1] ?? 0, (tails[k] ?? 0) + extra);
    if (width < bestWidth) {
      bestWidth = width;
      bestK = k;
    }
  }
  return {
    lines: [words.slice(0, bestK).join(' '), `${words.slice(bestK).join(' ')}${tail}`],
    width: bestWidth,
  };
}

/** Breaks a text into at most two lines (see `wrapMeasured`). */
export function wrapLabel(text: string, maxWidth: number, measure: MeasureLabel, suffix = ''): WrappedLabel {
  const metrics = measureText(text, measure);
  return wrapMeasured(
    metrics,
    maxWidth,
    suffix === '' ? null : { text: suffix, width: measure(` ${suffix}`) },
  );
}
