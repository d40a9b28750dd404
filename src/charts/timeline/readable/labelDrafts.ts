import type { ScaleTime } from 'd3-scale';
import type { LanedEvents } from './laneAssignment';
import { wrapToWidth } from '../../../model/measureText';
import { wholeNumber } from '../../../model/counts';
import type { ReadableGeometry } from './layoutTypes';
import { itemAt } from './itemAt';
import type { StackItem } from './stackRows';
import {
  measureText,
  shapeLines,
  wrapShape,
  type LabelShape,
  type MeasureLabel,
  type TextMetrics,
} from './wrapLabel';

/** A mark and its label before they are given a row. */
export interface Draft {
  type: 'event' | 'cluster';
  lane: number;
  /** The event, or the first event of a cluster. */
  event: number;
  /** A cluster's members: positions [from, to) in its lane's members. */
  from: number;
  to: number;
  x: number;
  /** Span drawn behind the first row: an imprecise date, or a cluster's extent. */
  range: [number, number] | null;
  /** The label's text as wrapped; its lines are made only for the drafts drawn (see `draftLines`). */
  text: DraftText;
  chips: readonly Chip[];
  textWidth: number;
  placement: 'right' | 'left' | 'below';
  textX: number;
  item: StackItem;
}

export interface Chip {
  text: string;
  width: number;
  draft?: boolean;
}

/**
 * A label's text and where it breaks. Levels of detail are tried several times per zoom step and only
 * one is drawn, so the strings of its lines wait until then.
 */
export type DraftText =
  { metrics: TextMetrics; shape: LabelShape; suffix: string | null } | { lines: readonly string[] };

/** The lines of a draft's label. */
export function draftLines(d: Draft): readonly string[] {
  const { text } = d;
  return 'lines' in text ? text.lines : shapeLines(text.metrics, text.shape, text.suffix);
}

/** The chip that marks an entry still in draft. */
export const DRAFT_CHIP = 'draft';

/**
 * Memoizes what is measured of a text, per measuring function: it depends on nothing else, so the layout
 * stays pure, and a zoom step measures only the texts it has not met before.
 */
function perMeasure<T>(compute: (text: string, measure: MeasureLabel) => T) {
  const caches = new WeakMap<MeasureLabel, Map<string, T>>();
  return (text: string, measure: MeasureLabel): T => {
    let cache = caches.get(measure);
    if (cache === undefined) {
      cache = new Map();
      caches.set(measure, cache);
    }
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size > 50_000) cache.clear();
      value = compute(text, measure);
      cache.set(text, value);
    }
    return value;
  };
}

/** A title's words and the widths of each way of breaking it (see `measureText`). */
export const metricsOf = perMeasure(measureText);

/** The width of a short text drawn on every zoom step: a chip, a lane's name, "+ 12 more". */
export const widthOf = perMeasure((text, measure) => measure(text));

export interface Context {
  events: LanedEvents;
  x: ScaleTime<number, number>;
  width: number;
  measure: MeasureLabel;
  g: ReadableGeometry;
  /** Visible members of each lane: positions [from, to) in its members. */
  visible: [number, number][];
}

/** Lays the chips of an event on one line no wider than `maxWidth`; those that do not fit become "+N". */
function chipLine(names: readonly string[], maxWidth: number, c: Context): Chip[] {
  const chips: Chip[] = [];
  const chipWidth = (text: string) => widthOf(text, c.measure) + 2 * c.g.chipPad;
  let used = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] ?? '';
    const width = chipWidth(name);
    const rest = names.length - i - 1;
    const more = rest > 0 ? c.g.chipGap + chipWidth(`+${rest}`) : 0;
    if (used + width + more > maxWidth && chips.length > 0) {
      const text = `+${names.length - i}`;
      chips.push({ text, width: chipWidth(text) });
      return chips;
    }
    chips.push({ text: name, width });
    used += width + c.g.chipGap;
  }
  return chips;
}

/** Where a label goes and the box it takes with its mark. */
interface Placed {
  placement: Draft['placement'];
  textX: number;
  item: StackItem;
}

/**
 * Places a label `textWidth` px wide and `rows` rows tall beside a mark at `x`: right of its glyph, else
 * left of it, else under it; null when it cannot fit the plot. A label beside an event clears the
 * event's date span too (`clearSpan`), so its text is never drawn over the bar.
 */
