/**
 * Value labels of the marks over time: each label takes the first free spot around its mark (right,
 * left, above, below, the corners), else a spot further away with a leader line back to it; a label
 * never covers another label, another mark or a leader. A panel small enough is labelled in several
 * orders and the order that labels the most marks wins. Pure.
 */
import { boundPrefix, formatMoney } from '../../../model/money';
import type { FigureRow } from '../figureRows';
import { CHART_FONT } from './layoutSections';
import type { TimeMarkGeom } from './layoutTimePanels';
import type { PlacedFigure } from './placement';
import type { MeasureText } from './timeTicks';

const LABEL_OFFSET = 9;
/** Least space between two labels, so that two values side by side never read as one ("$198M$128M"). */
const LABEL_SPACING = 6;

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface LabelSpot {
  box: Box;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Whether the label sits away from its mark, with a leader line back to it. */
  leader: boolean;
  /** Where that leader meets the label. */
  leaderEnd?: { x: number; y: number };
}

const hits = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const grown = (b: Box, by: number): Box => ({
  x0: b.x0 - by,
  x1: b.x1 + by,
  y0: b.y0 - by / 3,
  y1: b.y1 + by / 3,
});

/** The gap between two boxes, 0 where they touch or overlap. */
export function boxGap(a: Box, b: Box): number {
  const dx = Math.max(0, a.x0 - b.x1, b.x0 - a.x1);
  const dy = Math.max(0, a.y0 - b.y1, b.y0 - a.y1);
  return Math.hypot(dx, dy);
}

/**
 * Whether a label box without a leader reads as its own mark's: it is strictly nearer that mark's
 * glyph than any other glyph. Two marks of one date, offset by a few px, otherwise share the spots above
 * and below them and a reader cannot tell which value is which.
 */
export function nearestIsOwn(box: Box, key: string, glyphs: readonly { key: string; box: Box }[]): boolean {
  const own = glyphs.find((g) => g.key === key);
  if (own === undefined) return true;
  const gap = boxGap(box, own.box);
  return glyphs.every((g) => g.key === key || boxGap(box, g.box) > gap);
}

/** "$1.54B, part of $2.53B" (or the value alone), with a warning sign first when the figure is flagged. */
export function timeLabelText(entry: PlacedFigure<FigureRow>, withWhole = true): string {
  const { amount } = entry.row;
  const flag = entry.row.flags.length > 0 ? '⚠ ' : '';
  const draft = amount.draft === true ? ' (draft)' : '';
  const value = `${flag}${boundPrefix(amount.bound)}${formatMoney(amount.usd, 'USD')}${draft}`;
  if (entry.whole === null || !withWhole) return value;
  return `${value}, part of ${boundPrefix(entry.whole.amount.bound)}${formatMoney(entry.whole.amount.usd, 'USD')}`;
}

/** Candidate label spots around a mark, nearest first: right, left, above, below, then the corners. */
function candidates(x: number, y: number, w: number): LabelSpot[] {
  const o = LABEL_OFFSET;
  const h = CHART_FONT;
  const spot = (lx: number, baseline: number, anchor: 'start' | 'middle' | 'end') => {
    const x0 = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
    const box = { x0, x1: x0 + w, y0: baseline - h + 2, y1: baseline + 3 };
    return { box, x: lx, y: baseline, anchor, leader: false };
  };
  return [
    spot(x + o, y + 4, 'start'),
    spot(x - o, y + 4, 'end'),
    spot(x, y - o - 1, 'middle'),
    spot(x, y + o + h, 'middle'),
    spot(x + o - 2, y - o, 'start'),
    spot(x + o - 2, y + o + h - 2, 'start'),
    spot(x - o + 2, y - o, 'end'),
    spot(x - o + 2, y + o + h - 2, 'end'),
    spot(x + o, y + 4 - 2 * h, 'start'),
    spot(x + o, y + 4 + 2 * h, 'start'),
    spot(x - o, y + 4 - 2 * h, 'end'),
    spot(x - o, y + 4 + 2 * h, 'end'),
    spot(x, y - o - 1 - h - 2, 'middle'),
    spot(x, y + o + 2 * h + 2, 'middle'),
  ];
}

/**
 * A spot further from a crowded mark, with a leader line back to it: rows above the mark (then below),
 * to its right (then left), at growing distances.
 */
