import { estimateTextWidth, textWidth, type TextFont, type TextWidth } from '../../model/measureText';
import type { MeasureLabel } from './readable/wrapLabel';

/** What text is drawn in: event titles, chips and lane names; axis tick labels. */
export type TextStyle = 'label' | 'axis';

/** Measures a text's width in px for a style. */
export type MeasureText = (text: string, style: TextStyle) => number;

/** Font size and weight of each kind of text in the timeline (12 px or more); timeline.css uses the same. */
export const TEXT_FONTS: Record<TextStyle, TextFont> = {
  label: { size: 12, weight: 500 },
  axis: { size: 12, weight: 400 },
};

const measureWith =
  (width: TextWidth): MeasureText =>
  (text, style) =>
    width(text, TEXT_FONTS[style]);

/** The deterministic estimate: for tests, and wherever nothing can measure. */
export const estimateText: MeasureText = measureWith(estimateTextWidth);

/** The page's measure: a canvas in the chart font (see model/measureText.ts). */
export const pageMeasure: MeasureText = measureWith(textWidth);

/** The page's measure of label text, as the readable layout asks for it. */
export const pageLabelMeasure: MeasureLabel = (text) => textWidth(text, TEXT_FONTS.label);
