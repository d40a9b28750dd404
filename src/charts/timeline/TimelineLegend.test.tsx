// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TimelineLegend } from './TimelineLegend';
import type { LegendContent } from './useLegendContent';

afterEach(cleanup);

const items = (root: HTMLElement) =>
  [...root.querySelectorAll('[aria-label="How marks are drawn"] li')].map((li) => li.textContent.trim());

/** A chart of visits alone, drawing none of the optional encodings. */
const plain: LegendContent & { clusters: boolean } = {
  kinds: ['visit'],
  drafts: false,
  inferred: false,
  ranges: false,
  clusters: false,
};

describe('TimelineLegend', () => {
  it('explains only the encodings the chart draws', () => {
    const { container } = render(<TimelineLegend {...plain} invasion />);
    expect(items(container)).toEqual(['24 Feb 2022: full-scale invasion']);
  });

  it('leaves out the invasion line when the dataset’s span does not hold its date', () => {
    const { container } = render(<TimelineLegend {...plain} invasion={false} />);
    expect(items(container)).toEqual([]);
  });

  it('adds hollow glyphs, date bars, clusters and drafts when they are drawn', () => {
    const { container } = render(
      <TimelineLegend kinds={['visit', 'contract']} drafts inferred ranges clusters invasion />,
    );
    const shown = items(container);
    expect(shown).toHaveLength(5);
    expect(shown[0]).toContain('Hollow glyph: date inferred');
    expect(shown[1]).toContain('week, month or year');
    expect(shown[2]).toContain('+ N more');
    expect(shown[3]).toContain('Not yet reviewed');
  });
});
