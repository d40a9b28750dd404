import type { Cluster, Stack } from './laneColumns';
import type { LabelMark } from './layoutTypes';
import { fitText, type MeasureText } from './timelineText';

export interface LabelRoom {
  /** The lone glyph's x and half its size. */
  x: number;
  half: number;
  /** The next mark in the lane, which the label must stop short of. */
  next: Stack | Cluster | undefined;
  /** Width of the plot. */
  width: number;
}

/**
 * Step 4 of the timeline layout, labels: the figure badge and the title to the right of a lone glyph, each drawn only where it
 * fits before the next mark (a title is cut with an ellipsis, never overlapped); null when neither fits.
 */
export function labelBeside(
  room: LabelRoom,
  text: { badge: string | undefined; title: string },
  measure: MeasureText,
  minLabelWidth: number,
): Pick<LabelMark, 'badge' | 'title'> | null {
  const { x, half, next, width } = room;
  const limit = Math.min(
    width - 2,
    next === undefined ? Infinity : next.type === 'stack' ? next.x - half - 6 : next.x0 - 6,
  );
  let left = x + half + 4;
  let badge: LabelMark['badge'] = null;
  if (text.badge !== undefined) {
    const badgeWidth = measure(text.badge, 'badge') + 8;
    if (left + badgeWidth <= limit) {
      badge = { text: text.badge, x: left, width: badgeWidth };
      left += badgeWidth + 4;
    }
  }
  const titleText = fitText(text.title, limit - left, measure, minLabelWidth);
  const title = titleText === null ? null : { text: titleText, x: left };
  return badge === null && title === null ? null : { badge, title };
}
