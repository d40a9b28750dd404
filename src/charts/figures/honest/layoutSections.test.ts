import { bundled } from '../../../test/bundledDataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Amount } from '../../../data/schema';
import { AMOUNT_KINDS, AMOUNT_STAGES, BOUNDS } from '../../../data/vocabulary';
import type { FigureScale } from '../../../state/viewSlice';
import { buildFigureRows, type FigureRow } from '../figureRows';
import { valueExtent } from '../scales';
import { chartValueScale } from './valueAxis';
import { estimatedTextWidth as estimateTextWidth } from './chartText';
import {
  CHART_FONT,
  FLAG_SIZE,
  layoutSections,
  placementValues,
  sectionPlotRange,
  type FigureGeom,
  type SectionsLayout,
} from './layoutSections';
import { byUsdDescending, placeFigures } from './placement';

const dataset = bundled;
const measure = estimateTextWidth;
const firstAmount = (() => {
  const first = dataset.amounts[0];
  if (first === undefined) throw new Error('The bundled dataset has no figures.');
  return first;
})();

function layout(rows: FigureRow[], all: FigureRow[], type: FigureScale, width: number) {
  const byId = new Map(all.map((r) => [r.id, r]));
  const placement = placeFigures(rows, { compare: byUsdDescending, lookup: (id) => byId.get(id) });
  const x = chartValueScale(
    type,
    valueExtent(placementValues(placement)),
    sectionPlotRange(placement, width, measure),
  );
  return { x, placement, chart: layoutSections(placement, { x, type, width, measure, group: 'all' }) };
}

const figuresOf = (chart: SectionsLayout): FigureGeom[] => chart.sections.flatMap((s) => s.figures);

/** The honest encodings: a dot at the value on log, a bar from zero to the value on linear. */
function expectHonestMarks(chart: SectionsLayout, x: (v: number) => number, type: FigureScale) {
  for (const f of figuresOf(chart)) {
    const usd = f.entry.row.amount.usd;
    if (type === 'log') {
      expect(f.mark.type, f.key).toBe('dot');
      if (f.mark.type === 'dot') expect(f.mark.cx).toBeCloseTo(x(usd), 6);
      if (f.whole !== null) expect(f.whole.type).toBe('tick');
    } else {
      expect(f.mark.type, f.key).toBe('bar');
      if (f.mark.type === 'bar') {
        expect(f.mark.x).toBeCloseTo(x(0), 6);
        expect(f.mark.width).toBeCloseTo(x(usd) - x(0), 6);
      }
      if (f.whole?.type === 'extent') {
        expect(f.whole.x1).toBeCloseTo(x(0), 6);
        expect(f.whole.x2).toBeCloseTo(x(f.entry.whole?.amount.usd ?? 0), 6);
      }
    }
  }
}

/** Nothing cut, nothing overlapping: every text inside the chart and inside its own row. */
function expectReadableText(chart: SectionsLayout) {
  for (const f of figuresOf(chart)) {
    const texts = [...f.title, ...f.partOf];
    // Wrapping keeps every word (white space collapses to one space).
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(words(f.title.map((t) => t.text).join(' '))).toBe(words(f.entry.row.title));
    for (const t of texts) {
      expect(t.x + measure(t.text, CHART_FONT)).toBeLessThanOrEqual(chart.width);
      expect(t.y - CHART_FONT).toBeGreaterThanOrEqual(f.top - 1);
      expect(t.y).toBeLessThanOrEqual(f.top + f.height);
    }
    const w = measure(f.value.text, CHART_FONT);
    const x0 = f.value.anchor === 'start' ? f.value.x : f.value.x - w;
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(x0 + w).toBeLessThanOrEqual(chart.width + 1e-6);
    expect(f.value.y).toBeLessThanOrEqual(f.top + f.height);
    // A value label beside its mark never sits on the mark or on the marker of the whole.
    if (Math.abs(f.value.y - 4 - f.markY) < 1) {
      const mark =
        f.mark.type === 'dot'
          ? [f.mark.cx - f.mark.r, f.mark.cx + f.mark.r]
          : [f.mark.x, f.mark.x + f.mark.width];
      expect(x0 >= (mark[1] ?? 0) || x0 + w <= (mark[0] ?? 0)).toBe(true);
      if (f.whole?.type === 'tick') {
        const tick = f.whole;
        expect(x0 >= tick.cx + tick.cap || x0 + w <= tick.cx - tick.cap).toBe(true);
      }
    }
    // A flag never sits on the mark, the value label or the marker of the whole.
    if (f.entry.row.flags.length > 0) {
      expect(f.flag).not.toBeNull();
      const fx = f.flag?.x ?? 0;
      const clear = (a: number, b: number) => fx >= b || fx + FLAG_SIZE <= a;
      expect(fx).toBeGreaterThanOrEqual(0);
      if (f.mark.type === 'dot') expect(clear(f.mark.cx - f.mark.r, f.mark.cx + f.mark.r)).toBe(true);
      if (Math.abs(f.value.y - 4 - f.markY) < 1) expect(clear(x0, x0 + w)).toBe(true);
      if (f.whole?.type === 'tick')
        expect(clear(f.whole.cx - f.whole.cap, f.whole.cx + f.whole.cap)).toBe(true);
    }
  }
  const all = figuresOf(chart);
  for (const [i, f] of all.entries()) {
    const next = all[i + 1];
    if (next !== undefined) expect(next.top).toBeGreaterThanOrEqual(f.top + f.height - 1e-6);
  }
}

