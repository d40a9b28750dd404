import { describe, expect, it } from 'vitest';
import { binLane } from './binLane';
import { labelBeside } from './labels';
import { laneColumns, placeColumns } from './laneColumns';
import { stackRowsWithin } from './levelOfDetail';
import { connectorsOf } from './links';
import { estimateText } from './timelineText';

const cell = (from: number, to: number) => ({ from, to, x0: from * 10, x1: from * 10 + 10 });

describe('binLane', () => {
  it('puts each time in the column of its multiple of the column length, keeping order', () => {
    const at = Float64Array.from([0, 5, 12, 13, 40, 99]);
    const cells = binLane(at, [0, 50], 10, 0, 1);
    expect(cells.map((c) => [c.from, c.to])).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
    expect(cells[1]).toMatchObject({ x0: 10, x1: 20 });
  });
});

describe('stackRowsWithin', () => {
  it('stacks a lane’s height of glyphs when they fit the budget, else one, else none', () => {
    const lanes = [[cell(0, 3), cell(3, 4)], [cell(0, 2)]];
    expect(stackRowsWithin(lanes, 3, 10)).toBe(3);
    expect(stackRowsWithin(lanes, 3, 3)).toBe(1);
    expect(stackRowsWithin(lanes, 3, 0)).toBe(0);
  });
});

describe('laneColumns and placeColumns', () => {
  it('turns small columns into stacks and large ones into counted clusters', () => {
    const members = Int32Array.from([7, 8, 9, 10]);
    const at = Float64Array.from([1, 2, 3, 4]);
    const columns = laneColumns([cell(0, 1), cell(1, 4)], members, at, 2, (t) => t);
    expect(columns[0]).toEqual({ type: 'stack', x: 1, events: [7] });
    expect(columns[1]).toMatchObject({ type: 'cluster', count: 3, first: 8, last: 10 });
  });

  it('merges stacks closer than a glyph, and keeps the count when they become a cluster', () => {
    const merged = placeColumns(
      [
        { type: 'stack', x: 0, events: [1] },
        { type: 'stack', x: 4, events: [2] },
      ],
      2,
      11,
    );
    expect(merged).toEqual([{ type: 'stack', x: 2, events: [1, 2] }]);
    const clustered = placeColumns(
      [
        { type: 'stack', x: 0, events: [1, 2] },
        { type: 'stack', x: 4, events: [3] },
      ],
      2,
      11,
    );
    expect(clustered).toMatchObject([{ type: 'cluster', count: 3, first: 1, last: 3 }]);
  });
});

describe('labelBeside', () => {
  const room = { x: 0, half: 5, next: undefined, width: 400 };

  it('puts the badge first and the title after it', () => {
    const label = labelBeside(room, { badge: '$325M', title: 'A package' }, estimateText, 44);
    expect(label?.badge).toMatchObject({ text: '$325M', x: 9 });
    expect(label?.title?.text).toBe('A package');
    expect(label?.title?.x).toBeGreaterThan((label?.badge?.x ?? 0) + (label?.badge?.width ?? 0));
  });

  it('stops short of the next mark, and draws nothing where nothing fits', () => {
    const next = { type: 'stack' as const, x: 30, events: [1] };
    expect(
      labelBeside({ ...room, next }, { badge: undefined, title: 'A title' }, estimateText, 44),
    ).toBeNull();
  });
});

describe('connectorsOf', () => {
  it('links the glyphs of an event drawn in several lanes, top to bottom', () => {
    const glyph = (event: number, lane: number, y: number) => ({ event, lane, x: 5, y, range: null });
    expect(connectorsOf([glyph(1, 0, 30), glyph(2, 0, 30), glyph(1, 1, 10)])).toEqual([
      {
        event: 1,
        points: [
          [5, 10],
          [5, 30],
        ],
      },
    ]);
  });
});
