import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_SEARCH, shortenText } from './SummaryBar';

describe('shortenText', () => {
  it('keeps text that fits', () => {
    expect(shortenText('kyiv contracts', MAX_SHOWN_SEARCH)).toBe('kyiv contracts');
  });

  it('cuts a 20,000-character search to the limit, with an ellipsis', () => {
    const shown = shortenText('kyiv '.repeat(4000).trim(), MAX_SHOWN_SEARCH);
    expect(shown.length).toBeLessThanOrEqual(MAX_SHOWN_SEARCH);
    expect(shown.endsWith('kyiv…')).toBe(true);
  });

  it('never cuts a character in half', () => {
    expect(shortenText('😀'.repeat(40), 10)).toBe(`${'😀'.repeat(4)}…`);
  });
});
