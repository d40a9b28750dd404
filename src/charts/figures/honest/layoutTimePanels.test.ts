import { bundled } from '../../../test/bundledDataset';
import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Amount } from '../../../data/schema';
import { AMOUNT_KINDS, AMOUNT_STAGES } from '../../../data/vocabulary';
import type { FigureScale } from '../../../state/viewSlice';
import { buildFigureRows, type FigureRow } from '../figureRows';
import { estimatedTextWidth as estimateTextWidth } from './chartText';
import { CHART_FONT } from './layoutSections';
import {
  figureTimeDomain,
  glyphBox,
  layoutTimePanels,
  type TimeLayout,
  type TimeMarkGeom,
  type TimePanelGeom,
} from './layoutTimePanels';
import { boundPrefix, formatMoney } from '../../../model/money';
import { boxGap, segmentsCross, type Box } from './labelGeometry';
import { MAX_LABEL_DISTANCE, nearestIsOwn } from './timeLabels';
import { hiddenStemsNote, noFiguresLine, notDrawnNote, unlabelledNote } from './windowNotes';
import { byUsdDescending, placeFigures } from './placement';

const dataset = bundled;
const measure = estimateTextWidth;
const firstAmount = (() => {
  const first = dataset.amounts[0];
  if (first === undefined) throw new Error('The bundled dataset has no figures.');
  return first;
})();
const DAY = 86_400_000;

function layout(rows: FigureRow[], type: FigureScale, width: number, domain?: [number, number]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const placement = placeFigures(rows, { compare: byUsdDescending, lookup: (id) => byId.get(id) });
  const fit = domain ??
    figureTimeDomain(
      rows.map((r) => r.time),
      width - 70,
    ) ?? [0, DAY];
  const x = scaleUtc()
    .domain(fit)
    .range([58, width - 12]);
  return layoutTimePanels(placement, { x, type, width, panelHeight: 140, measure });
}

const marksOf = (chart: TimeLayout): TimeMarkGeom[] => chart.panels.flatMap((p) => p.marks);

const E = 1e-6;
const overlap = (a: Box, b: Box) => a.x0 < b.x1 - E && b.x0 < a.x1 - E && a.y0 < b.y1 - E && b.y0 < a.y1 - E;

/** A label's box, from its flag when it has one. */
function labelBox(m: TimeMarkGeom) {
  const label = m.label;
  if (label === null) return null;
  const w = measure(label.text, CHART_FONT);
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0: Math.min(x0, m.flag?.x ?? x0), x1: x0 + w, y0: label.y - CHART_FONT + 2, y1: label.y + 3 };
}

