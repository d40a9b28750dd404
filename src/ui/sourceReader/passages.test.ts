import { describe, expect, it } from 'vitest';
import type { SourceText } from '../../data/sourceText';
import { readerModel, type Citer } from './passages';

// Offsets are file offsets: this source starts 100 characters into its file.
const text = 'Kyiv got $5 million on Monday. Officials met. The caption.';
const at = (part: string) => 100 + text.indexOf(part);
const source: SourceText = {
  schemaVersion: 1,
  source: 's',
  offset: 100,
  text,
  excluded: [{ start: at('The caption.'), end: at('The caption.') + 12, reason: 'caption' }],
  uncovered: [{ start: at('Monday'), end: at('Monday') + 6, kind: 'date', text: 'Monday' }],
};
const cite = (quote: string) => ({ source: 's', quote, start: at(quote), end: at(quote) + quote.length });
const citer = (id: string, quote: string, draft = false, type: Citer['type'] = 'event'): Citer => ({
  type,
  id,
  eventId: id,
  label: id,
  draft,
  citations: [cite(quote)],
});

describe('readerModel', () => {
  const first = 'Kyiv got $5 million on Monday.';
  const citers = [
    citer('grant', first),
    citer('five', first, true, 'amount'),
    citer('meeting', 'Officials met.'),
  ];
  const model = readerModel(source, citers, { start: at(first), end: at(first) + first.length });
  const textOf = (pred: (s: (typeof model.segments)[number]) => boolean) =>
    model.segments
      .filter(pred)
      .map((s) => s.text)
      .join('|');

  it('keeps every character once, in order', () => {
    expect(model.segments.map((s) => s.text).join('')).toBe(text);
    expect(model.segments[0]?.start).toBe(100);
  });

  it('marks the opened quote, the cited passages and the drafted ones', () => {
    expect(textOf((s) => s.focus)).toBe('Kyiv got $5 million on |Monday|.');
    expect(textOf((s) => s.cited)).toBe('Kyiv got $5 million on |Monday|.|Officials met.');
    expect(textOf((s) => s.draft)).toBe('Kyiv got $5 million on |Monday|.');
  });

  it('groups the citers of one range into one passage, whose links follow its last segment', () => {
    expect(model.passages.map((p) => p.citers.map((c) => c.id))).toEqual([['grant', 'five'], ['meeting']]);
    const ends = model.segments.filter((s) => s.ending.length > 0).map((s) => s.text);
    expect(ends).toEqual(['.', 'Officials met.']);
  });

  it('marks uncovered mentions and excluded parts', () => {
    expect(textOf((s) => s.uncovered === 'date')).toBe('Monday');
    expect(textOf((s) => s.excluded !== null)).toBe('The caption.');
    expect(model.counts).toEqual({ cited: 2, draft: 1, money: 0, date: 1, excluded: 1 });
  });

  it('leaves unmarked a citation whose quote is no longer the text at its offsets', () => {
    const stale = {
      ...citer('old', 'Officials met.'),
      citations: [{ ...cite('Officials met.'), quote: 'Officials sat.' }],
    };
    const m = readerModel(source, [stale], null);
    expect(m.mismatched).toBe(1);
    expect(m.passages).toEqual([]);
    expect(m.segments.some((s) => s.cited || s.focus)).toBe(false);
  });

  it('ignores citations of other sources', () => {
    const other = { ...citer('x', first), citations: [{ ...cite(first), source: 'other' }] };
    expect(readerModel(source, [other], null).passages).toEqual([]);
  });
});