function place(
  x: number,
  textWidth: number,
  range: [number, number] | null,
  clearSpan: boolean,
  rows: number,
  below: boolean,
  c: Context,
): Placed | null {
  const half = c.g.glyph / 2;
  const span = clearSpan ? range : null;
  const left = Math.min(x - half, span?.[0] ?? Infinity);
  const right = Math.max(x + half, span?.[1] ?? -Infinity);
  const need = c.g.labelGap + textWidth;
  let placement: Draft['placement'];
  let textX: number;
  let x0: number;
  let x1: number;
  let height = rows;
  if (right + need <= c.width) {
    placement = 'right';
    textX = right + c.g.labelGap;
    x0 = left;
    x1 = right + need;
  } else if (left - need >= 0) {
    placement = 'left';
    textX = left - c.g.labelGap;
    x0 = left - need;
    x1 = right;
  } else {
    if (textWidth > c.width) return null;
    placement = 'below';
    textX = Math.min(Math.max(0, x - textWidth / 2), c.width - textWidth);
    x0 = Math.min(textX, x - half);
    x1 = Math.max(textX + textWidth, x + half);
    height += 1;
  }
  if (range !== null) {
    x0 = Math.min(x0, range[0]);
    x1 = Math.max(x1, range[1]);
  }
  return { placement, textX, item: { x0, x1, rows: height, below } };
}

/**
 * A title wrapped to `wrap` px, with a suffix if any; in a plot too narrow for it, broken into as many
 * lines as it takes.
 */
function labelText(
  title: string,
  wrap: number,
  suffix: string | null,
  c: Context,
): { text: DraftText; width: number; lines: number } {
  const metrics = metricsOf(title, c.measure);
  const shape = wrapShape(metrics, wrap, suffix === null ? 0 : widthOf(` ${suffix}`, c.measure));
  if (shape.width <= c.width)
    return { text: { metrics, shape, suffix }, width: shape.width, lines: shape.breakAt === 0 ? 1 : 2 };
  const lines = wrapToWidth(suffix === null ? title : `${title} ${suffix}`, c.width, c.measure);
  return { text: { lines }, width: Math.max(...lines.map(c.measure)), lines: lines.length };
}

export function eventDraft(
  event: number,
  lane: number,
  below: boolean,
  wrap: number,
  c: Context,
): Draft | null {
  const { events, x, width, g } = c;
  const e = events.events[event];
  if (e === undefined) return null;
  const cx = x(events.at[event] ?? 0);
  let range: [number, number] | null = null;
  if (e.datePrecision !== 'day') {
    const a = Math.max(0, x(events.start[event] ?? 0));
    const b = Math.min(width, x(events.end[event] ?? 0));
    if (b - a > g.glyph) range = [a, b];
  }
  const label = labelText(e.title, wrap, null, c);
  const names = events.chips(event);
  const draftChip: Chip | null =
    e.draft === true
      ? { text: DRAFT_CHIP, width: widthOf(DRAFT_CHIP, c.measure) + 2 * g.chipPad, draft: true }
      : null;
  const room = Math.max(label.width, wrap) - (draftChip === null ? 0 : draftChip.width + g.chipGap);
  const named = names.length === 0 ? [] : chipLine(names, room, c);
  const chips = draftChip === null ? named : [draftChip, ...named];
  const chipsWidth = chips.reduce((sum, chip, i) => sum + chip.width + (i > 0 ? g.chipGap : 0), 0);
  const textWidth = Math.max(label.width, chipsWidth);
  const placed = place(cx, textWidth, range, true, label.lines + (chips.length > 0 ? 1 : 0), below, c);
  if (placed === null) return null;
  return {
    type: 'event',
    lane,
    event,
    from: 0,
    to: 0,
    x: cx,
    range,
    text: label.text,
    chips,
    textWidth,
    placement: placed.placement,
    textX: placed.textX,
    item: placed.item,
  };
}

export function clusterDraft(lane: number, from: number, to: number, wrap: number, c: Context): Draft | null {
  const members = itemAt(c.events.laneMembers, lane);
  const first = members[from] ?? 0;
  const last = members[to - 1] ?? first;
  const x0 = c.x(c.events.at[first] ?? 0);
  const x1 = c.x(c.events.at[last] ?? 0);
  const range: [number, number] | null = x1 - x0 > 1 ? [x0, x1] : null;
  const label = labelText(
    c.events.events[first]?.title ?? '',
    wrap,
    `+ ${wholeNumber(to - from - 1)} more`,
    c,
  );
  const placed = place(x0, label.width, range, false, label.lines, false, c);
  if (placed === null) return null;
  return {
    type: 'cluster',
    lane,
    event: first,
    from,
    to,
    x: x0,
    range,
    text: label.text,
    chips: [],
    textWidth: label.width,
    placement: placed.placement,
    textX: placed.textX,
    item: placed.item,
  };
}
