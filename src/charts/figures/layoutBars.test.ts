import { describe, expect, it } from 'vitest';
import { buildFigureRows } from './figureRows';
import { buildChartItems } from './chartItems';
import { wholeIndex } from './grouping';
import { AXIS_HEIGHT, layoutBars, plotRange, valueTextOf } from './layoutBars';
import { makeValueScale, valueExtent } from './scales';
import { estimateTextWidth } from '../../model/measureText';
import { bundled, bundledActor, figures } from '../../test/bundledDataset';

const rows = buildFigureRows(bundled.amounts, bundled);
const wholeOf = wholeIndex(rows);

function layout(width: number, scale: 'log' | 'linear', group: 'all' | 'donor' = 'all') {
  const { items } = buildChartItems(rows, { sort: 'value', group, limit: 40, wholeOf });
  const x = makeValueScale(scale, valueExtent(rows.map((r) => r.amount.usd)), plotRange(items, width));
  return layoutBars(items, { x, width });
}

const round = (n: number | null) => (n === null ? null : Math.round(n));

describe('layoutBars', () => {
  it('stacks rows under the axis without overlap', () => {
    const { bars, height } = layout(720, 'log');
    expect(bars[0]?.y).toBeGreaterThanOrEqual(AXIS_HEIGHT);
    for (let i = 1; i < bars.length; i++) {
      const prev = bars[i - 1];
      expect(bars[i]?.y).toBeGreaterThanOrEqual((prev?.y ?? 0) + (prev?.height ?? 0));
    }
    expect(height).toBeGreaterThan(bars.at(-1)?.y ?? 0);
  });

  it('keeps every bar in the plot and every label inside the chart', () => {
    for (const width of [320, 720, 1100]) {
      for (const scale of ['log', 'linear'] as const) {
        const { bars, plotStart, plotEnd } = layout(width, scale);
        const longest = Math.max(...bars.map((b) => b.barX + b.barWidth));
        expect(longest).toBeLessThanOrEqual(plotEnd);
        expect(longest - plotStart).toBeGreaterThan((plotEnd - plotStart) / 2);
        for (const bar of bars) {
          expect(bar.valueX + estimateTextWidth(bar.valueText, { size: 12 })).toBeLessThanOrEqual(width + 1);
          expect(estimateTextWidth(bar.label, { size: 12 }) + bar.labelX).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('orders bar lengths by value on both scales', () => {
    for (const scale of ['log', 'linear'] as const) {
      const { bars } = layout(720, scale);
      const widths = bars.map((b) => b.barWidth);
      expect(widths).toEqual(widths.slice().sort((a, b) => b - a));
    }
  });

  it('makes bar lengths proportional on the linear scale', () => {
    const { bars } = layout(720, 'linear');
    const byId = new Map(bars.map((b) => [b.key, b.barWidth]));
    const { russiaBudget, natoContracts } = figures;
    const ratio = (byId.get(russiaBudget.id) ?? 0) / (byId.get(natoContracts.id) ?? 1);
    expect(ratio).toBeCloseTo(russiaBudget.usd / natoContracts.usd, 0);
  });

  it('marks bounds and flags and puts the value label after them', () => {
    const { bars } = layout(720, 'log');
    const byId = new Map(bars.map((b) => [b.key, b]));
    const lower = byId.get(figures.natoTotal.id);
    expect(lower?.bound).toBe('lower');
    expect(lower?.valueText).toBe('> €150B ≈ $164B');
    expect(lower?.valueX).toBeGreaterThan((lower?.barX ?? 0) + (lower?.barWidth ?? 0) + 9);
    expect(byId.get(figures.russiaBudget.id)?.valueText).toBe('≈ ₽10.8T ≈ $111B');
    const flagged = byId.get(figures.natoOrders.id);
    expect(flagged?.flagX).not.toBeNull();
    expect(flagged?.valueX).toBeGreaterThan(flagged?.flagX ?? Infinity);
    expect(byId.get(figures.usPackage.id)?.flagX).toBeNull();
  });

  it('labels groups with their sums and indents their members', () => {
    const { bars } = layout(720, 'log', 'donor');
    const usId = bundledActor('United States').id;
    const us = bars.find((b) => b.key === `donor:${usId}`);
    const usFigures = bundled.amounts.filter((a) => a.donor === usId).length;
    expect(us?.label).toBe(`United States · ${usFigures} figures`);
    expect(us?.valueText).toBe('sum $651M');
    const member = bars.find((b) => b.key === `donor:${usId}/${figures.usPackage.id}`);
    expect(member?.labelX).toBeGreaterThan(us?.labelX ?? Infinity);
    expect(member?.barX).toBe(us?.barX);
  });

  it('moves a value label that would leave a narrow chart under its bar', () => {
    let moved = 0;
    for (const group of ['all', 'donor'] as const) {
      const { bars, width } = layout(300, 'log', group);
      const normalHeight = bars.find(
        (b) => b.item.type === 'figure' && b.valueY < b.barY + b.barHeight,
      )?.height;
      for (const bar of bars) {
        expect(bar.valueX + estimateTextWidth(bar.valueText, { size: 12 })).toBeLessThanOrEqual(width);
        if (bar.valueY > bar.barY + bar.barHeight) {
          moved++;
          expect(bar.valueX).toBe(bar.labelX);
          expect(bar.height).toBeGreaterThan(normalHeight ?? Infinity);
        }
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('truncates long labels on narrow charts', () => {
    const { bars } = layout(200, 'log');
    expect(bars.some((b) => b.label.endsWith('…'))).toBe(true);
  });

  it('lays out the bundled figures as recorded (rounded snapshot)', () => {
    const { bars, height } = layout(640, 'log', 'donor');
    const geometry = bars.map((b) => ({
      key: b.key,
      y: b.y,
      bar: [round(b.barX), round(b.barWidth)],
      high: round(b.highX),
      bound: b.bound,
      value: [round(b.valueX), b.valueText],
      label: b.label,
    }));
    expect({ height, geometry }).toMatchSnapshot();
  });

  it('writes a figure’s value label in both currencies', () => {
    const row = rows.find((r) => r.id === figures.natoContracts.id);
    if (row === undefined) throw new Error('no row for the NATO contracts');
    expect(valueTextOf({ type: 'figure', key: 'x', row, grouped: false, summed: false })).toBe(
      '€2.4B ≈ $2.53B',
    );
    expect(valueTextOf({ type: 'figure', key: 'x', row, grouped: true, summed: false })).toBe(
      '€2.4B ≈ $2.53B · not added',
    );
  });
});
