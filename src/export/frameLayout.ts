import type { Flag } from '../data/schema';
import {
  CHART_FONT_FAMILY,
  textWidth,
  withoutOrphan,
  wrapToWidth,
  type TextWidth,
} from '../model/measureText';

/** The roles of the text around the charts, each with its size, weight and colour token. */
export type FrameTextRole =
  | 'headline'
  | 'description'
  | 'heading'
  | 'key'
  | 'notes'
  | 'source'
  | 'byline'
  | 'appendix-heading'
  | 'appendix';

export const FRAME_TEXT: Record<
  FrameTextRole,
  { size: number; weight: number; color: string; line: number }
> = {
  headline: { size: 22, weight: 700, color: 'ink', line: 27 },
  description: { size: 15, weight: 400, color: 'ink-2', line: 20 },
  heading: { size: 15, weight: 650, color: 'ink', line: 20 },
  key: { size: 12, weight: 400, color: 'ink-2', line: 16 },
  notes: { size: 12, weight: 400, color: 'ink-2', line: 16 },
  source: { size: 12, weight: 400, color: 'ink-3', line: 16 },
  byline: { size: 12, weight: 600, color: 'ink-3', line: 16 },
  'appendix-heading': { size: 13, weight: 650, color: 'ink', line: 18 },
  appendix: { size: 11, weight: 400, color: 'ink-2', line: 15 },
};

export const FRAME = {
  padding: 20,
  gap: 16,
  swatch: { width: 26, height: 14, gap: 6 },
  keyGap: 16,
  /** Room for a flag's mark before the note that explains it. */
  flagIndent: 19,
  /** How far the wrapped lines of an appendix entry hang in under its first line. */
  hang: 12,
} as const;

/** A note under the charts; one that explains a flag is drawn after the flag's mark, as the key shows it. */
export interface FrameNote {
  text: string;
  flag?: Flag['severity'];
}

/** One item of a chart's key: a swatch (drawn in a 26 × 14 box) and what it means. */
export interface KeyEntry {
  id: string;
  label: string;
}

/** One chart in the frame: its heading (dashboard), its drawn height, and its key. */
export interface FrameChart {
  heading: string | null;
  height: number;
  key: readonly KeyEntry[];
}

export interface FrameInput {
  width: number;
  headline: string;
  description: string;
  charts: readonly FrameChart[];
  notes: readonly FrameNote[];
  source: string;
  byline: string;
  appendix: readonly { heading: string; lines: readonly string[] }[];
}

export interface FrameLine {
  role: FrameTextRole;
  text: string;
  x: number;
  /** Alphabetic baseline. */
  y: number;
  /** The flag mark drawn before the line (the first line of a note explaining a flag). */
  flag?: Flag['severity'];
}