function expectHonestAndReadable(chart: TimeLayout, type: FigureScale) {
  const boxes = marksOf(chart).flatMap((m) => {
    const b = labelBox(m);
    return b === null ? [] : [b];
  });
  for (const [i, a] of boxes.entries()) {
    expect(a.x0).toBeGreaterThanOrEqual(0);
    expect(a.x1).toBeLessThanOrEqual(chart.width);
    // Never overlapping, and two labels on one line never touch ("$198M$128M" reads as one string).
    for (const b of boxes.slice(i + 1))
      expect(a.x1 + 4 <= b.x0 || b.x1 + 4 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
  }
  for (const panel of chart.panels) {
    expect(panel.marks.length).toBeGreaterThan(0);
    const glyphs = panel.marks.map((m) => ({
      key: m.key,
      box: glyphBox(m.x, m.y, m.entry.row.amount.bound),
    }));
    for (const [i, a] of glyphs.entries()) {
      // No mark covers another, whatever their dates.
      for (const b of glyphs.slice(i + 1)) expect(overlap(a.box, b.box), `${a.key} / ${b.key}`).toBe(false);
    }
    for (const m of panel.marks) {
      const box = labelBox(m);
      // A label away from its mark has a leader; one next to it is nearer it than any other mark.
      if (box !== null && m.leader === null) expect(nearestIsOwn(box, m.key, glyphs), m.key).toBe(true);
      if (type === 'log') expect(m.stem).toBeNull();
      else {
        // A stem from zero: the bottom of a linear panel is $0.
        expect(m.stem?.y1).toBeCloseTo(panel.plotBottom, 6);
        expect(m.stem?.y2).toBeCloseTo(m.y, 6);
      }
      expect(m.y).toBeGreaterThanOrEqual(panel.plotTop - 1e-6);
      expect(m.y).toBeLessThanOrEqual(panel.plotBottom + 1e-6);
    }
    const byValue = panel.marks.slice().sort((a, b) => a.entry.row.amount.usd - b.entry.row.amount.usd);
    for (const [i, m] of byValue.entries()) {
      const next = byValue[i + 1];
      if (next !== undefined) expect(next.y).toBeLessThanOrEqual(m.y + 1e-6);
    }
  }
  const ticks = chart.xTicks.map((t) => t.label);
  expect(new Set(ticks).size).toBe(ticks.length);
  expectLabelsByTheirMarks(chart);
}

/**
 * Each label near its own mark, never at the height of a far value; no leader crossing another or
 * another label; the marks left without a label counted.
 */
function expectLabelsByTheirMarks(chart: TimeLayout) {
  const marks = marksOf(chart);
  for (const m of marks) {
    const box = labelBox(m);
    if (box === null) continue;
    const point = { x0: m.x, x1: m.x, y0: m.y, y1: m.y };
    expect(boxGap(box, point), m.key).toBeLessThanOrEqual(MAX_LABEL_DISTANCE);
  }
  const leaders = marks.flatMap((m) => (m.leader === null ? [] : [{ key: m.key, line: m.leader }]));
  for (const [i, a] of leaders.entries()) {
    for (const b of leaders.slice(i + 1))
      expect(segmentsCross(a.line, b.line), `${a.key} / ${b.key}`).toBe(false);
    for (const m of marks) {
      const box = labelBox(m);
      if (m.key === a.key || box === null) continue;
      // The leader's own end touches its label; another label it must miss entirely.
      const { x1, y1, x2, y2 } = a.line;
      const inside = (t: number) => {
        const x = x1 + (x2 - x1) * t;
        const y = y1 + (y2 - y1) * t;
        return x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1;
      };
      expect([0, 0.25, 0.5, 0.75, 1].some(inside), `${a.key} crosses the label of ${m.key}`).toBe(false);
    }
  }
  expect(chart.unlabelled).toBe(marks.filter((m) => m.label === null).length);
  // Every flagged figure drawn with a flag: a labelled one's starts its label, on the text's line, and
  // any other covers no glyph and no label.
  for (const m of marks) {
    if (m.flag === null) continue;
    expect(m.entry.row.flags.length, m.key).toBeGreaterThan(0);
    const flag = { x0: m.flag.x, x1: m.flag.x + 14, y0: m.flag.y, y1: m.flag.y + 14 };
    if (m.label !== null) {
      expect(m.label.anchor).toBe('start');
      expect(m.label.x - flag.x1, m.key).toBeCloseTo(3, 6);
      expect(flag.y0).toBeGreaterThanOrEqual(m.label.y - CHART_FONT - 1);
      expect(flag.y1).toBeLessThanOrEqual(m.label.y + 4);
    }
    for (const other of marks) {
      if (m.label !== null && other.key === m.key) continue;
      expect(overlap(flag, glyphBox(other.x, other.y, other.entry.row.amount.bound)), other.key).toBe(false);
      const box = labelBox(other);
      if (box !== null) expect(overlap(flag, box), other.key).toBe(false);
    }
  }
  for (const m of marks)
    if (m.label !== null && m.entry.row.flags.length > 0) expect(m.flag, m.key).not.toBeNull();
}

describe('layoutTimePanels on the bundled dataset', () => {
  const rows = buildFigureRows(dataset.amounts, dataset);
  for (const type of ['log', 'linear'] as const) {
    for (const width of [343, 720, 1400]) {
      it(`labels the figures near their marks, with honest marks, ${type} scale, ${width} px`, () => {
        const chart = layout(rows, type, width);
        expect(marksOf(chart)).toHaveLength(rows.length);
        expectHonestAndReadable(chart, type);
        // On log the marks spread out and every one is labelled; on linear the small values crowd at
        // $0, and a few of them (at most two, three on a phone) go without a label rather than taking
        // one far from them.
        expect(chart.unlabelled).toBeLessThanOrEqual(type === 'log' ? 0 : width < 600 ? 3 : 2);
      });
    }
  }

  it('leaves room between a panel’s heading and its top tick label and value labels', () => {
    for (const type of ['log', 'linear'] as const) {
      const chart = layout(rows, type, 720);
      for (const panel of chart.panels) {
        // The heading's last line (14 px bold) reaches 4 px below its baseline; the top tick label
        // (12 px, baseline 4 px under its tick) rises 9 px above its baseline.
        const headingBottom = (panel.heading[panel.heading.length - 1]?.y ?? 0) + 4;
        const top = Math.min(...panel.yTicks.filter((t) => t.label !== null).map((t) => t.position));
        expect(top + 4 - 9, `${type}: ${panel.id}`).toBeGreaterThanOrEqual(headingBottom + 2);
        for (const m of panel.marks) {
          const box = labelBox(m);
          if (box !== null) expect(box.y0, m.key).toBeGreaterThanOrEqual(headingBottom);
        }
      }
    }
  });

  it('draws each part in its whole’s panel, linked to it where the link shows, saying what it is part of', () => {
    for (const [type, width] of [
      ['log', 720],
      ['linear', 1160],
      ['linear', 560],
    ] as const) {
      const chart = layout(rows, type, width);
      const parts = marksOf(chart).filter((m) => m.entry.row.amount.partOf != null);
      expect(parts.length).toBeGreaterThan(0);
      for (const m of parts) {
        const panel = chart.panels.find((p) => p.marks.includes(m));
        const whole = panel?.marks.find((w) => w.key === m.entry.row.amount.partOf);
        expect(whole).toBeDefined();
        const apart = Math.hypot((whole?.x ?? 0) - m.x, (whole?.y ?? 0) - m.y);
        const alongStem = type === 'linear' && whole?.x === m.x;
        if (apart >= 24 && !alongStem)
          expect(m.link).toEqual({ x1: m.x, y1: m.y, x2: whole?.x, y2: whole?.y });
        else expect(m.link, `${m.key}: a link hidden under the glyphs`).toBeNull();
        // A label without "part of" relies on a link that shows.
        if (m.link === null && m.label !== null) expect(m.label.text, m.key).toMatch(/, part of | of /);
      }
    }
  });

  it('counts the linear stems too short to show above $0, and says so in a note', () => {
    const all = buildFigureRows(bundled.amounts, bundled);
    const linear = layout(all, 'linear', 1100);
    const marks = marksOf(linear);
    const hidden = marks.filter((m) => m.stem !== null && m.stem.y1 - m.stem.y2 < 7);
    // The bundled single packages are drawn beside running totals a hundred times larger.
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.length).toBeLessThan(marks.length);
    expect(linear.hiddenStems).toBe(hidden.length);
    expect(layout(all, 'log', 1100).hiddenStems).toBe(0);
    expect(hiddenStemsNote(0)).toBeNull();
    expect(hiddenStemsNote(1)).toBe('1 figure is too small at this scale for its stem to show above $0.');
    expect(hiddenStemsNote(4)).toBe(
      '4 figures are too small at this scale for their stems to show above $0.',
    );
  });

  it('names the first marks left without a label, and counts the rest, in a note', () => {
    const [a, b, c] = buildFigureRows(bundled.amounts, bundled).filter((r) => !r.amount.cumulative);
    if (a === undefined || b === undefined || c === undefined) throw new Error('three figures expected');
    const mark = (row: FigureRow, label: boolean) =>
      ({
        entry: { row },
        label: label ? { text: 'x', x: 0, y: 0, anchor: 'start' } : null,
      }) as unknown as TimeMarkGeom;
    const layoutOf = (...marks: TimeMarkGeom[]) => ({ panels: [{ marks } as unknown as TimePanelGeom] });
    const named = (row: FigureRow) =>
      `${row.title}, ${boundPrefix(row.amount.bound)}${formatMoney(row.amount.usd, 'USD')}`;
    expect(unlabelledNote(layoutOf(mark(a, true)), 'the table')).toBeNull();
    expect(unlabelledNote(layoutOf(mark(a, false), mark(b, true)), 'the table')).toBe(
      `Not labelled where marks crowd: ${named(a)}. The table lists it.`,
    );
    expect(unlabelledNote(layoutOf(mark(a, false), mark(b, false), mark(c, false)), 'the CSV export')).toBe(
      `Not labelled where marks crowd: ${named(a)}; ${named(b)}; and 1 more value. The CSV export lists them.`,
    );
  });

  it('keeps only the figures inside the time window, and says how many are outside', () => {
    const window: [number, number] = [Date.UTC(2023, 8, 1), Date.UTC(2023, 9, 1)];
    const chart = layout(rows, 'log', 720, window);
    const inside = rows.filter((r) => r.time >= window[0] && r.time <= window[1]);
    expect(chart.inDomain).toBe(inside.length);
    expect(
      marksOf(chart)
        .map((m) => m.key)
        .sort(),
    ).toEqual(inside.map((r) => r.id).sort());
    // A section with no figure in the window gets no panel; it is named, with its count, instead.
    for (const panel of chart.panels) expect(panel.marks.length).toBeGreaterThan(0);
    const placement = placeFigures(rows, { compare: byUsdDescending, lookup: () => undefined });
    const emptyHere = placement.sections.filter(
      (s) => s.entries.length > 0 && s.entries.every((e) => e.row.time < window[0] || e.row.time > window[1]),
    );
    expect(emptyHere.length).toBeGreaterThan(0);
    expect(chart.notDrawn).toEqual(
      emptyHere.map((s) => ({ heading: s.info.heading, count: s.entries.length })),
    );
    expect(notDrawnNote(chart.notDrawn)).toMatch(
      /^Not drawn: running totals \(\d+ figures\), all dated outside/,
    );
  });

  it('draws no panel and names none when the window holds no figure', () => {
    const chart = layout(rows, 'linear', 720, [Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 8)]);
    expect(chart.panels).toEqual([]);
    expect(chart.inDomain).toBe(0);
    expect(noFiguresLine(rows.length)).toBe(
      `No figures in this window: the ${rows.length} figures shown are dated outside it.`,
    );
  });

  it('ends the dodge of marks at fractional positions (September 2023 at 1140 px and more)', () => {
    for (const width of [1100, 1140, 1141, 1333, 1400])
      for (const type of ['log', 'linear'] as const)
        expectHonestAndReadable(
          layout(rows, type, width, [Date.UTC(2023, 8, 1), Date.UTC(2023, 9, 1)]),
          type,
        );
  });

  for (const type of ['log', 'linear'] as const) {
    for (const width of [343, 1400]) {
      it(`keeps the two contracts of 28 Sep 2023 apart, each value next to its own mark, ${type}, ${width} px`, () => {
        const window: [number, number] = [Date.UTC(2023, 8, 20), Date.UTC(2023, 9, 5)];
        for (const domain of [window, undefined]) {
          const chart = layout(rows, type, width, domain);
          const sameDay = marksOf(chart).filter(
            (m) => m.entry.row.amount.date === '2023-09-28' && m.entry.row.amount.kind === 'contract',
          );
          expect(sameDay).toHaveLength(2);
          const [a, b] = sameDay.map((m) => glyphBox(m.x, m.y, m.entry.row.amount.bound));
          expect(overlap(a ?? glyphBox(0, 0, 'exact'), b ?? glyphBox(0, 0, 'exact'))).toBe(false);
          // Each labelled next to its own mark; on linear, where four marks crowd at $0, one may be counted instead.
          const labelled = sameDay.filter((m) => m.label !== null);
          expect(labelled.length, 'labelled').toBeGreaterThanOrEqual(type === 'log' ? 2 : 1);
          // The flagged one (the firm orders, whose written rate is off) shows its flag, in its label or
          // beside its mark; the one it was compared with is not flagged.
          for (const m of sameDay) {
            const flagged = m.entry.row.flags.length > 0;
            expect(flagged, m.key).toBe(m.key === 'nato-ammunition-firm-orders-2023-09-1b-eur');
            if (flagged) expect(m.label !== null || m.flag !== null, m.key).toBe(true);
            else expect(m.flag, m.key).toBeNull();
          }
          expectHonestAndReadable(chart, type);
        }
      });
    }
  }
});