function awaySpot(
  m: TimeMarkGeom,
  w: number,
  bounds: Box,
  free: (box: Box) => boolean,
  /** Boxes a leader line must not cross: labels and other marks. */
  blockers: readonly Box[],
): LabelSpot | undefined {
  const h = CHART_FONT;
  for (let step = 1; step < 12; step++) {
    for (const dy of [-step * (h + 3), step * (h + 3)]) {
      const baseline = m.y + 4 + dy;
      if (baseline - h < bounds.y0 || baseline + 3 > bounds.y1) continue;
      const spots: { x: number; anchor: 'start' | 'middle' | 'end' }[] = [{ x: m.x, anchor: 'middle' }];
      for (const reach of [0.3, 1, 2.5, 4.5]) {
        const dx = (LABEL_OFFSET + 8) * reach;
        spots.push({ x: m.x + dx, anchor: 'start' }, { x: m.x - dx, anchor: 'end' });
      }
      for (const spot of spots) {
        const x0 = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - w : spot.x - w / 2;
        const box = { x0, x1: x0 + w, y0: baseline - h + 2, y1: baseline + 3 };
        // The leader ends at the label's near side, or under (over) a label straight above (below).
        const end =
          spot.anchor === 'middle'
            ? { x: spot.x, y: dy < 0 ? box.y1 + 1 : box.y0 - 1 }
            : { x: spot.anchor === 'start' ? x0 - 2 : box.x1 + 2, y: baseline - 4 };
        if (free(box) && !blockers.some((b) => crosses(m.x, m.y, end.x, end.y, b))) {
          return { box, x: spot.x, y: baseline, anchor: spot.anchor, leader: true, leaderEnd: end };
        }
      }
    }
  }
  return undefined;
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through the box (sampled every 2 px). */
function crosses(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
  for (let i = 0; i <= steps; i++) {
    const x = x1 + ((x2 - x1) * i) / steps;
    const y = y1 + ((y2 - y1) * i) / steps;
    if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
  }
  return false;
}

type Leader = NonNullable<TimeMarkGeom['leader']>;
type Labelled = Pick<TimeMarkGeom, 'label' | 'leader'>;

/** Labels for the marks in one order: each takes the first free spot, the full text before the value alone. */
function labelsInOrder(
  order: readonly TimeMarkGeom[],
  obstacles: readonly { key: string; box: Box }[],
  glyphs: readonly { key: string; box: Box }[],
  bounds: Box,
  measure: MeasureText,
  callouts: boolean,
): Map<string, Labelled> {
  const labelBoxes: Box[] = [];
  const leaders: Leader[] = [];
  const result = new Map<string, Labelled>();
  for (const m of order) {
    const others = obstacles.filter((o) => o.key !== m.key).map((o) => o.box);
    // A leader may start on the stem of the whole the figure sits on.
    const wholeId = m.entry.whole?.id;
    const crossable = obstacles.filter((o) => o.key !== m.key && o.key !== wholeId).map((o) => o.box);
    const free = (box: Box) =>
      box.x0 >= bounds.x0 &&
      box.x1 <= bounds.x1 &&
      box.y0 >= bounds.y0 &&
      box.y1 <= bounds.y1 &&
      !labelBoxes.some((b) => hits(grown(b, LABEL_SPACING), box)) &&
      !others.some((b) => hits(b, box)) &&
      !leaders.some((l) => crosses(l.x1, l.y1, l.x2, l.y2, box));
    // The full label first; where it fits nowhere, the value alone (the link shows the whole).
    for (const text of [timeLabelText(m.entry), timeLabelText(m.entry, false)]) {
      const w = measure(text, CHART_FONT);
      const near = () =>
        candidates(m.x, m.y, w).find((c) => free(c.box) && nearestIsOwn(c.box, m.key, glyphs));
      const away = () => awaySpot(m, w, bounds, free, [...labelBoxes, ...crossable]);
      // Callouts: in a crowded cluster, labels stacked away from the marks with leaders read better.
      const spot = callouts ? (away() ?? near()) : (near() ?? away());
      if (spot === undefined) continue;
      labelBoxes.push(spot.box);
      let leader: Leader | null = null;
      if (spot.leaderEnd !== undefined) {
        leader = { x1: m.x, y1: m.y, x2: spot.leaderEnd.x, y2: spot.leaderEnd.y };
        leaders.push(leader);
      }
      result.set(m.key, { label: { text, x: spot.x, y: spot.y, anchor: spot.anchor }, leader });
      break;
    }
  }
  return result;
}

type MarkOrder = (a: TimeMarkGeom, b: TimeMarkGeom) => number;
const byUsd: MarkOrder = (a, b) => b.entry.row.amount.usd - a.entry.row.amount.usd;
const byX: MarkOrder = (a, b) => a.x - b.x;

/** Ways tried when a panel is small enough, best first: the one that labels the most marks wins. */
const LABEL_ORDERS: { order: MarkOrder; callouts: boolean }[] = [
  { order: byUsd, callouts: false },
  { order: byX, callouts: false },
  { order: (a, b) => byX(b, a), callouts: false },
  { order: (a, b) => byUsd(b, a), callouts: false },
  { order: byX, callouts: true },
  { order: (a, b) => byX(b, a), callouts: true },
];
const MAX_MARKS_FOR_ORDERS = 40;

/**
 * Sets each mark's label and leader. `obstacles` are what a label may not cover (glyphs, stems);
 * `glyphs` the marks' glyphs alone, which decide which mark a label next to them reads as belonging to.
 */
export function placeLabels(
  marks: TimeMarkGeom[],
  obstacles: readonly { key: string; box: Box }[],
  glyphs: readonly { key: string; box: Box }[],
  bounds: Box,
  measure: MeasureText,
): void {
  let best: Map<string, Labelled> | null = null;
  const orders = marks.length <= MAX_MARKS_FOR_ORDERS ? LABEL_ORDERS : LABEL_ORDERS.slice(0, 1);
  for (const { order, callouts } of orders) {
    const labels = labelsInOrder(marks.slice().sort(order), obstacles, glyphs, bounds, measure, callouts);
    if (best === null || labels.size > best.size) best = labels;
    if (labels.size === marks.length) break;
  }
  for (const m of marks) {
    const found = best?.get(m.key);
    m.label = found?.label ?? null;
    m.leader = found?.leader ?? null;
  }
}