describe('layoutSections on the bundled dataset', () => {
  const rows = buildFigureRows(dataset.amounts, dataset);
  for (const type of ['log', 'linear'] as const) {
    for (const width of [343, 720, 1200]) {
      it(`draws honest marks and readable text, ${type} scale, ${width} px`, () => {
        const { x, chart } = layout(rows, rows, type, width);
        expect(figuresOf(chart)).toHaveLength(rows.length);
        expectHonestMarks(chart, x, type);
        expectReadableText(chart);
        expect(chart.scaleNote.map((l) => l.text).join(' ')).toContain(
          type === 'log' ? 'Log scale' : 'Linear scale',
        );
        for (const s of chart.sections)
          expect(s.ticks.filter((t) => t.label !== null).length).toBeGreaterThanOrEqual(2);
      });
    }
  }

  it('says "part of" under each part and marks where its whole is', () => {
    const { x, chart } = layout(rows, rows, 'log', 720);
    const parts = figuresOf(chart).filter((f) => f.entry.row.amount.partOf != null);
    expect(parts.length).toBeGreaterThan(0);
    for (const f of parts) {
      const whole = rows.find((r) => r.id === f.entry.row.amount.partOf);
      expect(f.partOf.map((l) => l.text).join(' ')).toContain(`part of ${whole?.amount.label ?? '?'}`);
      expect(f.whole?.type === 'tick' ? f.whole.cx : NaN).toBeCloseTo(x(whole?.amount.usd ?? 0), 6);
      expect(f.rule).not.toBeNull();
    }
  });
});

const amountArbitrary = fc.record({
  kind: fc.constantFrom(...AMOUNT_KINDS),
  stage: fc.constantFrom(...AMOUNT_STAGES),
  cumulative: fc.boolean(),
  bound: fc.constantFrom(...BOUNDS),
  usd: fc.double({ min: 1e3, max: 1e13, noNaN: true }),
  high: fc.option(fc.double({ min: 1, max: 3, noNaN: true })),
  partOf: fc.option(fc.nat({ max: 12 }), { freq: 2 }),
  label: fc.string({ minLength: 1, maxLength: 90 }).map((s) => s.trim() || 'Figure'),
  flagged: fc.boolean(),
});

describe('layoutSections on generated figures', () => {
  it('never draws a bar on a log scale, always bars from zero on linear, and never cuts text', () => {
    fc.assert(
      fc.property(
        fc.array(amountArbitrary, { minLength: 1, maxLength: 14 }),
        fc.constantFrom<FigureScale>('log', 'linear'),
        fc.integer({ min: 320, max: 1600 }),
        (specs, type, width) => {
          const amounts: Amount[] = specs.map((s, i) => ({
            ...firstAmount,
            id: `f${i}`,
            label: s.label,
            kind: s.kind,
            stage: s.stage,
            cumulative: s.cumulative,
            bound: s.bound,
            usd: s.usd,
            value: s.usd,
            currency: 'USD',
            valueHigh: s.high === null ? null : s.usd * s.high,
            partOf: s.partOf === null || s.partOf <= i || s.partOf >= specs.length ? null : `f${s.partOf}`,
          }));
          const rows = buildFigureRows(amounts, {
            ...dataset,
            flags: specs.flatMap((spec, i) =>
              spec.flagged
                ? [{ id: `flag-${i}`, severity: 'warning' as const, message: 'Check.', refs: [`f${i}`] }]
                : [],
            ),
          });
          const { x, chart } = layout(rows, rows, type, width);
          expect(figuresOf(chart)).toHaveLength(rows.length);
          expectHonestMarks(chart, x, type);
          expectReadableText(chart);
        },
      ),
      { numRuns: 150 },
    );
  });
});