describe('layoutTimePanels on generated figures', () => {
  it('never draws a stem on log, stems from zero on linear, and labels never overlap', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...AMOUNT_KINDS),
            stage: fc.constantFrom(...AMOUNT_STAGES),
            cumulative: fc.boolean(),
            usd: fc.double({ min: 1e3, max: 1e13, noNaN: true }),
            day: fc.integer({ min: 0, max: 900 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        fc.constantFrom<FigureScale>('log', 'linear'),
        fc.integer({ min: 320, max: 1600 }),
        (specs, type, width) => {
          const amounts: Amount[] = specs.map((s, i) => ({
            ...firstAmount,
            id: `f${i}`,
            kind: s.kind,
            stage: s.stage,
            cumulative: s.cumulative,
            usd: s.usd,
            value: s.usd,
            currency: 'USD',
            partOf: null,
            date: new Date(Date.UTC(2022, 0, 1) + s.day * DAY).toISOString().slice(0, 10),
          }));
          const chart = layout(buildFigureRows(amounts, dataset), type, width);
          expect(marksOf(chart)).toHaveLength(amounts.length);
          expectHonestAndReadable(chart, type);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('figureTimeDomain', () => {
  it('pads the dates of the figures, by at least two weeks', () => {
    expect(figureTimeDomain([])).toBeNull();
    const [a, b] = figureTimeDomain([Date.UTC(2023, 3, 17), Date.UTC(2023, 8, 28)]) ?? [0, 0];
    expect(a).toBeLessThanOrEqual(Date.UTC(2023, 3, 17) - 14 * DAY);
    expect(b).toBeGreaterThanOrEqual(Date.UTC(2023, 8, 28) + 14 * DAY);
  });
});
