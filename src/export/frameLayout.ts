import { textWidth, wrapToWidth, type TextWidth } from '../model/measureText';
import { SANS_STACK } from './inlineStyles';

/** One chart to place in the export, at the size it has on screen. */
export interface FrameChart {
  width: number;
  height: number;
  /** A heading above the chart (the dashboard names each chart), or null. */
  heading: string | null;
}

export interface FrameInput {
  title: string;
  /** Paragraphs under the title: the filters, the date range, what is shown. */
  caption: readonly string[];
  charts: readonly FrameChart[];
  /** Paragraphs under the charts: the sources, and when and where the image was made. */
  footer: readonly string[];
}

export type FrameTextRole = 'title' | 'caption' | 'heading' | 'footer';

export interface FrameText {
  role: FrameTextRole;
  text: string;
  x: number;
  /** Alphabetic baseline. */
  y: number;
  size: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  texts: FrameText[];
  charts: { x: number; y: number; width: number; height: number }[];
}

export const FRAME = {
  padding: 24,
  gap: 14,
  minWidth: 320,
  lineHeight: 1.4,
  sizes: { title: 20, caption: 12, heading: 14, footer: 11 } satisfies Record<FrameTextRole, number>,
  weights: { title: 700, caption: 400, heading: 650, footer: 400 } satisfies Record<FrameTextRole, number>,
} as const;

/**
 * Places a title and caption above the charts (stacked vertically, left-aligned) and the sources and
 * export date below them, each wrapped to the width in the font the file is set in. Pure: positions
 * only; the caller draws them.
 */
export function layoutFrame(input: FrameInput, measure: TextWidth = textWidth): FrameLayout {
  const { padding, gap, lineHeight, sizes } = FRAME;
  const chartWidth = Math.max(0, ...input.charts.map((c) => c.width));
  const width = Math.ceil(Math.max(FRAME.minWidth, chartWidth + 2 * padding));
  const inner = width - 2 * padding;
  const texts: FrameText[] = [];
  const charts: FrameLayout['charts'] = [];
  let y = padding;

  const paragraph = (role: FrameTextRole, text: string) => {
    const size = sizes[role];
    const font = { size, weight: FRAME.weights[role], family: SANS_STACK };
    for (const line of wrapToWidth(text, inner, (t) => measure(t, font))) {
      texts.push({ role, text: line, x: padding, y: Math.round(y + size), size });
      y += size * lineHeight;
    }
  };

  paragraph('title', input.title);
  y += 4;
  for (const text of input.caption) paragraph('caption', text);
  for (const chart of input.charts) {
    y += gap;
    if (chart.heading !== null) {
      paragraph('heading', chart.heading);
      y += 4;
    }
    charts.push({ x: padding, y: Math.round(y), width: chart.width, height: chart.height });
    y = Math.round(y) + chart.height;
  }
  y += gap;
  for (const text of input.footer) paragraph('footer', text);
  return { width, height: Math.ceil(y + padding), texts, charts };
}
