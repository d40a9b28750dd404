import { describe, expect, it } from 'vitest';
import { buildFigureRows } from './figureRows';
import { datasetTimeDomain, fitTimeDomain } from '../../model/timeDomain';
import { layoutStems } from './layoutStems';
import { estimateTextWidth } from '../../model/measureText';
import { bundled, figures, testAmount } from '../../test/bundledDataset';

const rows = buildFigureRows(bundled.amounts, bundled);
const domain = datasetTimeDomain(bundled);

describe('layoutStems', () => {
  it('draws one stem per figure in time order, taller for larger values', () => {
    const { stems, shown, inDomain } = layoutStems(rows, { width: 720, height: 300, domain, scale: 'log' });
    expect([shown, inDomain]).toEqual([rows.length, rows.length]);
    const xs = stems.map((s) => s.x);
    expect(xs).toEqual(xs.slice().sort((a, b) => a - b));
    const top = new Map(stems.map((s) => [s.key, s.yTop]));
    expect(top.get(figures.russiaBudget.id)).toBeLessThan(top.get(figures.usPackage.id) ?? 0);
    for (const s of stems) expect(s.yTop).toBeLessThanOrEqual(s.yBase);
  });

  it('keeps figures on the same day apart', () => {
    const { stems } = layoutStems(rows, { width: 720, height: 300, domain, scale: 'log' });
    const sameDay = stems.filter((s) => s.row.amount.date === figures.usDrawdown.date);
    expect(sameDay.length).toBeGreaterThanOrEqual(2);
    expect(Math.abs((sameDay[0]?.x ?? 0) - (sameDay[1]?.x ?? 0))).toBeGreaterThanOrEqual(5);
  });

  it('shows only figures inside the time window', () => {
    const window: [number, number] = [Date.UTC(2023, 8, 1), Date.UTC(2023, 11, 31)];
    const { stems, inDomain } = layoutStems(rows, { width: 720, height: 300, domain: window, scale: 'log' });
    expect(inDomain).toBe(rows.filter((r) => r.time >= window[0] && r.time <= window[1]).length);
    expect(inDomain).toBeGreaterThan(0);
    expect(stems.every((s) => s.row.time >= window[0] && s.row.time <= window[1])).toBe(true);
  });

  it('labels the largest figures first and never overlaps labels', () => {
    const { stems } = layoutStems(rows, { width: 360, height: 240, domain, scale: 'log' });
    const labelled = stems.filter((s) => s.label !== null);
    const largest = bundled.amounts.reduce((a, b) => (b.usd > a.usd ? b : a));
    expect(labelled.map((s) => s.key)).toContain(largest.id);
    const boxes = labelled.map((s) => {
      const w = estimateTextWidth(s.label ?? '', { size: 11 });
      const x0 = s.labelAnchor === 'start' ? s.labelX : s.labelX - w;
      return { x0, x1: x0 + w, y0: s.labelY - 11, y1: s.labelY + 2 };
    });
    for (const [i, a] of boxes.entries()) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(360);
      for (const b of boxes.slice(i + 1)) {
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    }
  });

  it('draws at most the limit, keeping the largest', () => {
    const many = buildFigureRows(
      Array.from({ length: 1000 }, (_, i) =>
        testAmount({ id: `f${i}`, usd: i + 1, date: `2023-0${(i % 9) + 1}-1${i % 10}` }),
      ),
      bundled,
    );
    const { stems, inDomain } = layoutStems(many, {
      width: 720,
      height: 300,
      domain: fitTimeDomain([Math.min(...many.map((r) => r.time)), Math.max(...many.map((r) => r.time))]),
      scale: 'linear',
      limit: 50,
    });
    expect(inDomain).toBe(1000);
    expect(stems).toHaveLength(50);
    expect(Math.min(...stems.map((s) => s.row.amount.usd))).toBe(951);
  });

  it('has readable ticks on both axes', () => {
    const { xTicks, yTicks } = layoutStems(rows, { width: 720, height: 300, domain, scale: 'log' });
    expect(xTicks[0]?.label).toMatch(/^([A-Z][a-z]{2} )?\d{4}$/);
    const months = fitTimeDomain([Date.UTC(2023, 3, 17), Date.UTC(2023, 8, 29)]);
    const spring = layoutStems(rows, { width: 720, height: 300, domain: months, scale: 'log' });
    expect(spring.xTicks.map((t) => t.label).slice(0, 3)).toEqual(['May 2023', 'Jun', 'Jul']);
    const longer = layoutStems(rows, {
      width: 720,
      height: 300,
      domain: [Date.UTC(2022, 0, 1), Date.UTC(2024, 11, 31)],
      scale: 'log',
    });
    expect(longer.xTicks.map((t) => t.label)).toContain('2023');
    const narrow = layoutStems(rows, {
      width: 320,
      height: 260,
      domain: [Date.UTC(2022, 0, 20), Date.UTC(2024, 11, 10)],
      scale: 'log',
    });
    expect(narrow.xTicks.length).toBeGreaterThanOrEqual(2);
    expect(yTicks.map((t) => t.label)).toEqual(['$10M', '$100M', '$1B', '$10B', '$100B']);
  });
});
