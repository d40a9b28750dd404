import { describe, expect, it } from 'vitest';
import { keepDatesTogether, layoutFrame } from './frameLayout';

/** Every character 10 px wide, whatever the font. */
const tenPx = (text: string) => Array.from(text).length * 10;

const frame = (headline: string, width: number) =>
  layoutFrame(
    {
      width,
      headline,
      description: '',
      charts: [],
      notes: [],
      source: 'Sources: x',
      byline: '',
      appendix: [],
    },
    tenPx,
  );

describe('layoutFrame', () => {
  it('never ends a headline line inside a date range', () => {
    // 56 characters fit a line: "… figures over time, Apr – Sep 2023" would otherwise break after "–".
    const headline = 'Military aid figures over time in US dollars, Apr – Sep 2023';
    const lines = frame(headline, 600)
      .lines.filter((l) => l.role === 'headline')
      .map((l) => l.text);
    expect(lines).toEqual(['Military aid figures over time in US dollars,', 'Apr – Sep 2023']);
    expect(lines.join(' ')).toBe(headline);
  });

  it('keeps a range of days together, and leaves other words free to wrap', () => {
    expect(keepDatesTogether('Events, 25 Sep – 1 Oct 2023, and more')).toBe(
      'Events, 25\u00a0Sep\u00a0–\u00a01\u00a0Oct\u00a02023, and more',
    );
    expect(keepDatesTogether('In 2023 Apr was long')).toBe('In 2023 Apr was long');
  });

  it('hangs the wrapped lines of an appendix entry under its first line, so each entry starts at the margin', () => {
    const long = 'x '.repeat(40).trim();
    const layout = layoutFrame(
      {
        width: 400,
        headline: 'H',
        description: '',
        charts: [],
        notes: [],
        source: 'Sources: x',
        byline: '',
        appendix: [{ heading: 'Figures', lines: [long, long] }],
      },
      tenPx,
    );
    const entries = layout.lines.filter((l) => l.role === 'appendix');
    expect(entries).toHaveLength(6);
    const margin = Math.min(...entries.map((l) => l.x));
    expect(entries.map((l) => l.x > margin)).toEqual([false, true, true, false, true, true]);
    expect(entries.map((l) => l.text).join(' ')).toBe(`${long} ${long}`);
  });
});
