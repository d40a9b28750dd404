/**
 * The kinds of event: how each is named, and the shape of its glyph (so that kinds are told apart
 * without colour; their colours are in colors.ts with the rest of the palette).
 */
import type { EventKind } from '../data/schema';

/** How each kind of event is named in the legend, lanes, tables and details. */
export const KIND_LABELS: Record<EventKind, string> = {
  visit: 'Visit',
  meeting: 'Meeting',
  statement: 'Statement',
  announcement: 'Announcement',
  contract: 'Contract',
  budget: 'Budget',
  attack: 'Attack',
  military: 'Military action',
  report: 'Report',
  reaction: 'Reaction',
  decision: 'Decision',
};

/** A shape per kind of event. */
export const KIND_SHAPES: Record<EventKind, Shape> = {
  visit: 'circle',
  meeting: 'square',
  statement: 'diamond',
  announcement: 'star',
  contract: 'hexagon',
  budget: 'pentagon',
  attack: 'times',
  military: 'triangle',
  report: 'page',
  reaction: 'triangleDown',
  decision: 'plus',
};

export type Shape =
  | 'circle'
  | 'square'
  | 'diamond'
  | 'star'
  | 'hexagon'
  | 'pentagon'
  | 'times'
  | 'triangle'
  | 'page'
  | 'triangleDown'
  | 'plus';

const round = (n: number) => Math.round(n * 100) / 100;

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

function regular(sides: number, r: number, rotation: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

function cross(r: number, arm: number, angle: number): string {
  const base: [number, number][] = [
    [-arm, -r],
    [arm, -r],
    [arm, -arm],
    [r, -arm],
    [r, arm],
    [arm, arm],
    [arm, r],
    [-arm, r],
    [-arm, arm],
    [-r, arm],
    [-r, -arm],
    [-arm, -arm],
  ];
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return polygon(base.map(([x, y]) => [x * cos - y * sin, x * sin + y * cos]));
}

/** The SVG path of a shape centred on 0,0 that fits a box of `size` px, with about the same visual weight. */
export function shapePath(shape: Shape, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${round(r)},0A${round(r)},${round(r)} 0 1 1 ${round(-r)},0A${round(r)},${round(r)} 0 1 1 ${round(r)},0Z`;
    case 'square':
      return polygon([
        [-r * 0.88, -r * 0.88],
        [r * 0.88, -r * 0.88],
        [r * 0.88, r * 0.88],
        [-r * 0.88, r * 0.88],
      ]);
    case 'diamond':
      return polygon([
        [0, -r * 1.1],
        [r * 0.85, 0],
        [0, r * 1.1],
        [-r * 0.85, 0],
      ]);
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, i): [number, number] => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const radius = i % 2 === 0 ? r * 1.1 : r * 0.45;
          return [radius * Math.cos(a), radius * Math.sin(a)];
        }),
      );
    case 'hexagon':
      return polygon(regular(6, r, 0));
    case 'pentagon':
      return polygon(regular(5, r * 1.05, -Math.PI / 2));
    case 'times':
      return cross(r * 1.05, r * 0.32, Math.PI / 4);
    case 'plus':
      return cross(r, r * 0.34, 0);
    case 'triangle':
      return polygon(regular(3, r * 1.15, -Math.PI / 2).map(([x, y]) => [x, y + r * 0.2]));
    case 'triangleDown':
      return polygon(regular(3, r * 1.15, Math.PI / 2).map(([x, y]) => [x, y - r * 0.2]));
    case 'page':
      return polygon([
        [-r * 0.7, -r],
        [r * 0.3, -r],
        [r * 0.7, -r * 0.6],
        [r * 0.7, r],
        [-r * 0.7, r],
      ]);
  }
}

const cache = new Map<string, string>();

/** The glyph path of a kind of event at a size (cached: there are few kinds and sizes). */
export function glyphPath(kind: EventKind, size: number): string {
  const key = `${kind}:${size}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = shapePath(KIND_SHAPES[kind], size);
    cache.set(key, path);
  }
  return path;
}
