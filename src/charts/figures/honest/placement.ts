/**
 * Where each figure goes in the figures charts and table: in which section, in what order, and under
 * which whole. The rules that keep a reader from reading a part as a separate sum:
 *
 * - A figure whose whole (`partOf`) is in view is drawn directly under it, indented, one level deeper,
 *   and says "part of …". Its family (a whole and all its parts) sits in the section of the top whole,
 *   so "$325M package" sits under the "$35.4B" running total it is part of.
 * - Only the top figures of families are ranked (sorted) against each other; parts are ranked among
 *   the other parts of the same whole. A whole is therefore never ranked among its own parts.
 * - A whole hidden by the filters is still named ("part of …"), and the part keeps a marker of its
 *   value; the nearest whole that is in view, if any, is the one the part is drawn under.
 * - A part drawn with its whole in another section is listed in its own section as "shown with its
 *   whole", so counting a section never loses it.
 *
 * Cycles in `partOf` (bad data) are broken at the figure with the smallest id, which becomes a top
 * figure. Pure: the same rows and comparator give the same placement.
 */
import { quickselect } from 'd3-array';
import type { Amount } from '../../../data/schema';
import { SECTIONS, sectionOf, type SectionId, type SectionInfo } from './sections';

/** What placement reads of a figure; the chart's FigureRow has these fields. */
export interface PlaceableRow {
  id: string;
  amount: Pick<Amount, 'id' | 'label' | 'usd' | 'partOf' | 'cumulative' | 'kind' | 'stage'>;
}

export interface PlacedFigure<R extends PlaceableRow> {
  row: R;
  /** 0 for a figure ranked in its section; n for a part drawn n levels under the top of its family. */
  depth: number;
  /** The drawn figure this one is directly under, or null at depth 0. */
  parent: R | null;
  /** The figure named by `partOf` (looked up in the whole dataset), or null when it is not a part. */
  whole: R | null;
  /** Whether it is drawn directly under that whole (else the part only marks where the whole is). */
  wholeDrawn: boolean;
  /** The section this figure belongs to by its own fields. */
  ownSection: SectionId;
  /** The id of the top figure of its family (its own id at depth 0). */
  root: string;
}

export interface PlacedSection<R extends PlaceableRow> {
  info: SectionInfo;
  /** The drawn figures, top to bottom: each family's top figure followed by its parts, depth first. */
  entries: PlacedFigure<R>[];
  /** Figures of this section's kind drawn with their whole in another section. */
  elsewhere: PlacedFigure<R>[];
  /** How many figures belong in this section (drawn here or not), before any limit. */
  total: number;
}

export interface Placement<R extends PlaceableRow> {
  /** The sections that have figures, in the order of SECTIONS. */
  sections: PlacedSection<R>[];
  /** Figures drawn, and figures given. */
  shown: number;
  total: number;
}

export interface PlacementOptions<R extends PlaceableRow> {
  /** Order of top figures within a section, and of parts within a whole. */
  compare: (a: R, b: R) => number;
  /** Any figure of the dataset by id, for wholes that the filters hide. */
  lookup: (id: string) => R | undefined;
  /** Rows drawn at most; whole families are kept while they fit, largest top figure first. */
  limit?: number;
}

/** Largest USD value first; ties by id, so the order never depends on the input order. */
export function byUsdDescending(a: PlaceableRow, b: PlaceableRow): number {
  return b.amount.usd - a.amount.usd || compareIds(a.id, b.id);
}

/** Ids in code-point order: the tie-break of `byUsdDescending`. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The first `count` rows by `byUsdDescending` (more when values tie), in that order: the rows from the
 * `count`-th largest value up, found by selecting among the values as numbers, so only those few are
 * compared as rows. A chart of 40 rows out of 20,000 figures sorts 40, not 20,000.
 */
function largestFirst<R extends PlaceableRow>(rows: readonly R[], count: number): R[] {
  return largestFirstBy(rows, count, (r) => r.amount.usd, byUsdDescending);
}

/**
 * The first `count` items by `compare`, an order that puts larger values of `valueOf` first (more items
 * when values tie): the items from the `count`-th largest value up, found by selecting among the values
 * as numbers, then sorted.
 */
export function largestFirstBy<T>(
  items: readonly T[],
  count: number,
  valueOf: (item: T) => number,
  compare: (a: T, b: T) => number,
): T[] {
  const values = new Float64Array(items.length);
  items.forEach((item, i) => {
    values[i] = valueOf(item);
  });
  if (count >= items.length || values.some(Number.isNaN)) return items.slice().sort(compare);
  if (count <= 0) return [];
  const k = items.length - count;
  const least = quickselect(values.slice(), k)[k] ?? -Infinity;
  return items.filter((_, i) => (values[i] ?? -Infinity) >= least).sort(compare);
}

/** The nearest figure up the `partOf` chain that is in view, following hidden wholes; null if none. */
function nearestWholeInView<R extends PlaceableRow>(
  row: R,
  inView: ReadonlyMap<string, R>,
  lookup: (id: string) => R | undefined,
): string | null {
  let id = row.amount.partOf ?? null;
  if (id === null) return null;
  const seen = new Set([row.id]);
  while (id !== null && !seen.has(id)) {
    if (inView.has(id)) return id;
    seen.add(id);
    id = lookup(id)?.amount.partOf ?? null;
  }
  return null;
}

