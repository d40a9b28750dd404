import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentences';
import { tenseAt } from './tense';

/** The tense at the first occurrence of `mention` in `text`. */
function tense(text: string, mention: string, lookingAhead = false) {
  const start = text.indexOf(mention);
  expect(start).toBeGreaterThanOrEqual(0);
  return tenseAt(text, sentenceSpans(text), start, start + mention.length, lookingAhead);
}

describe('tenseAt', () => {
  it('reads the nearest cue before the mention', () => {
    expect(tense('The ministers will meet on Monday.', 'Monday')).toBe('future');
    expect(tense('Sweden said on Thursday it would send aid.', 'Thursday')).toBe('past');
    expect(tense('Sweden said it would send the aid on Monday.', 'Monday')).toBe('future');
    expect(tense('The bank expects the payment in April.', 'April')).toBe('future');
    expect(tense('The army must spend it by Sept. 30.', 'Sept. 30')).toBe('future');
  });

  it('reads regular past verbs, but not adjectives and compounds', () => {
    expect(tense('Parliament approved the plan on Tuesday.', 'Tuesday')).toBe('past');
    expect(tense('The armed forces on Tuesday', 'Tuesday')).toBeNull();
    expect(tense('US-made rockets on Tuesday', 'Tuesday')).toBeNull();
    expect(tense('the proposed budget for March', 'March')).toBeNull();
  });

  it('reads the clause after the mention when nothing before says, skipping attributions', () => {
    expect(tense('On Wednesday the EU will meet.', 'Wednesday')).toBe('future');
    expect(tense('The EU on Wednesday agreed.', 'Wednesday')).toBe('past');
    expect(tense('by Sept. 30, he said.', 'Sept. 30')).toBeNull();
  });

  it('reads a relative clause on its own', () => {
    expect(tense('Trump, who takes office on Jan. 20, has questioned the aid.', 'Jan. 20')).toBeNull();
    expect(tense('On Jan. 20, Trump questioned the aid.', 'Jan. 20')).toBe('past');
  });

  it('stays within the sentence', () => {
    expect(tense('He will go. On Monday, nothing.', 'Monday')).toBeNull();
  });

  it('reads words that look ahead only when asked to', () => {
    expect(tense('Ukraine needs $38 billion in 2025.', '2025')).toBeNull();
    expect(tense('Ukraine needs $38 billion in 2025.', '2025', true)).toBe('future');
  });
});
