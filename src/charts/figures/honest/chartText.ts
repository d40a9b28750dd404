/** Text widths for the figures layouts, in the chart font at a size: the one measurer of src/model. */
import { estimateTextWidth, textWidth } from '../../../model/measureText';
import type { MeasureText } from './timeTicks';

/** Measured in the browser (canvas, bundled font); estimated where there is no canvas. */
export const chartTextWidth: MeasureText = (text, size) => textWidth(text, { size });

/** The deterministic estimate, for tests. */
export const estimatedTextWidth: MeasureText = (text, size) => estimateTextWidth(text, { size });