/** Parents in view with every cycle broken at its smallest id. */
function parentsWithoutCycles(parent: Map<string, string | null>): void {
  const done = new Set<string>();
  for (const [start, first] of parent) {
    // A top figure starts no cycle; most figures are one.
    if (first === null) continue;
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | null = start;
    while (id !== null && !done.has(id) && !onPath.has(id)) {
      path.push(id);
      onPath.add(id);
      id = parent.get(id) ?? null;
    }
    if (id !== null && onPath.has(id)) {
      const cycle = path.slice(path.indexOf(id));
      const smallest = cycle.reduce((a, b) => (compareIds(a, b) <= 0 ? a : b));
      parent.set(smallest, null);
    }
    for (const p of path) done.add(p);
  }
}

/** Places the figures in view (see the rules at the top of this file). */
export function placeFigures<R extends PlaceableRow>(
  rows: readonly R[],
  options: PlacementOptions<R>,
): Placement<R> {
  const { compare, lookup, limit = Infinity } = options;
  const inView = new Map<string, R>();
  for (const row of rows) if (!inView.has(row.id)) inView.set(row.id, row);

  const parent = new Map<string, string | null>();
  for (const row of inView.values()) parent.set(row.id, nearestWholeInView(row, inView, lookup));
  parentsWithoutCycles(parent);

  const children = new Map<string, R[]>();
  const roots: R[] = [];
  for (const row of inView.values()) {
    const p = parent.get(row.id) ?? null;
    if (p === null) roots.push(row);
    else {
      const list = children.get(p);
      if (list === undefined) children.set(p, [row]);
      else list.push(row);
    }
  }
  for (const list of children.values()) list.sort(compare);

  const familyOrder = (root: R): R[] => {
    const out: R[] = [];
    const stack = [root];
    for (let row = stack.pop(); row !== undefined; row = stack.pop()) {
      out.push(row);
      const kids = children.get(row.id) ?? [];
      stack.push(...kids.slice().reverse());
    }
    return out;
  };

  // Which rows are drawn: whole families, largest top figure first, until the limit. Each family taken
  // draws at least its top figure, so only the `limit` largest top figures can be taken.
  const drawn = new Set<string>();
  let drawnRoots = roots;
  if (limit >= inView.size) for (const id of inView.keys()) drawn.add(id);
  else {
    drawnRoots = [];
    let budget = Math.max(0, Math.floor(limit));
    for (const root of largestFirst(roots, budget)) {
      if (budget === 0) break;
      drawnRoots.push(root);
      for (const row of familyOrder(root).slice(0, budget)) drawn.add(row.id);
      budget = Math.max(0, limit - drawn.size);
    }
  }

  const sections = new Map<SectionId, PlacedSection<R>>(
    SECTIONS.map((info) => [info.id, { info, entries: [], elsewhere: [], total: 0 }]),
  );
  const section = (id: SectionId): PlacedSection<R> => {
    const found = sections.get(id);
    if (found === undefined) throw new Error(`No section "${id}"`);
    return found;
  };
  // Every family counts in its top figure's section, drawn or not; the order matters only for those drawn.
  for (const root of roots) {
    section(sectionOf(root.amount)).total += children.has(root.id) ? familyOrder(root).length : 1;
  }
  const placedIn = new Map<string, SectionId>();
  for (const root of drawnRoots.slice().sort(compare)) {
    const home = sectionOf(root.amount);
    const depthOf = new Map<string, number>([[root.id, 0]]);
    for (const row of familyOrder(root)) {
      if (!drawn.has(row.id)) continue;
      const parentId = parent.get(row.id) ?? null;
      const depth = parentId === null ? 0 : (depthOf.get(parentId) ?? 0) + 1;
      depthOf.set(row.id, depth);
      const wholeId = row.amount.partOf ?? null;
      const whole = wholeId === null ? null : (inView.get(wholeId) ?? lookup(wholeId) ?? null);
      section(home).entries.push({
        row,
        depth,
        parent: parentId === null ? null : (inView.get(parentId) ?? null),
        whole,
        wholeDrawn: parentId !== null && parentId === wholeId,
        ownSection: sectionOf(row.amount),
        root: root.id,
      });
      placedIn.set(row.id, home);
    }
  }
  for (const s of sections.values()) {
    for (const entry of s.entries) {
      if (entry.ownSection !== s.info.id) section(entry.ownSection).elsewhere.push(entry);
    }
  }
  return {
    sections: [...sections.values()].filter((s) => s.total > 0 || s.elsewhere.length > 0),
    shown: placedIn.size,
    total: inView.size,
  };
}

/** "part of NATO framework contracts for key ammunition", or null for a figure that is not a part. */
export function partOfText(entry: Pick<PlacedFigure<PlaceableRow>, 'row' | 'whole'>): string | null {
  const wholeId = entry.row.amount.partOf ?? null;
  if (wholeId === null) return null;
  return entry.whole === null
    ? `part of a figure not in the dataset (${wholeId})`
    : `part of ${entry.whole.amount.label}`;
}
