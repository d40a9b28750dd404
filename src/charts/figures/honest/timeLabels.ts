/**
 * Value labels of the marks over time: each label takes the first free spot around its mark (right,
 * left, above, below, the corners), else a spot a little further away with a short leader line back to
 * it, else none; a label never covers another label, another mark or a leader, and no leader crosses
 * another. A panel small enough is labelled in several
 * orders and the order that labels the most marks wins. Pure.
 */
import { formatUsdBound } from '../../../model/money';
import type { FigureRow } from '../figureRows';
import { CHART_FONT } from './layoutSections';
import type { TimeMarkGeom } from './layoutTimePanels';
import type { PlacedFigure } from './placement';
import type { MeasureText } from './timeTicks';
import { boxGap, crosses, grown, hits, segmentsCross, type Box, type Segment } from './labelGeometry';

const LABEL_OFFSET = 9;
/** Least space between two labels, so that two values side by side never read as one ("$198M$128M"). */
const LABEL_SPACING = 6;

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

/**
 * Whether a label box without a leader reads as its own mark's: it is strictly nearer that mark's
 * glyph than any other glyph. Two marks of one date, offset by a few px, otherwise share the spots above
 * and below them and a reader cannot tell which value is which.
 */
export function nearestIsOwn(box: Box, key: string, glyphs: readonly { key: string; box: Box }[]): boolean {
  const own = glyphs.find((g) => g.key === key);
  if (own === undefined) return true;
  const gap = boxGap(box, own.box);
  // Nearest by edge and by centre: a label over the corner of its glyph but centred over the next one
  // reads as the next one's.
  const centre = centreGap(box, own.box);
  return glyphs.every((g) => g.key === key || (boxGap(box, g.box) > gap && centreGap(box, g.box) > centre));
}

function centreGap(box: Box, glyph: Box): number {
  const x = (glyph.x0 + glyph.x1) / 2;
  const y = (glyph.y0 + glyph.y1) / 2;
  return boxGap(box, { x0: x, x1: x, y0: y, y1: y });
}

/**
 * "$1.54B, part of $2.53B", shorter "$1.54B of $2.53B", or the value alone. A flagged figure's flag
 * is drawn before it (FlagMarker), in room its label's box keeps for it.
 */
