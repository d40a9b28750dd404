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
});
