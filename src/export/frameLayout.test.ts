import { describe, expect, it } from 'vitest';
import { FRAME, layoutFrame } from './frameLayout';
import { estimateTextWidth } from '../model/measureText';
import { defined } from '../test/defined';

describe('layoutFrame', () => {
  const base = {
    title: 'Money figures',
    caption: ['No filters. Dates: all dates.'],
    charts: [{ width: 800, height: 300, heading: null }],
    footer: ['Sources: “A”.', 'Exported 2025-01-01.'],
  };

  it('is the chart width plus padding, and places the chart after the title and caption', () => {
    const layout = layoutFrame(base);
    expect(layout.width).toBe(800 + 2 * FRAME.padding);
    expect(layout.charts).toHaveLength(1);
    const chart = defined(layout.charts[0], 'a chart box');
    expect(chart).toMatchObject({ x: FRAME.padding, width: 800, height: 300 });
    const caption = defined(
      layout.texts.find((t) => t.role === 'caption'),
      'a caption line',
    );
    expect(chart.y).toBeGreaterThan(caption.y);
  });

  it('puts the footer below the chart and the whole inside the height', () => {
    const layout = layoutFrame(base);
    const chart = defined(layout.charts[0], 'a chart box');
    const footer = layout.texts.filter((t) => t.role === 'footer');
    expect(footer.map((t) => t.text)).toEqual(base.footer);
    const [first, last] = [defined(footer[0], 'a footer line'), defined(footer[1], 'a second footer line')];
    expect(first.y - first.size).toBeGreaterThanOrEqual(chart.y + chart.height);
    expect(layout.height).toBeGreaterThanOrEqual(last.y + FRAME.padding);
  });

  it('stacks several charts under their headings without overlap', () => {
    const layout = layoutFrame({
      ...base,
      charts: [
        { width: 700, height: 200, heading: 'Timeline' },
        { width: 900, height: 250, heading: 'Figures' },
      ],
    });
    expect(layout.width).toBe(900 + 2 * FRAME.padding);
    const a = defined(layout.charts[0], 'the first chart box');
    const b = defined(layout.charts[1], 'the second chart box');
    expect(b.y).toBeGreaterThan(a.y + a.height);
    const headings = layout.texts.filter((t) => t.role === 'heading');
    expect(headings.map((h) => h.text)).toEqual(['Timeline', 'Figures']);
    const second = defined(headings[1], 'the second heading');
    expect(second.y).toBeGreaterThan(a.y + a.height);
    expect(second.y).toBeLessThan(b.y);
  });

  it('wraps long text to the width so no line runs past the edge', () => {
    const long = 'Sources: ' + '“A long article title” (Outlet, 2023-01-01); '.repeat(12);
    const layout = layoutFrame({
      ...base,
      charts: [{ width: 320, height: 100, heading: null }],
      footer: [long],
    });
    const lines = layout.texts.filter((t) => t.role === 'footer');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      const font = { size: line.size, weight: FRAME.weights[line.role] };
      expect(estimateTextWidth(line.text, font)).toBeLessThanOrEqual(layout.width - 2 * FRAME.padding);
    }
  });

  it('keeps a minimum width for a very narrow chart', () => {
    expect(layoutFrame({ ...base, charts: [{ width: 100, height: 50, heading: null }] }).width).toBe(
      FRAME.minWidth,
    );
  });
});