export function timeLabelText(
  entry: PlacedFigure<FigureRow>,
  whole: 'part of' | 'of' | 'none' = 'part of',
): string {
  const { amount } = entry.row;
  const draft = amount.draft === true ? ' (draft)' : '';
  const value = `${formatUsdBound(amount)}${draft}`;
  if (entry.whole === null || whole === 'none') return value;
  const of = formatUsdBound(entry.whole.amount);
  return whole === 'of' ? `${value} of ${of}` : `${value}, part of ${of}`;
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
 * How far a leader may reach from its mark. A label further away sits at the height of another value
 * and reads as it; a mark that finds no spot this near goes unlabelled (the table and notes count it).
 */
export const MAX_LEADER = 44;
/** How far any label's box may be from its mark's centre: a leader's reach and the gap at its end. */
export const MAX_LABEL_DISTANCE = MAX_LEADER + 4;

/**
 * A spot near a crowded mark, with a leader line back to it: one or two rows above or below it, or at
 * its own height, straight over it or to either side, the shortest leader first. The leader crosses no
 * label, no other mark and no other leader.
 */
function awaySpot(
  m: TimeMarkGeom,
  w: number,
  bounds: Box,
  free: (box: Box) => boolean,
  /** Boxes a leader line must not cross: labels and other marks. */
  blockers: readonly Box[],
  leaders: readonly Segment[],
): LabelSpot | undefined {
  const h = CHART_FONT;
  const spots: (LabelSpot & { length: number })[] = [];
  for (const row of [-2, -1, 0, 1, 2]) {
    const dy = row * (h + 3);
    const baseline = m.y + 4 + dy;
    if (baseline - h < bounds.y0 || baseline + 3 > bounds.y1) continue;
    const places: { x: number; anchor: 'start' | 'middle' | 'end' }[] =
      row === 0 ? [] : [{ x: m.x, anchor: 'middle' }];
    for (const reach of [0.3, 1, 1.75, 2.5]) {
      const dx = (LABEL_OFFSET + 8) * reach;
      places.push({ x: m.x + dx, anchor: 'start' }, { x: m.x - dx, anchor: 'end' });
    }
    for (const place of places) {
      const x0 = place.anchor === 'start' ? place.x : place.anchor === 'end' ? place.x - w : place.x - w / 2;
      const box = { x0, x1: x0 + w, y0: baseline - h + 2, y1: baseline + 3 };
      // The leader ends at the label's near side, or under (over) a label straight above (below).
      const end =
        place.anchor === 'middle'
          ? { x: place.x, y: dy < 0 ? box.y1 + 1 : box.y0 - 1 }
          : { x: place.anchor === 'start' ? x0 - 2 : box.x1 + 2, y: baseline - 4 };
      const length = Math.hypot(end.x - m.x, end.y - m.y);
      if (length > MAX_LEADER) continue;
      spots.push({
        box,
        x: place.x,
        y: baseline,
        anchor: place.anchor,
        leader: true,
        leaderEnd: end,
        length,
      });
    }
  }
  spots.sort((a, b) => a.length - b.length);
  return spots.find((spot) => {
    const end = spot.leaderEnd ?? { x: m.x, y: m.y };
    return (
      free(spot.box) &&
      !blockers.some((b) => crosses(m.x, m.y, end.x, end.y, b)) &&
      !leaders.some((l) => segmentsCross(l, { x1: m.x, y1: m.y, x2: end.x, y2: end.y }))
    );
  });
}

type Labelled = Pick<TimeMarkGeom, 'label' | 'leader' | 'flag'>;

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
  const leaders: Segment[] = [];
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
    // The full label first, then "$1.54B of $2.53B"; the value alone only where a link shows the whole.
    const texts = [
      timeLabelText(m.entry),
      timeLabelText(m.entry, 'of'),
      ...(m.link === null ? [] : [timeLabelText(m.entry, 'none')]),
    ];
    const flagRoom = m.entry.row.flags.length > 0 ? FLAG_SIZE + FLAG_GAP : 0;
    for (const text of new Set(texts)) {
      const w = flagRoom + measure(text, CHART_FONT);
      const near = () =>
        candidates(m.x, m.y, w).find((c) => free(c.box) && nearestIsOwn(c.box, m.key, glyphs));
      const away = () => awaySpot(m, w, bounds, free, [...labelBoxes, ...crossable], leaders);
      // Callouts: in a crowded cluster, labels stacked away from the marks with leaders read better.
      const spot = callouts ? (away() ?? near()) : (near() ?? away());
      if (spot === undefined) continue;
      labelBoxes.push(spot.box);
      let leader: Segment | null = null;
      if (spot.leaderEnd !== undefined) {
        leader = { x1: m.x, y1: m.y, x2: spot.leaderEnd.x, y2: spot.leaderEnd.y };
        leaders.push(leader);
      }
      // The flag starts the label's box, and the text follows it.
      const label: Labelled['label'] =
        flagRoom === 0
          ? { text, x: spot.x, y: spot.y, anchor: spot.anchor }
          : { text, x: spot.box.x0 + flagRoom, y: spot.y, anchor: 'start' };
      const flag = flagRoom === 0 ? null : { x: spot.box.x0, y: spot.y - FLAG_SIZE + 3 };
      result.set(m.key, { label, leader, flag });
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
  // A flagged figure is labelled first: its label carries the flag, which otherwise needs a spot of its own.
  const flagged = (m: TimeMarkGeom) => (m.entry.row.flags.length > 0 ? 0 : 1);
  for (const { order, callouts } of orders) {
    const sorted = marks.slice().sort((a, b) => flagged(a) - flagged(b) || order(a, b));
    const labels = labelsInOrder(sorted, obstacles, glyphs, bounds, measure, callouts);
    if (best === null || labels.size > best.size) best = labels;
    if (labels.size === marks.length) break;
  }
  for (const m of marks) {
    const found = best?.get(m.key);
    m.label = found?.label ?? null;
    m.leader = found?.leader ?? null;
    m.flag = found?.flag ?? null;
  }
  placeFlags(marks, glyphs, bounds, measure);
}

/** The side of a flag mark's square (FlagMarker). */
export const FLAG_SIZE = 14;
/** Between a label's flag and its text. */
const FLAG_GAP = 3;

/** The box a placed label covers. */
export function labelBox(label: NonNullable<TimeMarkGeom['label']>, measure: MeasureText): Box {
  const w = measure(label.text, CHART_FONT);
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0, x1: x0 + w, y0: label.y - CHART_FONT + 2, y1: label.y + 3 };
}

/**
 * Puts the flag of each flagged mark without a label (a labelled one has it in its label) beside it (left, right, above, then a little
 * further), clear of every glyph, label and other flag; none where no spot is clear.
 */
function placeFlags(
  marks: TimeMarkGeom[],
  glyphs: readonly { key: string; box: Box }[],
  bounds: Box,
  measure: MeasureText,
): void {
  const s = FLAG_SIZE;
  const flagBox = (p: { x: number; y: number }) => ({ x0: p.x, x1: p.x + s, y0: p.y, y1: p.y + s });
  const taken: Box[] = [
    ...glyphs.map((g) => grown(g.box, 2)),
    ...marks.flatMap((m) => (m.label === null ? [] : [labelBox(m.label, measure)])),
    ...marks.flatMap((m) => (m.flag === null ? [] : [flagBox(m.flag)])),
  ];
  for (const m of marks) {
    if (m.label !== null || m.entry.row.flags.length === 0) continue;
    m.flag = null;
    const spots = [
      { x: m.x - 24, y: m.y - 7 },
      { x: m.x + 10, y: m.y - 7 },
      { x: m.x - 7, y: m.y - 24 },
      { x: m.x - 20, y: m.y - 24 },
      { x: m.x + 6, y: m.y - 24 },
    ];
    const spot = spots.find((p) => {
      const box = flagBox(p);
      const inside = box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
      return inside && !taken.some((t) => hits(t, box));
    });
    if (spot === undefined) continue;
    m.flag = spot;
    taken.push(flagBox(spot));
  }
}