export interface PlacedKeyEntry {
  entry: KeyEntry;
  /** Top-left of the swatch box; the label follows it on the same line. */
  x: number;
  y: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  lines: FrameLine[];
  charts: { x: number; y: number; width: number; height: number; key: PlacedKeyEntry[] }[];
  /** Where the rule between the charts and the notes sits. */
  footRule: number;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
const DATE_SPACES = [
  / (–) /g,
  new RegExp(`\\b(\\d{1,2}) (${MONTH})`, 'g'),
  new RegExp(`(${MONTH}) (\\d{4})`, 'g'),
];

/**
 * The text with the spaces inside its dates and date ranges made no-break ("Apr – Sep 2023", "25 Sep –
 * 1 Oct 2023"), so a line never ends in the middle of one.
 */
export function keepDatesTogether(text: string): string {
  let out = text;
  for (const pattern of DATE_SPACES) {
    out = out.replace(pattern, (match: string) => match.replace(/ /g, '\u00a0'));
  }
  return out;
}

/** Measures text in a role's font: the chart font, as the file embeds it. */
export function roleMeasure(measure: TextWidth = textWidth) {
  return (text: string, role: FrameTextRole) =>
    measure(text, {
      size: FRAME_TEXT[role].size,
      weight: FRAME_TEXT[role].weight,
      family: CHART_FONT_FAMILY,
    });
}

/** The plot width a frame of `width` px gives its charts. */
export function chartWidth(width: number): number {
  return width - 2 * FRAME.padding;
}

/**
 * Places the frame of an image, top to bottom: headline, description, each chart (under its heading)
 * with its key, then notes, the source line, the byline and the optional appendix, each wrapped to the
 * width in the font the file embeds. Pure: positions only; ImageFrame draws them.
 */
export function layoutFrame(input: FrameInput, measure: TextWidth = textWidth): FrameLayout {
  const { padding, gap, swatch, keyGap } = FRAME;
  const width = input.width;
  const inner = chartWidth(width);
  const inRole = roleMeasure(measure);
  const lines: FrameLine[] = [];
  const charts: FrameLayout['charts'] = [];
  let y = padding;

  /** Sets a paragraph; `hang` indents its wrapped lines under the first (a list entry). */
  const paragraph = (
    role: FrameTextRole,
    text: string,
    {
      maxLines = Infinity,
      flag,
      hang = 0,
    }: { maxLines?: number; flag?: Flag['severity']; hang?: number } = {},
  ) => {
    const { size, line } = FRAME_TEXT[role];
    const indent = flag === undefined ? 0 : FRAME.flagIndent;
    const room = inner - indent - hang;
    const widthOf = (t: string) => inRole(t, role);
    const fits = (t: string) => widthOf(t) <= room;
    const wrapped = withoutOrphan(wrapToWidth(keepDatesTogether(text), room, widthOf), fits).map((t) =>
      t.replace(/\u00a0/g, ' '),
    );
    wrapped.slice(0, maxLines).forEach((t, i) => {
      const last = i === maxLines - 1 && wrapped.length > maxLines;
      lines.push({
        role,
        text: last ? `${t.replace(/\s*\S*$/, '')}…` : t,
        x: padding + indent + (i > 0 ? hang : 0),
        y: Math.round(y + size),
        ...(i === 0 && flag !== undefined ? { flag } : {}),
      });
      y += line;
    });
  };

  paragraph('headline', input.headline);
  if (input.description !== '') {
    y += 4;
    paragraph('description', input.description);
  }
  for (const chart of input.charts) {
    y += gap;
    if (chart.heading !== null) {
      paragraph('heading', chart.heading);
      y += 6;
    }
    const top = Math.round(y);
    y = top + chart.height;
    const key: PlacedKeyEntry[] = [];
    if (chart.key.length > 0) {
      y += 12;
      let x: number = padding;
      const row = FRAME_TEXT.key.line + 2;
      for (const entry of chart.key) {
        const w = swatch.width + swatch.gap + inRole(entry.label, 'key');
        if (x > padding && x + w > padding + inner) {
          x = padding;
          y += row;
        }
        key.push({ entry, x, y: Math.round(y) });
        x += w + keyGap;
      }
      y += row;
    }
    charts.push({ x: padding, y: top, width: inner, height: chart.height, key });
  }
  y += gap;
  const footRule = Math.round(y);
  y += 10;
  for (const note of input.notes)
    paragraph('notes', note.text, note.flag === undefined ? {} : { flag: note.flag });
  if (input.notes.length > 0) y += 4;
  paragraph('source', input.source, { maxLines: 2 });
  if (input.byline !== '') paragraph('byline', input.byline);
  for (const part of input.appendix) {
    y += 10;
    paragraph('appendix-heading', part.heading);
    // An entry wraps over several lines: its hanging lines show where each one starts.
    for (const text of part.lines) paragraph('appendix', text, { hang: FRAME.hang });
  }
  return { width, height: Math.ceil(y + padding - 4), lines, charts, footRule };
}
