import {
  estimateTextWidth,
  textWidth,
  truncateToWidth,
  type TextFont,
  type TextWidth,
} from '../../model/measureText';

/** What text is drawn in: event titles, figure badges, cluster counts. */
export type TextStyle = 'label' | 'badge' | 'count';

/** Measures a text's width in px for a style. */
export type MeasureText = (text: string, style: TextStyle) => number;

/** Font size and weight of each kind of text in the timeline; timeline.css uses the same values. */
export const TEXT_FONTS: Record<TextStyle, TextFont> = {
  label: { size: 11, weight: 500 },
  badge: { size: 10, weight: 700 },
  count: { size: 10, weight: 700 },
};

const measureWith =
  (width: TextWidth): MeasureText =>
  (text, style) =>
    width(text, TEXT_FONTS[style]);

/** The deterministic estimate: for tests, and wherever nothing can measure. */
export const estimateText: MeasureText = measureWith(estimateTextWidth);

/** The page's measure: a canvas in the chart font (see model/measureText.ts). */
export const pageMeasure: MeasureText = measureWith(textWidth);

/** The longest start of `text` (with an ellipsis) that fits `maxWidth`, or null when too little would. */
export function fitText(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  minWidth: number,
): string | null {
  const widthOf = (t: string) => measure(t, 'label');
  if (maxWidth < minWidth) return widthOf(text) <= maxWidth ? text : null;
  return truncateToWidth(text, maxWidth, widthOf, 4);
}
