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

/** Where a measured text breaks, without its lines: what a layout needs to size a label. */
export interface LabelShape {
  /** How many words go on the first line; 0 when the text takes one line. */
  breakAt: number;
  /** Width of the wider line in px. */
  width: number;
}

/**
 * Breaks a measured text into at most two lines and never cuts it: a text that fits `maxWidth` stays on
 * one line; a longer one is broken at the space that makes the wider line narrowest, so a very long
 * title gets two lines a little wider than `maxWidth` rather than a third line or an ellipsis. A suffix
 * ("+ 12 more") of `suffixWidth` px, its space before it counted, is kept whole at the end of the last
 * line. Only numbers are computed: the lines are made by `shapeLines` for the labels drawn.
 */
export function wrapShape(metrics: TextMetrics, maxWidth: number, suffixWidth = 0): LabelShape {
  const { heads, tails } = metrics;
  const n = metrics.words.length;
  const wholeWidth = (heads[n - 1] ?? 0) + suffixWidth;
  if (wholeWidth <= maxWidth || n < 2) return { breakAt: 0, width: wholeWidth };
  let breakAt = 1;
  let width = Infinity;
  for (let k = 1; k < n; k++) {
    const w = Math.max(heads[k - 1] ?? 0, (tails[k] ?? 0) + suffixWidth);
    if (w < width) {
      width = w;
      breakAt = k;
    }
  }
  return { breakAt, width };
}

/** The lines of a text broken as `shape` says, with the suffix, if any, at the end of the last. */
export function shapeLines(metrics: TextMetrics, shape: LabelShape, suffix: string | null = null): string[] {
  const { words } = metrics;
  const tail = suffix === null ? '' : `${words.length === 0 ? '' : ' '}${suffix}`;
  if (shape.breakAt === 0) return [`${words.join(' ')}${tail}`];
  return [words.slice(0, shape.breakAt).join(' '), `${words.slice(shape.breakAt).join(' ')}${tail}`];
}

/** Breaks a measured text into at most two lines (see `wrapShape`), a suffix and its width kept whole. */
export function wrapMeasured(
  metrics: TextMetrics,
  maxWidth: number,
  suffix: { text: string; width: number } | null = null,
): WrappedLabel {
  const shape = wrapShape(metrics, maxWidth, suffix?.width ?? 0);
  return { lines: shapeLines(metrics, shape, suffix?.text ?? null), width: shape.width };
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
