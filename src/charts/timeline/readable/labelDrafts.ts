import type { ScaleTime } from 'd3-scale';
import type { LanedEvents } from './laneAssignment';
import { wrapToWidth } from '../../../model/measureText';
import type { ReadableGeometry } from './layoutTypes';
import { itemAt } from './itemAt';
import type { StackItem } from './stackRows';
import {
  measureText,
  wrapMeasured,
  type MeasureLabel,
  type TextMetrics,
  type WrappedLabel,
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
  lines: readonly string[];
  chips: { text: string; width: number; draft?: boolean }[];
  textWidth: number;
  placement: 'right' | 'left' | 'below';
  textX: number;
  item: StackItem;
}

/** The chip that marks an entry still in draft. */
export const DRAFT_CHIP = 'draft';

const metricsCache = new WeakMap<MeasureLabel, Map<string, TextMetrics>>();

/** Text metrics are cached per measuring function: they depend on nothing else, so the layout stays pure. */
export function metricsOf(text: string, measure: MeasureLabel): TextMetrics {
  let cache = metricsCache.get(measure);
  if (cache === undefined) {
    cache = new Map();
    metricsCache.set(measure, cache);
  }
  let metrics = cache.get(text);
  if (metrics === undefined) {
    if (cache.size > 50_000) cache.clear();
    metrics = measureText(text, measure);
    cache.set(text, metrics);
  }
  return metrics;
}

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
function chipLine(names: readonly string[], maxWidth: number, c: Context): { text: string; width: number }[] {
  const chips: { text: string; width: number }[] = [];
  const widthOf = (text: string) => c.measure(text) + 2 * c.g.chipPad;
  let used = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] ?? '';
    const width = widthOf(name);
    const rest = names.length - i - 1;
    const more = rest > 0 ? c.g.chipGap + widthOf(`+${rest}`) : 0;
    if (used + width + more > maxWidth && chips.length > 0) {
      const text = `+${names.length - i}`;
      chips.push({ text, width: widthOf(text) });
      return chips;
    }
    chips.push({ text: name, width });
    used += width + c.g.chipGap;
  }
  return chips;
}

/** Places a label right of its glyph, else left of it, else under it; null when it cannot fit the plot. */
function place(
  draft: Omit<Draft, 'placement' | 'textX' | 'item'>,
  rows: number,
  below: boolean,
  c: Context,
): Draft | null {
  const half = c.g.glyph / 2;
  const need = half + c.g.labelGap + draft.textWidth;
  let placement: Draft['placement'];
  let textX: number;
  let x0: number;
  let x1: number;
  let height = rows;
  if (draft.x + need <= c.width) {
    placement = 'right';
    textX = draft.x + half + c.g.labelGap;
    x0 = draft.x - half;
    x1 = draft.x + need;
  } else if (draft.x - need >= 0) {
    placement = 'left';
    textX = draft.x - half - c.g.labelGap;
    x0 = draft.x - need;
    x1 = draft.x + half;
  } else {
    if (draft.textWidth > c.width) return null;
    placement = 'below';
    textX = Math.min(Math.max(0, draft.x - draft.textWidth / 2), c.width - draft.textWidth);
    x0 = Math.min(textX, draft.x - half);
    x1 = Math.max(textX + draft.textWidth, draft.x + half);
    height += 1;
  }
  if (draft.range !== null) {
    x0 = Math.min(x0, draft.range[0]);
    x1 = Math.max(x1, draft.range[1]);
  }
  return { ...draft, placement, textX, item: { x0, x1, rows: height, below } };
}

/** A label as wrapped, or, in a plot too narrow for it, broken into as many lines as it takes. */
function fitWidth(label: WrappedLabel, text: string, suffix: string | null, c: Context): WrappedLabel {
  if (label.width <= c.width) return label;
  const lines = wrapToWidth(suffix === null ? text : `${text} ${suffix}`, c.width, c.measure);
  return { lines, width: Math.max(...lines.map(c.measure)) };
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
  const label = fitWidth(wrapMeasured(metricsOf(e.title, c.measure), wrap), e.title, null, c);
  const names = events.chips(event);
  const draft =
    e.draft === true ? [{ text: DRAFT_CHIP, width: c.measure(DRAFT_CHIP) + 2 * g.chipPad, draft: true }] : [];
  const room = Math.max(label.width, wrap) - draft.reduce((sum, chip) => sum + chip.width + g.chipGap, 0);
  const chips = [...draft, ...(names.length === 0 ? [] : chipLine(names, room, c))];
  const chipsWidth = chips.reduce((sum, chip, i) => sum + chip.width + (i > 0 ? g.chipGap : 0), 0);
  return place(
    {
      type: 'event',
      lane,
      event,
      from: 0,
      to: 0,
      x: cx,
      range,
      lines: label.lines,
      chips,
      textWidth: Math.max(label.width, chipsWidth),
    },
    label.lines.length + (chips.length > 0 ? 1 : 0),
    below,
    c,
  );
}

export function clusterDraft(lane: number, from: number, to: number, wrap: number, c: Context): Draft | null {
  const members = itemAt(c.events.laneMembers, lane);
  const first = members[from] ?? 0;
  const last = members[to - 1] ?? first;
  const x0 = c.x(c.events.at[first] ?? 0);
  const x1 = c.x(c.events.at[last] ?? 0);
  const text = `+ ${to - from - 1} more`;
  const title = c.events.events[first]?.title ?? '';
  const label = fitWidth(
    wrapMeasured(metricsOf(title, c.measure), wrap, { text, width: c.measure(` ${text}`) }),
    title,
    text,
    c,
  );
  return place(
    {
      type: 'cluster',
      lane,
      event: first,
      from,
      to,
      x: x0,
      range: x1 - x0 > 1 ? [x0, x1] : null,
      lines: label.lines,
      chips: [],
      textWidth: label.width,
    },
    label.lines.length,
    false,
    c,
  );
}
